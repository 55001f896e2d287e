// The presenter settings of this machine, held for rendering and saved on every change.
// Changes start from what is stored, so two windows changing different settings keep both.
import { useCallback, useRef, useState } from 'react';
import { readSettings, type PresenterSettings } from './settings.ts';
import type { SafeStore } from './storage.ts';

/** The settings and a function that changes and saves them. */
export function useSettings(store: SafeStore, key: string) {
  const [settings, setSettings] = useState(() => readSettings(store.load(key)));
  const held = useRef(settings);
  const update = useCallback(
    (change: (settings: PresenterSettings) => PresenterSettings) => {
      const stored = store.load(key);
      const next = change(stored === null ? held.current : readSettings(stored));
      held.current = next;
      setSettings(next);
      store.save(key, JSON.stringify(next));
    },
    [store, key],
  );
  return [settings, update] as const;
}
