import type { FacetGroup } from '../../view/search-facets.ts';
import type { SearchState } from './search-state.ts';

/** What an empty search page says it can search: entries and author profiles, counted from the type facet. */
export function invitation(facets: readonly FacetGroup[]): string {
  const types = facets.find((group) => group.key === 'type')?.options ?? [];
  const authors = types.find((option) => option.value === 'author')?.count ?? 0;
  const entries = types.reduce((n, option) => n + option.count, 0) - authors;
  return `${entries} entries and ${authors} author profiles to search. Describe what happened in your own words, or tick a filter to browse.`;
}

/** The sentence announced after a search: how many results, for which words, under how many filters, in what order. */
export function resultSummary(count: number, state: SearchState): string {
  const words = state.q.trim();
  const filters = Object.values(state.filters).reduce((n, values) => n + values.length, 0);
  return [
    `${count === 0 ? 'No' : count} ${count === 1 ? 'result' : 'results'}`,
    words && ` for “${words}”`,
    filters > 0 && ` with ${filters} ${filters === 1 ? 'filter' : 'filters'}`,
    state.sort === 'date' && count > 1 && ', newest first',
  ]
    .filter(Boolean)
    .join('');
}
