// The owner of the position: the mode this window shows, and the state it shares with the
// other podium and console windows (the screen, blanking, cue and timer; see
// src/sync/protocol.ts). It starts from the URL (a deep link), else from storage (a reload),
// else the first screen; keeps the URL and storage up to date; follows the URL when the user
// edits it; and keeps in step with the other windows over the link. Reading mode stays out
// of the session: a press officer browsing the document must never move the podium, so its
// moves are local guesses (revision 0) and it rejoins, at the current point, when it
// switches back to presenter mode.
import { useCallback, useEffect, useRef, useState } from 'react';
import { clamp, type NavAction } from '../deck/navigation.ts';
import type { Link } from '../sync/channel.ts';
import { hello, isNewer, isShared, readMessage, stateMessage } from '../sync/protocol.ts';
import { initialShared, updateShared, type Shared, type SharedAction } from '../sync/state.ts';
import { parseRoute, formatRoute, type Mode } from './route.ts';
import { positionKey, type SafeStore } from './storage.ts';

/** The mode and 0-based screen index shown. */
export interface Place {
  mode: Mode;
  index: number;
}

/** What this window holds: its own mode, and its copy of the shared state. */
interface Held {
  mode: Mode;
  shared: Shared;
}

/** The storage key of the shared state of one speech. */
export function sharedKey(title: string): string {
  return `lectern:shared:${title}`;
}

/** A random id for this window, so its revisions can be told from the others'. */
function windowId(): string {
  return globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2);
}

/** The stored shared state, if any and valid. */
function storedShared(raw: string | null, count: number): Shared | null {
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return isShared(value, count) ? value : null;
  } catch {
    return null;
  }
}

/**
 * What a window holds when it opens: the stored state (so a lone window keeps its timer and
 * cue across a reload) at the screen the URL names. It is only a guess, at revision 0: the
 * URL of a reloading window may lag behind the speech, so any running window's state wins.
 */
function opening(hash: string, count: number, store: SafeStore, title: string, me: string): Held {
  const route = parseRoute(hash, count);
  const stored = storedShared(store.load(sharedKey(title)), count);
  if (stored) return { mode: route.mode, shared: { ...stored, index: route.index ?? stored.index, revision: 0, writer: me } };
  const remembered = Number(store.load(positionKey(title)) ?? NaN);
  const index = route.index ?? (Number.isInteger(remembered) ? clamp(remembered, count) : 0);
  return { mode: route.mode, shared: initialShared(index, me) };
}

/** Holds the place and the shared state, in step with the URL, the store and the other windows. */
export function usePosition(count: number, store: SafeStore, title: string, link: Link | null, now: () => number = Date.now) {
  const [me] = useState(windowId);
  const [held, setHeld] = useState<Held>(() => opening(window.location.hash, count, store, title, me));
  const latest = useRef(held.shared);
  const posted = useRef<Shared | null>(null);
  const linked = held.mode === 'read' ? null : link;

  useEffect(() => {
    const hash = formatRoute(held.mode, held.shared.index);
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
  }, [held.mode, held.shared.index]);

  useEffect(() => {
    latest.current = held.shared;
    store.save(positionKey(title), String(held.shared.index));
    store.save(sharedKey(title), JSON.stringify(held.shared));
    // Only this window's own changes go out; states adopted from others are already known.
    if (linked && held.shared.writer === me && held.shared.revision > 0 && held.shared !== posted.current) {
      posted.current = held.shared;
      linked.post(stateMessage(title, me, held.shared));
    }
  }, [held.shared, store, title, linked, me]);

  useEffect(() => {
    if (!linked) return;
    const link = linked;
    const stop = link.listen((data) => {
      const message = readMessage(data, title, count);
      if (!message || message.from === me) return;
      if (message.type === 'hello') {
        link.post(stateMessage(title, me, latest.current));
        return;
      }
      setHeld((current) => (isNewer(message.state, current.shared) ? { ...current, shared: message.state } : current));
    });
    link.post(hello(title, me));
    return stop;
  }, [linked, title, count, me]);

  const act = useCallback(
    (action: SharedAction) =>
      setHeld((current) => {
        const shared = updateShared(current.shared, action, { count, now: now(), writer: me });
        if (shared === current.shared) return current;
        return { ...current, shared: current.mode === 'read' ? { ...shared, revision: 0 } : shared };
      }),
    [count, now, me],
  );
  const move = useCallback((action: NavAction) => act({ type: 'move', action }), [act]);

  useEffect(() => {
    const follow = () => {
      const route = parseRoute(window.location.hash, count);
      setHeld((current) => (route.mode === current.mode ? current : { ...current, mode: route.mode }));
      if (route.index !== null) move({ type: 'goto', index: route.index });
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [count, move]);

  const setMode = useCallback((mode: Mode) => setHeld((current) => ({ ...current, mode })), []);
  const place: Place = { mode: held.mode, index: held.shared.index };

  return { place, shared: held.shared, act, move, setMode };
}
