// A window's session: its store (src/app/store.ts over the pure reducer of
// src/model/live/window.ts) with the controllers that subscribe to it plugged in: the sync peer
// (the other windows), persistence (storage), the address bar and input (keys and the typed
// number). Storage, the link, the timers and the address bar are passed in, never read from
// globals, so a test opens a window with fakes. What only the browser can do for a command (full
// screen; at a handover, leaving for the next speech) is run here, on its way to the store.
import type { KeyInput } from '../model/deck/keymap.ts';
import type { Timers } from '../model/live/clock.ts';
import type { Deck } from '../model/live/live.ts';
import { isPastEnd, openWindow, openingLive, reduce, type Seat, type WindowAction, type WindowState } from '../model/live/window.ts';
import type { Mode } from '../model/route.ts';
import type { Identity } from '../model/wire.ts';
import { connectInput } from './controllers/input.ts';
import { keepPlace } from './controllers/location.ts';
import { connectPeer } from './controllers/peer.ts';
import { keepSaved, loadSaved, loadSettings } from './controllers/persistence.ts';
import type { SafeStore } from './shell/storage.ts';
import { createStore } from './store.ts';
import type { Link } from './sync/channel.ts';

/** What a session is plugged into. */
export interface SessionOptions {
  identity: Identity;
  deck: Deck;
  /** The mode and screen index the address asks for. */
  route: { mode: Mode; index: number | null };
  storage: SafeStore;
  /** The channel to the other windows; none keeps this window alone. */
  link: Link | null;
  timers: Timers;
  /** Called with the address of the state shown whenever the mode or the screen changes. */
  onPlace?: (mode: Mode, index: number) => void;
  /** Full screen on or off. */
  onFullscreen?: () => void;
  /** Next on the last screen, in the mode shown: in a running order, on to the next speaker's speech. */
  onPastEnd?: (mode: Mode) => void;
  /** Runs what need not delay the screen (saving, the address) after the change is shown; at once when not given. */
  defer?: (effect: () => void) => void;
  /** This window's id; random when not given. */
  windowId?: string;
  /** What the device was opened as: a follower reads along and never changes the session (see src/model/live/window.ts). */
  seat?: Seat;
}

/** The session of one window, as the views and the page's entry use it. */
export interface Session {
  getState(): WindowState;
  dispatch(action: WindowAction): void;
  subscribe(listener: () => void): () => void;
  /** Acts on a key press; true when the key is the app's, so the browser's default is to be prevented. */
  press(input: KeyInput): boolean;
  /** The window is in sight again: it asks the others for the session at once. */
  rejoin(): void;
  /** A podium leaves the speech: at a handover, for the speech of folder `to`; closing, for none. */
  leave(to: string | null): void;
  /** Stops the timers and the link. */
  dispose(): void;
}

/** A random id for this window, so its revisions can be told from the others'. */
function newWindowId(): string {
  return globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2);
}

/** Makes the session of one window. */
export function createSession(options: SessionOptions): Session {
  const { identity, deck, storage, link, timers, onPlace, onFullscreen, onPastEnd, defer } = options;
  const me = options.windowId ?? newWindowId();
  const seat = options.seat ?? 'window';
  const context = (): Parameters<typeof reduce>[2] => ({ deck, now: timers.now(), me, seat });
  // A follower opens reading along, wherever its address points.
  const named = seat === 'follower' ? null : options.route.index;
  const live = openingLive(loadSaved(storage, identity, deck), named, deck, me, timers.now());
  const store = createStore(openWindow(live, options.route.mode, seat, loadSettings(storage, identity)), (state: WindowState, action: WindowAction) =>
    reduce(state, action, context()),
  );

  const dispatch = (action: WindowAction) => {
    if (action.type === 'command' && action.command.type === 'fullscreen') {
      onFullscreen?.();
      return;
    }
    const next = action.type === 'command' ? action.command : action.type === 'live' && action.action.type === 'move' ? action.action.action : null;
    if (onPastEnd && next?.type === 'next' && isPastEnd(store.getState(), context())) {
      onPastEnd(store.getState().mode);
      return;
    }
    store.dispatch(action);
  };

  // The peer first: the other windows hear of a change before anything else is done with it.
  const peer = connectPeer({ store, identity, deck, link, timers, me });
  const stopSaving = keepSaved({ store, storage, identity, timers, ...(defer ? { defer } : {}) });
  const stopPlacing = onPlace ? keepPlace({ store, deck, onPlace, ...(defer ? { defer } : {}) }) : () => undefined;
  const input = connectInput({ store, dispatch, deck, timers });

  return {
    getState: store.getState,
    dispatch,
    subscribe: store.subscribe,
    press: input.press,
    rejoin: peer.rejoin,
    leave: peer.leave,
    dispose() {
      input.dispose();
      stopPlacing();
      stopSaving();
      peer.dispose();
    },
  };
}
