import type { FacetGroup, FacetOption } from '../view/search-facets.ts';
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
