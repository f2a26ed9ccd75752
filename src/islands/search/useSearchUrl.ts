import { useLayoutEffect, useRef, useState } from 'react';
import type { FacetGroup } from '../../view/search-facets.ts';
import { withBase } from '../../view/urls.ts';
import {
  EMPTY_STATE,
  isActive,
  paramsFromState,
  stateFromParams,
  withEarlyInput,
  type SearchState,
} from './search-state.ts';

/** How a change enters the history: its own entry, or in place of the last one (letters typed in one edit). */
export type HistoryMode = 'push' | 'replace';

/**
 * The search state, kept in the address: read on arrival and on back/forward, written on every change. It also
 * holds the query box, which takes focus on arrival, and whether the reader is typing (one history entry per edit).
 */
export function useSearchUrl(facets: FacetGroup[]) {
  const [state, setState] = useState<SearchState>(EMPTY_STATE);
  // What the reader typed or ticked in the server-rendered form before hydration, which resets the
  // controls: read once, while hydration renders and before it touches the page.
  const [earlyParams] = useState(formBeforeHydration);
  // Marks the form once the island runs, so a test can tell the live form from the server's copy.
  const [ready, setReady] = useState(false);
  const stateRef = useRef(state);
  // Whether the query being typed already has its own history entry (one per edit, not per keystroke).
  const typing = useRef(false);
  const input = useRef<HTMLInputElement>(null);

  const apply = (next: SearchState) => {
    stateRef.current = next;
    setState(next);
  };

  const commit = (next: SearchState, mode: HistoryMode) => {
    apply(next);
    const query = paramsFromState(next, facets).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };

  /** A change made on purpose (a filter, the sort, a suggestion): its own history entry, and typing ends. */
  const choose = (next: SearchState) => {
    typing.current = false;
    commit(next, 'push');
  };

  /** The address of a search, so a suggestion is a real link too. */
  const hrefOf = (next: SearchState) =>
    `${withBase('/search/')}?${paramsFromState(next, facets).toString()}`;

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

  return { state, stateRef, commit, choose, hrefOf, typing, input, ready };
}

function formBeforeHydration(): URLSearchParams | null {
  const form =
    typeof document === 'undefined' ? null : document.querySelector<HTMLFormElement>('form.search');
  return form ? new URLSearchParams(new FormData(form) as unknown as Record<string, string>) : null;
}
