import { useEffect, useRef } from 'react';
import type { View } from './usePagefindSearch.ts';

/**
 * The result list, and which of its results takes focus once it is on screen (after Enter or "Show more"):
 * set `focusAt` to its index and the link there is focused when the search is done.
 */
export function useResultFocus(view: View, searching: boolean) {
  const list = useRef<HTMLOListElement>(null);
  const focusAt = useRef<number | null>(null);
  useEffect(() => {
    if (focusAt.current === null || searching || view.status !== 'done') return;
    const links = list.current?.querySelectorAll<HTMLAnchorElement>('.result__title a');
    links?.[focusAt.current]?.focus();
    focusAt.current = null;
  }, [view, searching]);

  /** Enter means "take me to the results": the first one takes focus now, or once it is there. */
  const focusFirst = () => {
    const first = list.current?.querySelector<HTMLAnchorElement>('.result__title a');
    if (!searching && first) first.focus();
    else focusAt.current = 0;
  };
  return { list, focusAt, focusFirst };
}
