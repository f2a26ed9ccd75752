import { useRef, useState } from 'react';
import type { SearchState } from './search-state.ts';

/**
 * Whether the reader has used the filters (opened, focused, pressed or ticked one), so their counts are worth the
 * filter index's bytes: a plain search does without them. The ref is for code that runs later (a search's timer).
 */
export function useFiltersUsed(state: SearchState) {
  const [filtersUsed, setFiltersUsed] = useState(false);
  const countsWanted = filtersUsed || Object.keys(state.filters).length > 0;
  const countsWantedRef = useRef(false);
  countsWantedRef.current = countsWanted;
  const markUsed = () => {
    countsWantedRef.current = true;
    setFiltersUsed(true);
  };
  return { countsWanted, countsWantedRef, markUsed };
}
