// The search box of reading mode: type to highlight, Enter and Shift+Enter to move between
// matches, Escape to clear. The app's keyboard hook ignores keys typed here.
import { counted } from '../../model/speech/counted.ts';
import type { KeyboardEvent } from 'react';

/** What the box shows and what it calls, as useSearch gives them. */
export interface SearchBoxProps {
  query: string;
  /** How many matches the query has, and which one (0-based) the reader is on. */
  count: number;
  current: number;
  onQuery: (query: string) => void;
  onStep: (step: 1 | -1) => void;
}

/** A labelled search field with the count of matches and buttons to step through them. */
export function SearchBox({ query, count, current, onQuery, onStep }: SearchBoxProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onStep(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onQuery('');
    }
  };
  const searching = query.trim() !== '';
  return (
    <div className="search" role="search">
      <label htmlFor="speech-search">Search</label>
      <input
        id="speech-search"
        type="search"
        value={query}
        autoComplete="off"
        spellCheck={false}
        aria-describedby="search-count"
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <button type="button" aria-label="Previous match" disabled={count === 0} onClick={() => onStep(-1)}>
        ↑
      </button>
      <button type="button" aria-label="Next match" disabled={count === 0} onClick={() => onStep(1)}>
        ↓
      </button>
      <span id="search-count" className="search-count" role="status">
        {!searching ? '' : count === 0 ? 'No matches' : `${current + 1} of ${counted(count, 'match', 'matches')}`}
      </span>
    </div>
  );
}
