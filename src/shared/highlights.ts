// The search matches a view should highlight, handed down by reading mode to every text it
// shows. Presenter mode provides none, so the podium never shows a highlight.
import { createContext } from 'react';
import type { Match } from '../review/search.ts';

/** The matches of the current search, by text key, and which one the reader is on. */
export interface Highlights {
  matchesFor: (key: string) => readonly Match[];
  current: number | undefined;
}

/** No search: nothing is highlighted. */
export const NO_HIGHLIGHTS: Highlights = { matchesFor: () => [], current: undefined };

/** Carries the current search's matches to the texts that show them. */
export const HighlightContext = createContext<Highlights>(NO_HIGHLIGHTS);
