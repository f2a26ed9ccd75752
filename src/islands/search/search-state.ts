import type { FacetGroup, FacetKey } from '../../view/search-facets.ts';

/** How results are ordered: Pagefind's relevance, or newest first. */
export type SortOrder = 'relevance' | 'date';

/** Everything that decides a search; it lives in the URL so a search can be shared and revisited. */
export interface SearchState {
  q: string;
  /** Checked values per facet: any of them matches (OR within a facet, AND across facets). */
  filters: Partial<Record<FacetKey, string[]>>;
  sort: SortOrder;
  /** Search the words as typed, without correcting the ones the library does not know. */
  exact?: boolean;
}

/** The state of a search page opened with no query. */
export const EMPTY_STATE: SearchState = { q: '', filters: {}, sort: 'relevance' };

/** Reads a state from a query string, keeping only facets and values the library has. */
export function stateFromParams(
  params: URLSearchParams,
  groups: readonly FacetGroup[],
): SearchState {
  const filters: SearchState['filters'] = {};
  for (const group of groups) {
    const known = new Set(group.options.map((option) => option.value));
    // An open facet's page carries only its most used values; any other id-like value may be one of the rest.
    const valid = (value: string) =>
      known.has(value) || (group.more !== undefined && /^[a-z0-9][a-z0-9-]*$/.test(value));
    const values = [...new Set(params.getAll(group.key))].filter(valid);
    if (values.length > 0) filters[group.key] = values;
  }
  return {
    q: params.get('q') ?? '',
    filters,
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    ...(params.get('exact') === '1' ? { exact: true } : {}),
  };
}

/** The query string of a state, in a stable order (`q`, facets as the page lists them, `sort`); empty parts left out. */
export function paramsFromState(
  state: SearchState,
  groups: readonly FacetGroup[],
): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  for (const group of groups) {
    const selected = state.filters[group.key] ?? [];
    for (const option of group.options)
      if (selected.includes(option.value)) params.append(group.key, option.value);
    const listed = new Set(group.options.map((option) => option.value));
    for (const value of selected) if (!listed.has(value)) params.append(group.key, value);
  }
  if (state.sort === 'date') params.set('sort', 'date');
  if (state.exact && state.q.trim() !== '') params.set('exact', '1');
  return params;
}

/** The state with new words typed: a correction the reader turned down was for the old ones. */
export function withQuery({ exact: _, ...state }: SearchState, q: string): SearchState {
  return { ...state, q };
}

/** The state with one facet value checked or unchecked. */
export function toggleFilter(state: SearchState, key: FacetKey, value: string): SearchState {
  const current = state.filters[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const filters = { ...state.filters };
  if (next.length > 0) filters[key] = next;
  else delete filters[key];
  return { ...state, filters };
}

/** Every checked facet value, in the order the page lists facets. */
export function activeFilters(
  state: SearchState,
  groups: readonly FacetGroup[],
): { key: FacetKey; legend: string; value: string; label: string }[] {
  return groups.flatMap((group) => {
    const selected = state.filters[group.key] ?? [];
    const listed = group.options.filter((option) => selected.includes(option.value));
    // A value of an open facet that the page does not carry shows as its id ("mei-tanaka").
    const others = selected
      .filter((value) => !group.options.some((option) => option.value === value))
      .map((value) => ({ value, label: value }));
    return [...listed, ...others].map((option) => ({
      key: group.key,
      legend: group.legend,
      value: option.value,
      label: option.label,
    }));
  });
}

/** Whether a state asks for anything at all: a query or a checked facet. */
export function isActive(state: SearchState): boolean {
  return state.q.trim() !== '' || Object.keys(state.filters).length > 0;
}

/**
 * The state to start from when the reader used the server-rendered form before it came to life.
 * That form never showed the URL's state, so its values add to the URL's instead of replacing them.
 */
export function withEarlyInput(fromUrl: SearchState, early: SearchState): SearchState {
  const filters = { ...fromUrl.filters };
  for (const [key, values] of Object.entries(early.filters) as [FacetKey, string[]][]) {
    filters[key] = [...new Set([...(filters[key] ?? []), ...values])];
  }
  return {
    q: early.q.trim() !== '' ? early.q : fromUrl.q,
    filters,
    sort: early.sort === 'date' ? 'date' : fromUrl.sort,
  };
}
