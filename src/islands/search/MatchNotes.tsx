import type { SearchState } from './search-state.ts';
import type { Done } from './usePagefindSearch.ts';

interface Props {
  done: Done;
  hrefOf: (state: SearchState) => string;
  /** Searches for the words exactly as typed. */
  onExact: () => void;
}

/** What the matching did to the words, above the results: corrected them, or kept pages with only some of them. */
export function MatchNotes({ done, hrefOf, onExact }: Props) {
  return (
    <>
      {done.corrected && (
        <p className="search__suggestion">
          Showing results for <strong>{done.corrected}</strong>; search instead for{' '}
          <a
            href={hrefOf({ ...done.state, exact: true })}
            onClick={(event) => {
              event.preventDefault();
              onExact();
            }}
          >
            {done.state.q.trim()}
          </a>
        </p>
      )}
      {done.partial && (
        <p className="search__partial">
          {done.whole === 0
            ? 'No entry has all of these words: these have the most of them, the rarest first.'
            : `${done.whole === 1 ? 'The first result has' : `The first ${done.whole} have`} all of these words; the others have some of them.`}
        </p>
      )}
    </>
  );
}
