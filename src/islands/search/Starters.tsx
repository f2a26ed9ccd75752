import type { FacetOption } from '../../view/search-facets.ts';
import { EMPTY_STATE, type SearchState } from './search-state.ts';
import { withBase } from '../../view/urls.ts';

interface Props {
  queries: readonly string[];
  tags: readonly FacetOption[];
  /** The address of a search, so each suggestion is a real link too. */
  href: (state: SearchState) => string;
  onPick: (state: SearchState) => void;
}

/** What an empty search page offers to start from: the library's most used names and tags. */
export function Starters({ queries, tags, href, onPick }: Props) {
  const link = (state: SearchState, label: string) => (
    <a
      className="chip"
      href={href(state)}
      onClick={(event) => {
        event.preventDefault();
        onPick(state);
      }}
    >
      {label}
    </a>
  );
  return (
    <div className="search__starters">
      <p>
        Not sure what to call it? Start from{' '}
        <a href={withBase('/what-is-happening/')}>what is happening</a>: warning signs grouped by
        where they show up.
      </p>
      {queries.length > 0 && (
        <>
          <h3>Try searching for</h3>
          <ul className="search__chips">
            {queries.map((q) => (
              <li key={q}>{link({ ...EMPTY_STATE, q }, q)}</li>
            ))}
          </ul>
        </>
      )}
      {tags.length > 0 && (
        <>
          <h3>Or browse a popular tag</h3>
          <ul className="search__chips">
            {tags.map((tag) => (
              <li key={tag.value}>
                {link(
                  { ...EMPTY_STATE, filters: { tag: [tag.value] } },
                  `${tag.label} (${tag.count})`,
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
