import { useId, useRef, useState } from 'react';
import type { FacetGroup, FacetKey, FacetOption } from '../../view/search-facets.ts';
import {
  facetsFor,
  loadFacetOptions,
  matching,
  mostUsed,
  withEveryValue,
} from './facet-options.ts';
import type { FacetCounts } from './pagefind.ts';
import type { SearchState } from './search-state.ts';

interface Props {
  /** How many results the search on screen has; null before any search. */
  results: number | null;
  groups: readonly FacetGroup[];
  state: SearchState;
  /** Counts for the current search; null before any search, when the whole library's counts apply. */
  counts: FacetCounts | null;
  /** Whether newer counts are on their way. */
  busy: boolean;
  /** Whether the counts are the whole library's beside a search, until the reader uses the filters. */
  stale: boolean;
  /**
   * Called when the reader first uses the filters: opens them (on a phone), or presses or focuses one. Only then
   * is the filter index, which the counts for a search need, worth its bytes.
   */
  onUsed: () => void;
  onToggle: (key: FacetKey, value: string) => void;
  onClear: () => void;
}

// Longer lists (tags, authors) open on request, so the other facets stay in view.
const SHORT_LIST = 8;
// Past this many values an opened list gets a box to find one by name (a large library has hundreds of authors).
const FINDABLE = 20;

/** The facet checkboxes: one fieldset per facet, with counts, clear-all, and a toggle on narrow screens. */
export function Facets({
  results,
  groups,
  state,
  counts,
  busy,
  stale,
  onUsed,
  onToggle,
  onClear,
}: Props) {
  const [open, setOpen] = useState(false);
  // Open facets' whole lists, fetched when the reader asks to see all of their values.
  const [every, setEvery] = useState<Partial<Record<FacetKey, FacetOption[]>>>({});
  const wantAll = (key: FacetKey) =>
    void loadFacetOptions(key)
      .then((options) => setEvery((known) => ({ ...known, [key]: options })))
      .catch(() => undefined);
  const panel = useId();
  const used = useRef(false);
  const use = () => {
    if (used.current) return;
    used.current = true;
    onUsed();
  };
  const checked = Object.values(state.filters).reduce((n, values) => n + values.length, 0);
  const visible = facetsFor(withEveryValue(groups, every), counts, state);

  return (
    <div
      className="facets"
      data-counts={stale ? 'library' : undefined}
      aria-busy={busy}
      onFocus={use}
      onPointerDown={use}
    >
      <div className="facets__head">
        <h2 className="facets__title">Filters</h2>
        <button
          type="button"
          className="facets__toggle"
          aria-expanded={open}
          aria-controls={panel}
          onClick={() => {
            use();
            setOpen(!open);
          }}
        >
          {open ? 'Hide filters' : 'Show filters'}
          {checked > 0 && ` (${checked} selected)`}
        </button>
        {checked > 0 && (
          <button type="button" className="link-button" onClick={onClear}>
            Clear all filters
          </button>
        )}
      </div>
      <div id={panel} className={open ? 'facets__panel facets__panel--open' : 'facets__panel'}>
        {visible.length === 0 && <p className="empty">No filter applies to these results.</p>}
        {visible.map((group) => (
          <FacetFieldset
            key={group.key}
            group={group}
            selected={state.filters[group.key] ?? []}
            onToggle={onToggle}
            onExpand={() => group.more !== undefined && wantAll(group.key)}
          />
        ))}
        {/* On a phone the open filters cover the results: this closes them and says what waits below. */}
        <button
          type="button"
          className="facets__done"
          onClick={() => {
            setOpen(false);
            document.getElementById('search-results-title')?.scrollIntoView();
          }}
        >
          {results === null
            ? 'Close filters'
            : `Show ${results === 1 ? '1 result' : `${results} results`}`}
        </button>
      </div>
    </div>
  );
}

interface FieldsetProps {
  group: FacetGroup;
  selected: readonly string[];
  onToggle: (key: FacetKey, value: string) => void;
  /** Called when the reader opens the whole list. */
  onExpand: () => void;
}

function FacetFieldset({ group, selected, onToggle, onExpand }: FieldsetProps) {
  const [expanded, setExpanded] = useState(false);
  const [find, setFind] = useState('');
  const list = useId();
  const total = group.options.length + (group.more ?? 0);
  const long = total > SHORT_LIST + 1;
  const shown = !long
    ? group.options
    : expanded
      ? matching(group.options, find)
      : mostUsed(group.options, selected, SHORT_LIST);
  return (
    <fieldset className="facet">
      <legend>{group.legend}</legend>
      {expanded && total > FINDABLE && (
        <input
          type="search"
          className="facet__find"
          aria-label={`Find a ${group.legend.toLowerCase()}`}
          placeholder={`Find a ${group.legend.toLowerCase()}`}
          aria-controls={list}
          value={find}
          onChange={(event) => setFind(event.currentTarget.value)}
        />
      )}
      <ul id={list} className="facet__options">
        {shown.map((option) => (
          <li key={option.value}>
            <Checkbox
              group={group.key}
              option={option}
              checked={selected.includes(option.value)}
              onToggle={onToggle}
            />
          </li>
        ))}
      </ul>
      {long && (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          aria-controls={list}
          onClick={() => {
            if (!expanded) onExpand();
            setExpanded(!expanded);
          }}
        >
          {expanded ? 'Show the most used' : `Show all ${total}`}
          <span className="visually-hidden"> {group.legend.toLowerCase()} filters</span>
        </button>
      )}
    </fieldset>
  );
}

interface CheckboxProps {
  group: FacetKey;
  option: FacetOption;
  checked: boolean;
  onToggle: (key: FacetKey, value: string) => void;
}

function Checkbox({ group, option, checked, onToggle }: CheckboxProps) {
  return (
    <label
      className={
        option.count === 0 && !checked ? 'facet__option facet__option--none' : 'facet__option'
      }
    >
      <input
        type="checkbox"
        name={group}
        value={option.value}
        checked={checked}
        onChange={() => onToggle(group, option.value)}
      />
      <span className="facet__label">{option.label}</span>
      <span className="facet__count">
        {option.count}
        <span className="visually-hidden"> {option.count === 1 ? 'result' : 'results'}</span>
      </span>
    </label>
  );
}
