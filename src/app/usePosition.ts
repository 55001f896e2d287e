// The owner of the position: the mode and screen the app shows. It starts from the URL
// (a deep link), else from storage (a reload of #/present), else the first screen; it keeps
// the URL and storage up to date, and follows the URL when the user edits it.
import { useCallback, useEffect, useState } from 'react';
import { navigate, type NavAction } from '../deck/navigation.ts';
import { formatRoute, parseRoute, type Mode } from './route.ts';
import type { SafeStore } from './storage.ts';

/** The mode and 0-based screen index shown. */
export interface Place {
  mode: Mode;
  index: number;
}

/** The place a URL asks for, falling back on the stored index. */
function placeFrom(hash: string, count: number, stored: string | null, fallback: number): Place {
  const route = parseRoute(hash, count);
  const remembered = stored === null ? NaN : Number(stored);
  const index =
    route.index ?? (Number.isInteger(remembered) ? navigate({ index: 0, count }, { type: 'goto', index: remembered }).index : fallback);
  return { mode: route.mode, index };
}

/** Holds the place, in step with the URL hash and the store. */
export function usePosition(count: number, store: SafeStore, storeKey: string) {
  const [place, setPlace] = useState<Place>(() => placeFrom(window.location.hash, count, store.load(storeKey), 0));

  useEffect(() => {
    const hash = formatRoute(place.mode, place.index);
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
    store.save(storeKey, String(place.index));
  }, [place, store, storeKey]);

  useEffect(() => {
    const follow = () =>
      setPlace((current) => {
        const next = placeFrom(window.location.hash, count, null, current.index);
        return next.mode === current.mode && next.index === current.index ? current : next;
      });
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [count]);

  const move = useCallback(
    (action: NavAction) =>
      setPlace((current) => {
        const index = navigate({ index: current.index, count }, action).index;
        return index === current.index ? current : { ...current, index };
      }),
    [count],
  );
  const setMode = useCallback((mode: Mode) => setPlace((current) => ({ ...current, mode })), []);

  return { place, move, setMode };
}
