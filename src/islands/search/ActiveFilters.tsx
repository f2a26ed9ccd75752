import type { FacetKey } from '../../view/search-facets.ts';
import type { activeFilters } from './search-state.ts';

interface Props {
  filters: ReturnType<typeof activeFilters>;
  onRemove: (key: FacetKey, value: string) => void;
}

/** The ticked filters as chips above the results, each removed with a press. */
export function ActiveFilters({ filters, onRemove }: Props) {
  if (filters.length === 0) return null;
  return (
    <ul className="search__chips" aria-label="Active filters">
      {filters.map((filter) => (
        <li key={`${filter.key}=${filter.value}`}>
          <button type="button" className="chip" onClick={() => onRemove(filter.key, filter.value)}>
            <span className="visually-hidden">Remove filter </span>
            {filter.legend}: {filter.label}
            <span aria-hidden="true"> ×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
