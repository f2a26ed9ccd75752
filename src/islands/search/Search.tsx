import { useEffect, useLayoutEffect, useRef, useState, type SubmitEvent } from 'react';
import type { FacetGroup, FacetKey } from '../../view/search-facets.ts';
import { Facets } from './Facets.tsx';
import { Starters } from './Starters.tsx';
import { NoResults } from './NoResults.tsx';
import { namedFirst } from '../../view/search-words.ts';
import { loadPagefind, runSearch, type ResultData } from './pagefind.ts';
import { findMatches, type Matches } from './search-matching.ts';
import { Results } from './Results.tsx';
import { invitation, resultSummary } from './search-summary.ts';
import {
  activeFilters,
  EMPTY_STATE,
  isActive,
  paramsFromState,
  stateFromParams,
  toggleFilter,
  withEarlyInput,
  withQuery,
  type SearchState,
} from './search-state.ts';
import './search.css';
import { withBase } from '../../view/urls.ts';

interface Props {
  /** Every facet with the whole library's counts, worked out at build time. */
  facets: FacetGroup[];
  /** Queries an empty page offers: the most cited patterns' and most hit traps' names. */
  suggestions: string[];
}

// How many of the most used tags an empty page offers.
const POPULAR_TAGS = 8;

/** What the page shows below the search box. */
type View =
  | { status: 'idle' }
  | { status: 'failed' }
  | ({
      status: 'done';
      state: SearchState;
      results: ResultData[];
    } & Matches);

/** The counts to show with a new outcome: its own, or the last ones while the filter index loads. */
const countsAfter = (previous: View, outcome: Matches) =>
  outcome.counts ?? (previous.status === 'done' && !outcome.partial ? previous.counts : null);

// Five, as Pagefind's own interface shows: each result fetches its page's text, and ten took the first search past 200 KB.
const PAGE_SIZE = 5;
// Searching on every keystroke would fetch results for words half typed; this pause skips them
// and still leaves results on screen well within 300 ms of the last keystroke.
const TYPING_PAUSE_MS = 150;

