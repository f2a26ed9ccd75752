import type { FacetGroup, FacetKey, FacetOption } from '../../view/search-facets.ts';
import { withBase } from '../../view/urls.ts';
import type { FacetCounts } from './pagefind.ts';
import type { SearchState } from './search-state.ts';

/**
 * The facets as the current search sees them: each value with its count for this search (or the
 * library's, before any), and mid-search only values some result carries or the reader ticked.
 */
export function facetsFor(
  groups: readonly FacetGroup[],
  counts: FacetCounts | null,
  state: SearchState,
): FacetGroup[] {
  return groups
    .map((group) => ({
      ...group,
      options: group.options
        .map((option) => ({
          ...option,
          count: counts ? (counts[group.key]?.[option.value] ?? 0) : option.count,
        }))
        .filter(
          (option) =>
            counts === null || option.count > 0 || state.filters[group.key]?.includes(option.value),
        ),
    }))
    .filter((group) => group.options.length > 0);
}

/** A long list folded: the `size` values with most results, then any other ticked one. */
export function mostUsed(
  options: readonly FacetOption[],
  selected: readonly string[],
  size: number,
): FacetOption[] {
  const top = [...options].sort((a, b) => b.count - a.count).slice(0, size);
  return [...top, ...options.filter((o) => selected.includes(o.value) && !top.includes(o))];
}

/** A long list opened: every value whose label contains what the reader typed, in the list's own order. */
export function matching(options: readonly FacetOption[], find: string): FacetOption[] {
  const wanted = find.trim().toLocaleLowerCase('en');
  return wanted === ''
    ? [...options]
    : options.filter((o) => o.label.toLocaleLowerCase('en').includes(wanted));
}

const everyValue = new Map<FacetKey, Promise<FacetOption[]>>();

/** Every value of an open facet (authors), fetched once when a reader first asks for all of them. */
export function loadFacetOptions(key: FacetKey): Promise<FacetOption[]> {
  let loading = everyValue.get(key);
  if (!loading) {
    loading = fetch(withBase(`/search-facet/${key}.json`)).then((response) => {
      if (!response.ok) throw new Error(`${response.status} for the ${key} facet`);
      return response.json() as Promise<FacetOption[]>;
    });
    loading.catch(() => everyValue.delete(key));
    everyValue.set(key, loading);
  }
  return loading;
}

/** The groups with each open facet's whole list in place of its most used values, once fetched. */
export function withEveryValue(
  groups: readonly FacetGroup[],
  every: Partial<Record<FacetKey, FacetOption[]>>,
): FacetGroup[] {
  return groups.map(({ more, ...group }) => {
    const options = every[group.key];
    if (options) return { ...group, options };
    return more === undefined ? group : { ...group, more };
  });
}
