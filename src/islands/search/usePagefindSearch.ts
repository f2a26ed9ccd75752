import { useEffect, useRef, useState, type RefObject } from 'react';
import { namedFirst } from '../../view/search-words.ts';
import { loadPagefind, type ResultData } from './pagefind.ts';
import { findMatches, type Matches } from './search-matching.ts';
import { isActive, type SearchState } from './search-state.ts';

/** What the page shows below the search box. */
export type View =
  | { status: 'idle' }
  | { status: 'failed' }
  | ({
      status: 'done';
      state: SearchState;
      results: ResultData[];
    } & Matches);

/** A search's outcome on screen. */
export type Done = Extract<View, { status: 'done' }>;

/** The counts to show with a new outcome: its own, or the last ones while the filter index loads. */
const countsAfter = (previous: View, outcome: Matches) =>
  outcome.counts ?? (previous.status === 'done' && !outcome.partial ? previous.counts : null);

// Five, as Pagefind's own interface shows: each result fetches its page's text, and ten took the first search past 200 KB.
export const PAGE_SIZE = 5;
// Searching on every keystroke would fetch results for words half typed; this pause skips those typed quickly and,
// with a warm search taking about 5 ms, still leaves results on screen within 100 ms of the last keystroke.
const TYPING_PAUSE_MS = 80;

/**
 * Runs the search in `state` with Pagefind whenever it changes (after a pause while the reader types) and holds
 * what it found: the first page of results, every hit, and whether a search is on its way.
 */
export function usePagefindSearch(
  state: SearchState,
  /** The number of pages indexed, which tells how rare a word is. */
  pages: number,
  typing: RefObject<boolean>,
  /** Whether the filters are in use, so the filter index loads beside the search. */
  countsWanted: RefObject<boolean>,
) {
  const [view, setView] = useState<View>({ status: 'idle' });
  const [searching, setSearching] = useState(false);
  const run = useRef(0);

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
          if (countsWanted.current) pagefind.totals().catch(() => undefined);
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

  return { view, setView, searching };
}
