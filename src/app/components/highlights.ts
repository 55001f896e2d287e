// The search matches a view should highlight, handed down by reading mode to every text it
// shows. Presenter mode provides none, so the podium never shows a highlight.
//
// Each text subscribes to its own key: a new query or a step to another match re-renders only
// the texts whose matches, or whose current match, changed. A text whose highlights did not
// change keeps the very same object, so it is left alone. In a long document, texts that are
// watched show their highlights only while near the view (and the one holding the current
// match always): a first letter that matches tens of thousands of places costs what the
// reader can see, while the count and Enter still go through every match.
import { createContext, useContext, useEffect, useSyncExternalStore, type RefObject } from 'react';
import { scopedKey, type Match } from '../../model/review/search.ts';

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
  /** Shows a text's highlights only while `element` is near the view; returns the way to stop. */
  watch?: (key: string, element: Element) => () => void;
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

/** How far beyond the view a text counts as near it: a screen's height above and below. */
const NEAR_VIEW = '100% 0px';

/**
 * A highlight store with nothing highlighted yet. With `nearViewOnly`, watched texts show
 * their highlights only while near the view (where the browser can tell; everywhere else).
 */
export function highlightStore({ nearViewOnly = false }: { nearViewOnly?: boolean } = {}): HighlightStore {
  let byKey = new Map<string, TextHighlights>();
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  const watched = new Map<Element, string>();
  const hidden = new Set<string>();
  const observer =
    nearViewOnly && typeof IntersectionObserver !== 'undefined'
      ? new IntersectionObserver(
          (entries) => {
            let changed = false;
            for (const entry of entries) {
              const key = watched.get(entry.target);
              if (key === undefined || entry.isIntersecting !== hidden.has(key)) continue;
              if (entry.isIntersecting) hidden.delete(key);
              else hidden.add(key);
              changed = true;
            }
            if (changed) notify();
          },
          { rootMargin: NEAR_VIEW },
        )
      : null;
  return {
    get: (key) => {
      const shown = byKey.get(key) ?? NO_MATCHES;
      return hidden.has(key) && shown.current === undefined ? NO_MATCHES : shown;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    watch: (key, element) => {
      if (!observer) return () => undefined;
      watched.set(element, key);
      // Far until the browser says otherwise: the first letter must not mark the whole document.
      hidden.add(key);
      observer.observe(element);
      return () => {
        observer.unobserve(element);
        watched.delete(element);
        hidden.delete(key);
      };
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
      notify();
    },
  };
}

/** The highlights of one speech among several read as one document: its texts' keys are scoped by its folder. */
export function scopedHighlights(highlights: Highlights, scope: string): Highlights {
  const { watch } = highlights;
  return {
    get: (key) => highlights.get(scopedKey(scope, key)),
    subscribe: highlights.subscribe,
    ...(watch ? { watch: (key: string, element: Element) => watch(scopedKey(scope, key), element) } : {}),
  };
}

/** No search: nothing is highlighted. */
export const NO_HIGHLIGHTS: Highlights = { get: () => NO_MATCHES, subscribe: () => () => {} };

/** Carries the current search's highlights to the texts that show them. */
export const HighlightContext = createContext<Highlights>(NO_HIGHLIGHTS);

/** Shows the highlights of the text `key` only while `element` is near the view, where the view asks it. */
export function useNearView(key: string, element: RefObject<Element | null>) {
  const highlights = useContext(HighlightContext);
  useEffect(() => {
    const target = element.current;
    return target && highlights.watch ? highlights.watch(key, target) : undefined;
  }, [highlights, key, element]);
}

/** The highlights of the text search knows as `key`; none without a key. */
export function useHighlights(key: string | undefined): TextHighlights {
  const highlights = useContext(HighlightContext);
  return useSyncExternalStore(highlights.subscribe, () => (key === undefined ? NO_MATCHES : highlights.get(key)));
}
