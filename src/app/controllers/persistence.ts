// Persistence: keeps the window's live state and the machine's presenter settings in storage, so
// a reload (a crash, a cable pulled, a browser restart) opens where the speech was. A role that
// saves (podium, standby, console) saves each change after the screen shows it, and on every
// heartbeat, so a reload finds the session alive; a reader's or follower's place is never saved.
import { HEARTBEAT_MS, liveKey, settingsKey } from '../../model/config.ts';
import type { Deck } from '../../model/live/live.ts';
import type { Timers } from '../../model/live/clock.ts';
import { readSettings, type PresenterSettings } from '../../model/live/settings.ts';
import { rulesOf, type WindowAction, type WindowState } from '../../model/live/window.ts';
import { readSaved, savedText, type Identity, type Saved } from '../../model/wire.ts';
import type { SafeStore } from '../shell/storage.ts';
import type { Store } from '../store.ts';

/** The live state saved for this speech and version, if any and valid: validated exactly as a message is, and versioned (src/model/wire.ts). */
export function loadSaved(storage: SafeStore, identity: Identity, deck: Pick<Deck, 'keys' | 'lengths'>): Saved | null {
  const reading = readSaved(storage.load(liveKey(identity)), deck);
  return reading.kind === 'saved' ? reading.saved : null;
}

/** The presenter settings kept on this machine for the speech. */
export function loadSettings(storage: SafeStore, identity: Identity): PresenterSettings {
  return readSettings(storage.load(settingsKey(identity.speech)));
}

/** What persistence is plugged into. */
export interface PersistenceOptions {
  store: Store<WindowState, WindowAction>;
  storage: SafeStore;
  identity: Identity;
  timers: Timers;
  /** Runs what need not delay the screen after the change is shown; at once when not given. */
  defer?: (effect: () => void) => void;
}

/** Saves the window's state as it changes and on a heartbeat; returns the way to stop. */
export function keepSaved({ store, storage, identity, timers, defer = (effect) => effect() }: PersistenceOptions): () => void {
  const save = () => storage.save(liveKey(identity), savedText(store.getState().live, timers.now()));
  let seen = store.getState();
  const unsubscribe = store.subscribe(() => {
    const before = seen;
    const next = store.getState();
    seen = next;
    const saving = next.live !== before.live && rulesOf(next).saves;
    const settled = next.settings !== before.settings;
    if (!saving && !settled) return;
    defer(() => {
      if (saving) save();
      if (settled) storage.save(settingsKey(identity.speech), JSON.stringify(store.getState().settings));
    });
  });
  const stopHeartbeat = timers.every(HEARTBEAT_MS, () => {
    if (rulesOf(store.getState()).saves) save();
  });
  if (rulesOf(store.getState()).saves) save();
  return () => {
    unsubscribe();
    stopHeartbeat();
  };
}
