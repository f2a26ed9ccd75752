import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { loadPagefind, runSearch } from './pagefind.ts';
import type { View } from './usePagefindSearch.ts';

/**
 * A search that ran before the filter index was in gets its counts once the filters are used. Says whether the
 * counts on screen are waiting for the filter index.
 */
export function useFacetRecount(
  view: View,
  setView: Dispatch<SetStateAction<View>>,
  countsWanted: boolean,
): boolean {
  const [counting, setCounting] = useState(false);
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
      // A corrected search shows the corrected words' results, so the counts beside them are that search's too.
      const counted = await runSearch(
        pagefind,
        view.corrected ? { ...searched, q: view.corrected } : searched,
      );
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
  return counting;
}
