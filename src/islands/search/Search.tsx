import type { SubmitEvent } from 'react';
import type { FacetGroup, FacetKey } from '../../view/search-facets.ts';
import { withBase } from '../../view/urls.ts';
import { Facets } from './Facets.tsx';
import { loadPagefind } from './pagefind.ts';
import { ResultsPanel } from './ResultsPanel.tsx';
import { SearchBox } from './SearchBox.tsx';
import { toggleFilter, withQuery } from './search-state.ts';
import { useFacetRecount } from './useFacetRecount.ts';
import { useFiltersUsed } from './useFiltersUsed.ts';
import { PAGE_SIZE, usePagefindSearch } from './usePagefindSearch.ts';
import { useResultFocus } from './useResultFocus.ts';
import { useSearchTitle } from './useSearchTitle.ts';
import { useSearchUrl } from './useSearchUrl.ts';
import './search.css';

interface Props {
  /** Every facet with the whole library's counts, worked out at build time. */
  facets: FacetGroup[];
  /** Queries an empty page offers: the most cited patterns' and most hit traps' names. */
  suggestions: string[];
}

/** The number of pages indexed, which tells how rare a word is: every page has one type. */
const pagesIn = (facets: FacetGroup[]) =>
  (facets.find((group) => group.key === 'type')?.options ?? []).reduce(
    (n, option) => n + option.count,
    0,
  );

/** The search page: a query box, facets and results, all kept in the URL. */
export default function Search({ facets, suggestions }: Props) {
  const { state, stateRef, commit, choose, hrefOf, typing, input, ready } = useSearchUrl(facets);
  const { countsWanted, countsWantedRef, markUsed } = useFiltersUsed(state);
  const { view, setView, searching } = usePagefindSearch(
    state,
    pagesIn(facets),
    typing,
    countsWantedRef,
  );
  const counting = useFacetRecount(view, setView, countsWanted);
  useSearchTitle(state.q);
  const { list, focusAt, focusFirst } = useResultFocus(view, searching);

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    typing.current = false;
    focusFirst();
  };

  const onType = (text: string) => {
    focusAt.current = null;
    // Start fetching Pagefind at the first keystroke, so it loads while the typing pause runs.
    void loadPagefind().catch(() => undefined);
    commit(withQuery(stateRef.current, text), typing.current ? 'replace' : 'push');
    typing.current = true;
  };

  const onToggle = (key: FacetKey, value: string) =>
    choose(toggleFilter(stateRef.current, key, value));
  const clearFilters = () => choose({ ...stateRef.current, filters: {} });

  const showMore = async () => {
    if (view.status !== 'done') return;
    const from = view.results.length;
    const more = await Promise.all(
      view.hits.slice(from, from + PAGE_SIZE).map((hit) => hit.data()),
    );
    focusAt.current = from;
    setView({ ...view, results: [...view.results, ...more] });
  };

  const done = view.status === 'done' ? view : null;

  return (
    <form
      className="search"
      role="search"
      action={withBase('/search/')}
      method="get"
      onSubmit={onSubmit}
      data-ready={ready ? '' : undefined}
    >
      <SearchBox
        inputRef={input}
        value={state.q}
        onType={onType}
        onBlur={() => (typing.current = false)}
      />
      <div className="search__layout">
        <Facets
          results={done ? done.hits.length : null}
          groups={facets}
          state={state}
          counts={done?.counts ?? null}
          busy={counting}
          stale={done !== null && done.counts === null}
          onUsed={markUsed}
          onToggle={onToggle}
          onClear={clearFilters}
        />
        <ResultsPanel
          facets={facets}
          suggestions={suggestions}
          state={state}
          view={view}
          searching={searching}
          listRef={list}
          hrefOf={hrefOf}
          onChoose={choose}
          onSort={(sort) => choose({ ...stateRef.current, sort })}
          onExact={() => choose({ ...stateRef.current, exact: true })}
          onToggle={onToggle}
          onClear={clearFilters}
          onShowMore={() => void showMore()}
        />
      </div>
    </form>
  );
}
