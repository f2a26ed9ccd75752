import type { FacetGroup } from '../../view/search-facets.ts';
import type { SortOrder } from './search-state.ts';
import { invitation, resultSummary } from './search-summary.ts';
import type { View } from './usePagefindSearch.ts';

interface Props {
  view: View;
  searching: boolean;
  facets: FacetGroup[];
  sort: SortOrder;
  onSort: (sort: SortOrder) => void;
}

/** Above the results: how many there are (said to screen readers as it changes) and their order. */
export function SearchSummary({ view, searching, facets, sort, onSort }: Props) {
  return (
    <div className="search__summary">
      <h2 id="search-results-title" className="visually-hidden">
        Results
      </h2>
      <p
        className={view.status === 'idle' ? 'search__count search__count--idle' : 'search__count'}
        role="status"
        aria-live="polite"
        aria-atomic="true"
      >
        {view.status === 'done'
          ? resultSummary(view.hits.length, view.state)
          : searching
            ? 'Searching…'
            : view.status === 'idle'
              ? invitation(facets)
              : ''}
      </p>
      <label className="search__sort">
        Sort by{' '}
        <select
          name="sort"
          value={sort === 'date' ? 'date' : ''}
          onChange={(event) => onSort(event.currentTarget.value === 'date' ? 'date' : 'relevance')}
        >
          <option value="">Relevance</option>
          <option value="date">Newest first</option>
        </select>
      </label>
    </div>
  );
}
