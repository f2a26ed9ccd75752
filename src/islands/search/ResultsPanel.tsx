import type { Ref } from 'react';
import type { FacetGroup, FacetKey } from '../../view/search-facets.ts';
import { withBase } from '../../view/urls.ts';
import { ActiveFilters } from './ActiveFilters.tsx';
import { MatchNotes } from './MatchNotes.tsx';
import { NoResults } from './NoResults.tsx';
import { Results } from './Results.tsx';
import { SearchSummary } from './SearchSummary.tsx';
import { activeFilters, type SearchState, type SortOrder } from './search-state.ts';
import { Starters } from './Starters.tsx';
import type { View } from './usePagefindSearch.ts';

interface Props {
  facets: FacetGroup[];
  /** Queries an empty page offers. */
  suggestions: string[];
  state: SearchState;
  view: View;
  searching: boolean;
  listRef: Ref<HTMLOListElement>;
  hrefOf: (state: SearchState) => string;
  /** Moves to another search, as a change made on purpose. */
  onChoose: (state: SearchState) => void;
  onSort: (sort: SortOrder) => void;
  onExact: () => void;
  onToggle: (key: FacetKey, value: string) => void;
  onClear: () => void;
  onShowMore: () => void;
}

// How many of the most used tags an empty page offers.
const POPULAR_TAGS = 8;

/** Everything beside the filters: the summary, the active filters, the starting points or the results, and what to try when none. */
export function ResultsPanel(props: Props) {
  const { facets, state, view, searching } = props;
  const done = view.status === 'done' ? view : null;
  const active = activeFilters(state, facets);
  return (
    <section className="search__results" aria-labelledby="search-results-title">
      <SearchSummary
        view={view}
        searching={searching}
        facets={facets}
        sort={state.sort}
        onSort={props.onSort}
      />
      <ActiveFilters filters={active} onRemove={props.onToggle} />
      {view.status === 'failed' && (
        <p className="search__problem" role="alert">
          Search could not load. You can still browse the{' '}
          <a href={withBase('/patterns/')}>patterns</a>,{' '}
          <a href={withBase('/traps/')}>decision traps</a>,{' '}
          <a href={withBase('/lessons/')}>lessons</a> and <a href={withBase('/tags/')}>tags</a>.
        </p>
      )}
      {view.status === 'idle' && !searching && (
        <Starters
          queries={props.suggestions}
          tags={[...(facets.find((group) => group.key === 'tag')?.options ?? [])]
            .sort((x, y) => y.count - x.count)
            .slice(0, POPULAR_TAGS)}
          href={props.hrefOf}
          onPick={props.onChoose}
        />
      )}
      {done && <MatchNotes done={done} hrefOf={props.hrefOf} onExact={props.onExact} />}
      {done && done.results.length > 0 && (
        <Results
          results={done.results}
          hasQuery={done.state.q.trim() !== ''}
          listRef={props.listRef}
          busy={searching}
        />
      )}
      {done && done.results.length < done.hits.length && (
        <button type="button" className="search__more" onClick={props.onShowMore}>
          Show more results{' '}
          <span className="qualifier">({done.hits.length - done.results.length} more)</span>
        </button>
      )}
      {done && done.hits.length === 0 && (
        <NoResults
          filters={active}
          unfiltered={done.unfiltered}
          onRemove={props.onToggle}
          onClear={props.onClear}
        />
      )}
    </section>
  );
}
