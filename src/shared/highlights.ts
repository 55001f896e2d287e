// The search matches a view should highlight, handed down by reading mode to every text it
// shows. Presenter mode provides none, so the podium never shows a highlight.
//
// Each text subscribes to its own key: a new query or a step to another match re-renders only
// the texts whose matches, or whose current match, changed. A text whose highlights did not
// change keeps the very same object, so it is left alone.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Match } from '../review/search.ts';

/** What one text shows: its matches, and the current match when it holds it. */
export interface TextHighlights {
  matches: readonly Match[];
  current: number | undefined;
}

/** A text with nothing highlighted. */
export const NO_MATCHES: TextHighlights = { matches: [], current: undefined };

/** The highlights of every text, read by key; `subscribe` calls back when any may have changed. */
export interface Highlights {
  get: (key: string) => TextHighlights;
  subscribe: (listener: () => void) => () => void;
}

/** Highlights that reading mode sets for each query and each step between matches. */
export interface HighlightStore extends Highlights {
  show: (matches: readonly Match[], current: number | undefined) => void;
}

/** Whether two texts show the same highlights. */
function same(a: TextHighlights, b: TextHighlights): boolean {
  return (
    a.current === b.current &&
    a.matches.length === b.matches.length &&
    a.matches.every((m, i) => {
      const n = b.matches[i];
      return n !== undefined && m.start === n.start && m.end === n.end && m.index === n.index;
    })
  );
}

/** A highlight store with nothing highlighted yet. */
export function highlightStore(): HighlightStore {
  let byKey = new Map<string, TextHighlights>();
  const listeners = new Set<() => void>();
  return {
    get: (key) => byKey.get(key) ?? NO_MATCHES,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    show: (matches, current) => {
      const lists = new Map<string, Match[]>();
      for (const match of matches) {
        const list = lists.get(match.key);
        if (list) list.push(match);
        else lists.set(match.key, [match]);
      }
      const next = new Map<string, TextHighlights>();
      for (const [key, list] of lists) {
        const first = list[0]?.index ?? 0;
        const holds = current !== undefined && current >= first && current < first + list.length;
        const shown = { matches: list, current: holds ? current : undefined };
        const before = byKey.get(key);
        next.set(key, before && same(before, shown) ? before : shown);
      }
      byKey = next;
      for (const listener of listeners) listener();
    },
  };
}

/** No search: nothing is highlighted. */
export const NO_HIGHLIGHTS: Highlights = { get: () => NO_MATCHES, subscribe: () => () => {} };

/** Carries the current search's highlights to the texts that show them. */
export const HighlightContext = createContext<Highlights>(NO_HIGHLIGHTS);

/** The highlights of the text search knows as `key`; none without a key. */
export function useHighlights(key: string | undefined): TextHighlights {
  const highlights = useContext(HighlightContext);
  return useSyncExternalStore(highlights.subscribe, () => (key === undefined ? NO_MATCHES : highlights.get(key)));
}
