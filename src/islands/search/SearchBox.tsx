import type { Ref } from 'react';

interface Props {
  inputRef: Ref<HTMLInputElement>;
  value: string;
  /** Called with the box's text on every edit. */
  onType: (text: string) => void;
  onBlur: () => void;
}

/** The query box, its label and what it does. */
export function SearchBox({ inputRef, value, onType, onBlur }: Props) {
  return (
    <div className="search__bar">
      <label htmlFor="search-query">
        Search patterns, decision traps, lessons, events and authors
      </label>
      <input
        ref={inputRef}
        id="search-query"
        className="search__input"
        type="search"
        name="q"
        value={value}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        aria-describedby="search-help"
        aria-keyshortcuts="/"
        data-search-input=""
        onChange={(event) => onType(event.currentTarget.value)}
        onBlur={onBlur}
      />
      <p id="search-help" className="search__help">
        Results appear as you type; Enter moves to the first result.{' '}
        <span className="search__keys">
          Press <kbd>/</kbd> on any page to come back here.
        </span>
      </p>
    </div>
  );
}