/** The search page: a query box, facets and results, all kept in the URL. */
export default function Search({ facets, suggestions }: Props) {
  // The number of pages indexed, which tells how rare a word is: every page has one type.
  const pages = (facets.find((group) => group.key === 'type')?.options ?? []).reduce(
    (n, option) => n + option.count,
    0,
  );
  const [state, setState] = useState<SearchState>(EMPTY_STATE);
  // What the reader typed or ticked in the server-rendered form before hydration, which resets the
  // controls: read once, while hydration renders and before it touches the page.
  const [earlyParams] = useState(formBeforeHydration);
  const [view, setView] = useState<View>({ status: 'idle' });
  const [searching, setSearching] = useState(false);
  // Whether the facet counts on screen are waiting for Pagefind's filter index (the recount effect's own flag).
  const [counting, setCounting] = useState(false);
  // Whether the reader has used the filters (opened, focused, pressed or ticked one), so their counts are worth
  // the filter index's bytes: a plain search does without them.
  const [filtersUsed, setFiltersUsed] = useState(false);
  const countsWanted = filtersUsed || Object.keys(state.filters).length > 0;
  const countsWantedRef = useRef(false);
  countsWantedRef.current = countsWanted;
  // Marks the form once the island runs, so a test can tell the live form from the server's copy.
  const [ready, setReady] = useState(false);
  const stateRef = useRef(state);
  // Whether the query being typed already has its own history entry (one per edit, not per keystroke).
  const typing = useRef(false);
  const run = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);
  // The result whose link takes focus once it is on screen (after Enter or "Show more").
  const focusAt = useRef<number | null>(null);

  const apply = (next: SearchState) => {
    stateRef.current = next;
    setState(next);
  };

  const commit = (next: SearchState, mode: 'push' | 'replace') => {
    apply(next);
    const query = paramsFromState(next, facets).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };

  // The URL is the source of truth on arrival and on back/forward; a layout effect applies it before
  // the first paint, so the controls never flash the server's empty state.
  useLayoutEffect(() => {
    const fromUrl = () => {
      typing.current = false;
      apply(stateFromParams(new URLSearchParams(location.search), facets));
    };
    fromUrl();
    const early = earlyParams && stateFromParams(earlyParams, facets);
    if (early && (isActive(early) || early.sort !== 'relevance')) {
      typing.current = early.q !== '';
      commit(withEarlyInput(stateRef.current, early), 'replace');
    }
    // Hydrated by a reader's first use, it leaves focus where that use put it.
    if (!isActive(stateRef.current) && document.activeElement === document.body)
      input.current?.focus();
    setReady(true);
    window.addEventListener('popstate', fromUrl);
    return () => window.removeEventListener('popstate', fromUrl);
  }, [facets, earlyParams]);

  useEffect(() => {
    const current = ++run.current;
    if (!isActive(state)) {
      setSearching(false);
      setView({ status: 'idle' });
      return;
    }
    setSearching(true);
    const timer = setTimeout(
      async () => {
        try {
          // Pagefind and its WebAssembly load with the first search, not with the page, which stays light.
          const pagefind = await loadPagefind();
          // Once the filters are in use the filter index loads beside the search, not after it.
          if (countsWantedRef.current) pagefind.totals().catch(() => undefined);
          const started = performance.now();
          const outcome = await findMatches(pagefind, state, pages);
          // A newer search has started: its results matter, this one's fragments would be wasted bytes.
          if (current !== run.current) return;
          const loaded = await Promise.all(
            outcome.hits.slice(0, PAGE_SIZE).map((hit) => hit.data()),
          );
          const results =
            state.sort === 'date' ? loaded : namedFirst(loaded, outcome.corrected ?? state.q);
          if (current !== run.current) return;
          // How long the search took, for the browser tests to read and report.
          document.body.dataset['searchMs'] = String(Math.round(performance.now() - started));
          setView((previous) => ({
            status: 'done',
            state,
            ...outcome,
            counts: countsAfter(previous, outcome),
            results,
          }));
          setSearching(false);
        } catch {
          if (current !== run.current) return;
          setView((previous) =>
            previous.status === 'done' && previous.state === state
              ? previous
              : { status: 'failed' },
          );
          setSearching(false);
        }
      },
      typing.current ? TYPING_PAUSE_MS : 0,
    );
    return () => clearTimeout(timer);
  }, [state]);

  // A search that ran before the filter index was in gets its counts once the filters are used.
  useEffect(() => {
    // Partial results are the union of several searches, which Pagefind cannot count.
    if (!countsWanted || view.status !== 'done' || view.counts !== null || view.partial) return;
    // Left behind by a newer search (or by these counts arriving), it stops and stops saying so.
    let live = true;
    const { state: searched } = view;
    setCounting(true);
    void (async () => {
      const pagefind = await loadPagefind();
      await pagefind.totals();
      const counted = await runSearch(pagefind, searched);
      if (!live) return;
      setView((previous) =>
        previous.status === 'done' && previous.state === searched
          ? { ...previous, counts: counted.counts }
          : previous,
      );
    })()
      .catch(() => undefined)
      .finally(() => live && setCounting(false));
    return () => {
      live = false;
      setCounting(false);
    };
  }, [countsWanted, view]);

  useEffect(() => {
    const title = document.title.replace(/^“.*” · /, '');
    document.title = state.q.trim() ? `“${state.q.trim()}” · ${title}` : title;
  }, [state.q]);

  useEffect(() => {
    if (focusAt.current === null || searching || view.status !== 'done') return;
    const links = list.current?.querySelectorAll<HTMLAnchorElement>('.result__title a');
    links?.[focusAt.current]?.focus();
    focusAt.current = null;
  }, [view, searching]);

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    typing.current = false;
    // Enter means "take me to the results": the first one takes focus now, or once it is there.
    const first = list.current?.querySelector<HTMLAnchorElement>('.result__title a');
    if (!searching && first) first.focus();
    else focusAt.current = 0;
  };

  const onToggle = (key: FacetKey, value: string) => {
    typing.current = false;
    commit(toggleFilter(stateRef.current, key, value), 'push');
  };

  const clearFilters = () => {
    typing.current = false;
    commit({ ...stateRef.current, filters: {} }, 'push');
  };

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
  const active = activeFilters(state, facets);

  return (
    <form
      className="search"
      role="search"
      action={withBase('/search/')}
      method="get"
      onSubmit={onSubmit}
      data-ready={ready ? '' : undefined}
    >
      <div className="search__bar">
        <label htmlFor="search-query">
          Search patterns, decision traps, lessons, events and authors
        </label>
        <input
          ref={input}
          id="search-query"
          className="search__input"
          type="search"
          name="q"
          value={state.q}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-describedby="search-help"
          aria-keyshortcuts="/"
          data-search-input=""
          onChange={(event) => {
            focusAt.current = null;
            // Start fetching Pagefind at the first keystroke, so it loads while the typing pause runs.
            void loadPagefind().catch(() => undefined);
            commit(
              withQuery(stateRef.current, event.currentTarget.value),
              typing.current ? 'replace' : 'push',
            );
            typing.current = true;
          }}
          onBlur={() => (typing.current = false)}
        />
        <p id="search-help" className="search__help">
          Results appear as you type; Enter moves to the first result.{' '}
          <span className="search__keys">
            Press <kbd>/</kbd> on any page to come back here.
          </span>
        </p>
      </div>
      <div className="search__layout">
        <Facets
          results={done ? done.hits.length : null}
          groups={facets}
          state={state}
          counts={done?.counts ?? null}
          busy={counting}
          stale={done !== null && done.counts === null}
          onUsed={() => {
            countsWantedRef.current = true;
            setFiltersUsed(true);
          }}
          onToggle={onToggle}
          onClear={clearFilters}
        />
        <section className="search__results" aria-labelledby="search-results-title">
          <div className="search__summary">
            <h2 id="search-results-title" className="visually-hidden">
              Results
            </h2>
            <p
              className={
                view.status === 'idle' ? 'search__count search__count--idle' : 'search__count'
              }
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
                value={state.sort === 'date' ? 'date' : ''}
                onChange={(event) => {
                  typing.current = false;
                  commit(
                    {
                      ...stateRef.current,
                      sort: event.currentTarget.value === 'date' ? 'date' : 'relevance',
                    },
                    'push',
                  );
                }}
              >
                <option value="">Relevance</option>
                <option value="date">Newest first</option>
              </select>
            </label>
          </div>
          {active.length > 0 && (
            <ul className="search__chips" aria-label="Active filters">
              {active.map((filter) => (
                <li key={`${filter.key}=${filter.value}`}>
                  <button
                    type="button"
                    className="chip"
                    onClick={() => onToggle(filter.key, filter.value)}
                  >
                    <span className="visually-hidden">Remove filter </span>
                    {filter.legend}: {filter.label}
                    <span aria-hidden="true"> ×</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
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
              queries={suggestions}
              tags={[...(facets.find((group) => group.key === 'tag')?.options ?? [])]
                .sort((x, y) => y.count - x.count)
                .slice(0, POPULAR_TAGS)}
              href={(next) => `${withBase('/search/')}?${paramsFromState(next, facets).toString()}`}
              onPick={(next) => {
                typing.current = false;
                commit(next, 'push');
              }}
            />
          )}
          {done?.corrected && (
            <p className="search__suggestion">
              Showing results for <strong>{done.corrected}</strong>; search instead for{' '}
              <a
                href={`${withBase('/search/')}?${paramsFromState({ ...done.state, exact: true }, facets).toString()}`}
                onClick={(event) => {
                  event.preventDefault();
                  typing.current = false;
                  commit({ ...stateRef.current, exact: true }, 'push');
                }}
              >
                {done.state.q.trim()}
              </a>
            </p>
          )}
          {done?.partial && (
            <p className="search__partial">
              {done.whole === 0
                ? 'No entry has all of these words: these have the most of them, the rarest first.'
                : `${done.whole === 1 ? 'The first result has' : `The first ${done.whole} have`} all of these words; the others have some of them.`}
            </p>
          )}
          {done && done.results.length > 0 && (
            <Results
              results={done.results}
              hasQuery={done.state.q.trim() !== ''}
              listRef={list}
              busy={searching}
            />
          )}
          {done && done.results.length < done.hits.length && (
            <button type="button" className="search__more" onClick={() => void showMore()}>
              Show more results{' '}
              <span className="qualifier">({done.hits.length - done.results.length} more)</span>
            </button>
          )}
          {done && done.hits.length === 0 && (
            <NoResults
              filters={active}
              unfiltered={done.unfiltered}
              onRemove={onToggle}
              onClear={clearFilters}
            />
          )}
        </section>
      </div>
    </form>
  );
}

function formBeforeHydration(): URLSearchParams | null {
  const form =
    typeof document === 'undefined' ? null : document.querySelector<HTMLFormElement>('form.search');
  return form ? new URLSearchParams(new FormData(form) as unknown as Record<string, string>) : null;
}
