import { useId, useState, type ReactNode } from 'react';
import type { Choice } from './field-context.ts';

interface EntriesProps {
  id: string;
  label: string;
  hint: ReactNode;
  aria: Record<string, unknown>;
  choices: Choice[];
  selected: string[];
  onChange: (ids: string[]) => void;
  after: ReactNode;
}

// A library can hold hundreds of tags: past a screenful of choices, a filter box narrows them.
const FILTER_FROM = 8;

/** Several entries of the library, ticked from a list that a filter box narrows; the ticked ones stay in view. */
export function EntriesField({
  id,
  label,
  hint,
  aria,
  choices,
  selected,
  onChange,
  after,
}: EntriesProps) {
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const shownChoices = choices.filter(
    (c) =>
      selected.includes(c.value) ||
      words.every((w) => `${c.label} ${c.value}`.toLowerCase().includes(w)),
  );
  return (
    <fieldset className="field field--entries" id={id} {...aria}>
      <legend>{label}</legend>
      {hint}
      {choices.length > FILTER_FROM && (
        <div className="entries__filter">
          <label htmlFor={filterId}>Filter</label>
          <input
            type="search"
            id={filterId}
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
          />
        </div>
      )}
      <ul className="entries">
        {shownChoices.map((c) => (
          <li key={c.value}>
            <input
              type="checkbox"
              id={`${id}-${c.value}`}
              checked={selected.includes(c.value)}
              onChange={(e) =>
                onChange(
                  e.currentTarget.checked
                    ? [...selected, c.value]
                    : selected.filter((v) => v !== c.value),
                )
              }
            />
            <label htmlFor={`${id}-${c.value}`}>{c.label}</label>
          </li>
        ))}
      </ul>
      {after}
    </fieldset>
  );
}
