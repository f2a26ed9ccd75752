import type { FacetKey } from '../../view/search-facets.ts';
import type { activeFilters } from './search-state.ts';
import { withBase } from '../../view/urls.ts';

interface Props {
  filters: ReturnType<typeof activeFilters>;
  /** How many results the words would give without any filter. */
  unfiltered: number;
  onRemove: (key: FacetKey, value: string) => void;
  onClear: () => void;
}

/** What to try when nothing matches: drop a filter, change the words, or browse instead. */
export function NoResults({ filters, unfiltered, onRemove, onClear }: Props) {
  // Removing a filter only helps when the words find something on their own.
  const filtersAreWhy = filters.length > 0 && unfiltered > 0;
  return (
    <div className="search__none">
      {filtersAreWhy ? (
        <>
          <p>
            Nothing matches with these filters; without them there{' '}
            {unfiltered === 1 ? 'is 1 result' : `are ${unfiltered} results`}. Try removing a filter:
          </p>
          <ul className="search__chips">
            {filters.map((filter) => (
              <li key={`${filter.key}=${filter.value}`}>
                <button
                  type="button"
                  className="chip"
                  onClick={() => onRemove(filter.key, filter.value)}
                >
                  Remove {filter.legend}: {filter.label}
                </button>
              </li>
            ))}
            {filters.length > 1 && (
              <li>
                <button type="button" className="chip" onClick={onClear}>
                  Remove all filters
                </button>
              </li>
            )}
          </ul>
        </>
      ) : (
        <p>
          Nothing in the library contains those words. Try other words for the same thing, or start
          from <a href={withBase('/what-is-happening/')}>what is happening</a>: warning signs
          grouped by where they show up.
        </p>
      )}
      <p>
        Or browse by <a href={withBase('/tags/')}>tag</a>, or the{' '}
        <a href={withBase('/patterns/')}>patterns</a>,{' '}
        <a href={withBase('/traps/')}>decision traps</a> and{' '}
        <a href={withBase('/lessons/')}>lessons</a>.
      </p>
    </div>
  );
}
