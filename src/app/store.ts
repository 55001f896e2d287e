// The one owner of a window's state, outside React: the live state it shares with the other
// windows of the speech (screen, blanking, cue, run, rehearsal rate), this window's mode,
// the machine's presenter settings, what is open over the view, and the number being typed.
// `getState`, `dispatch` and `subscribe`, as a Redux-style store: every command, from a key,
// a tap, a button or another window, is an action to the same `dispatch`. Storage, the link
// to the other windows, the timers and the address bar are plugged in, never read from globals.
//
// Opening: a window starts from the screen its address names, else the one stored on this
// machine, else the first; at revision 0, a guess that any running window's state replaces
// (see src/model/wire.ts). Black, white and the cue are live states: a window that joins a
// running session takes them from it, and a reload (the state was saved moments ago) keeps
// them; a window that opens when nothing of the session has been alive for a while opens on
// the text with no cue. A run left with its timer running is kept, and said to be resumed.
//
// Following: a follower (a reading window on another device, for interpreters and press
// officers) listens although it reads, takes every newer state and moves its focus with it,
// and never changes the live state: it posts no state, not even its heartbeat or an answer to
// another window, and refuses its own moves and mode switches. It posts only `hello`, to take
// the current state when it opens or reconnects.
//
// The podium as reported: a window in presenter mode marks what it posts as a podium's, and
// confirms at once each state it takes from another window. Every window keeps the last report
// of a podium of its speech and version (`podium`), dropped when that podium says it is gone or
// is silent for PODIUM_SILENT_MS, so a console shows what a podium showed, never its own request;
// and the speech a podium went on to, or is heard showing instead (`podiumElsewhere`).
import { clamp } from '../model/deck/navigation.ts';
import { describeKey, keymapFor, pressKey, commandFor, type Command, type KeyInput, type KeyState } from '../model/deck/keymap.ts';
import { otherMode, type Mode } from '../model/route.ts';
import type { SafeStore } from './shell/storage.ts';
import type { Link } from './sync/channel.ts';
import { isId, isLive, isRecord, isNewer, message, readMessage, rebased, type Body, type Identity, type Message } from '../model/wire.ts';
import { indexOf, initialLive, updateLive, type Deck, type Live, type LiveAction } from '../model/live/live.ts';
import { readSettings, stepText, type PresenterSettings } from '../model/live/settings.ts';
import { ALIVE_MS, DIGITS_EXPIRE_MS, HEARTBEAT_MS, PODIUM_SILENT_MS, liveKey, settingsKey } from '../model/config.ts';
import type { Timers } from '../model/live/clock.ts';

/** What is open over the view. */
export type Overlay = 'none' | 'help' | 'clicker';

/** One key press as the clicker test reports it. */
export interface KeyPress {
  id: number;
  key: string;
  code: string;
  does: string;
}

/** What a podium of this speech and version last said it shows: its state, its window, when heard. */
export interface PodiumReport {
  live: Live;
  from: string;
  heardAt: number;
}

/**
 * A podium on another speech while this one has none: the one this speech's podium said it went
 * on to at a handover (`handover`), or one heard showing another speech (named by its folder).
 */
export interface PodiumElsewhere {
  speech: string;
  seenAt: number;
  handover: boolean;
}

/** Everything a window shows, in one value. */
export interface SessionState {
  mode: Mode;
  live: Live;
  settings: PresenterSettings;
  overlay: Overlay;
  /** The point number being typed, shown while typed and dropped after a pause. */
  digits: string;
  /** A typed number that names no point, refused and said until the next key or a pause. */
  missedNumber: string | null;
  /** The latest presses on the clicker test screen, newest first. */
  presses: readonly KeyPress[];
  /** Another version of this speech open in another window, while it is heard from. */
  otherVersion: { version: string; seenAt: number } | null;
  /** The last screen another window asked for that this speech does not have. */
  refusedScreen: string | null;
  /** True for a follower: reading mode at the shared point, which it cannot move. */
  following: boolean;
  /** The last report of a podium of this speech, while one is heard from (see the header). */
  podium: PodiumReport | null;
  /** Where a podium went, or is, on another speech (see the header). */
  podiumElsewhere: PodiumElsewhere | null;
}

/** Every way to change a window's state. */
export type SessionAction =
  | { type: 'live'; action: LiveAction }
  | { type: 'command'; command: Command }
  | { type: 'key'; input: KeyInput }
  | { type: 'mode'; mode: Mode }
  | { type: 'route'; mode: Mode; index: number | null }
  | { type: 'overlay'; overlay: Overlay }
  | { type: 'received'; data: unknown }
  /** Asks to start a new run in place of one left running: the reset, to be confirmed. */
  | { type: 'new-run' }
  /** The window is in sight again: it asks the others for the session at once. */
  | { type: 'rejoin' }
  /** A podium leaves the speech: at a handover, for the speech of folder `to`; closing, for none. */
  | { type: 'leave'; to: string | null };

/** What a store is plugged into. */
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
  /**
   * Runs what need not delay the screen (saving, the address) after the change is shown; at
   * once when not given.
   */
  defer?: (effect: () => void) => void;
  /** This window's id; random when not given. */
  windowId?: string;
  /** A follower: reads along with the shared state and never changes it (see the header). */
  follow?: boolean;
}

/** The store of one window. */
export interface Session {
  getState(): SessionState;
  /** Applies an action; returns true when it was handled (a key the app uses, an action that applies). */
  dispatch(action: SessionAction): boolean;
  subscribe(listener: () => void): () => void;
  /** Stops the timers and the link. */
  dispose(): void;
}

/** The stored form of the live state: the state and when it was saved. */
interface Stored {
  live: Live;
  savedAt: number;
}

/** A random id for this window, so its revisions can be told from the others'. */
function newWindowId(): string {
  return globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2);
}

/** The stored live state, if any and valid: validated exactly as a message is. */
function readStored(raw: string | null, deck: Deck): Stored | null {
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (!isRecord(value)) return null;
    const { live, savedAt } = value;
    if (!isLive(live, deck) || typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return null;
    return { live, savedAt };
  } catch {
    return null;
  }
}

/** The live state a window opens with (see the header). */
function opening(options: SessionOptions, me: string, now: number): Live {
  const { deck, route, storage, identity } = options;
  const named = route.index === null ? undefined : deck.keys[clamp(route.index, deck.keys.length)];
  const stored = readStored(storage.load(liveKey(identity)), deck);
  const first = deck.keys[0] ?? '';
  if (!stored) return initialLive(named ?? first, me);
  const alive = now - stored.savedAt >= 0 && now - stored.savedAt <= ALIVE_MS;
  const base = { ...stored.live, screen: named ?? stored.live.screen, part: named ? 0 : stored.live.part, revision: 0, writer: me };
  if (alive) return base;
  const resumed = base.resumed || base.run.timer.status === 'running';
  return { ...base, display: 'text', cue: null, run: { ...base.run, resetArmed: false }, resumed };
}

/** Makes the store of one window. */
export function createSession(options: SessionOptions): Session {
  const { identity, deck, storage, link, timers, onPlace, onFullscreen, onPastEnd, defer = (effect: () => void) => effect() } = options;
  const me = options.windowId ?? newWindowId();
  const following = options.follow === true;
  const opened = opening(following ? { ...options, route: { mode: 'read', index: null } } : options, me, timers.now());
  let state: SessionState = {
    mode: following ? 'read' : options.route.mode,
    live: opened,
    settings: readSettings(storage.load(settingsKey(identity.speech))),
    overlay: 'none',
    digits: '',
    missedNumber: null,
    presses: [],
    otherVersion: null,
    refusedScreen: null,
    following,
    podium: null,
    podiumElsewhere: null,
  };
  const listeners = new Set<() => void>();
  let stopListening: (() => void) | null = null;
  /** When another window of this session was last heard from. */
  let heardAt = Number.NEGATIVE_INFINITY;
  let cancelDigits: (() => void) | null = null;
  let cancelSilence: (() => void) | null = null;

  const synced = () => link !== null && (following || state.mode !== 'read');
  /** The points come first among the screens, numbered from 1. */
  const points = deck.keys.filter((key) => key.startsWith('point:')).length;
  const isPointNumber = (n: number) => Number.isInteger(n) && n >= 1 && n <= points;
  /** True while this window is a podium: what it holds is on its screen. */
  const isPodium = (mode: Mode = state.mode) => !following && mode === 'present';
  /** Posts to the other windows, marked as a podium's while it is one; a follower's states never leave it. */
  const post = (body: Body) => {
    if (following && body.type === 'state') return;
    link?.post(message(identity, me, isPodium() && body.type !== 'gone' ? { ...body, podium: true } : body));
  };
  /**
   * Whether a change goes out at once: to a server always, to other windows while one has been
   * heard from lately. Every open window posts its state each HEARTBEAT_MS and a window that opens
   * or comes back in sight says hello, so none is missed; a window alone spends nothing telling no one.
   */
  const heard = () => link?.server === true || timers.now() - heardAt <= ALIVE_MS;
  const save = () => storage.save(liveKey(identity), JSON.stringify({ live: state.live, savedAt: timers.now() } satisfies Stored));

  /** Replaces the state, then saves, posts and tells whoever needs to know. */
  const set = (next: SessionState, { post: shouldPost = false }: { post?: boolean } = {}) => {
    const before = state;
    if (next === before) return;
    state = next;
    // A podium that turns into another mode no longer shows the speech.
    if (isPodium(before.mode) && !isPodium(next.mode)) link?.post(message(identity, me, { type: 'gone', to: null, podium: true }));
    if (next.mode !== before.mode) relink();
    // The other windows hear of a change at once, so two windows acting close together keep their order.
    if (shouldPost && next.live !== before.live && synced() && heard()) post({ type: 'state', state: next.live });
    for (const listener of [...listeners]) listener();
    // The screen first; then storage and the address, which the screen need not wait for. A
    // change of what is only on this screen (the overlay, a typed digit) schedules nothing.
    const saving = next.live !== before.live && next.mode !== 'read';
    const settled = next.settings !== before.settings;
    const placed = next.mode !== before.mode || next.live.screen !== before.live.screen;
    if (!saving && !settled && !placed) return;
    defer(() => {
      if (saving) save();
      if (settled) storage.save(settingsKey(identity.speech), JSON.stringify(next.settings));
      if (placed) onPlace?.(next.mode, indexOf(next.live, deck));
    });
  };

  /** Applies a change to the live state; a reading window's changes stay its own guesses. */
  const act = (action: LiveAction): boolean => {
    if (following) return false;
    const live = updateLive(state.live, action, { deck, now: timers.now(), writer: me });
    if (live === state.live) {
      if (!onPastEnd || action.type !== 'move' || action.action.type !== 'next') return false;
      onPastEnd(state.mode);
      return true;
    }
    const own = state.mode === 'read' ? { ...live, revision: 0 } : live;
    set({ ...state, live: own, overlay: action.type === 'move' ? 'none' : state.overlay }, { post: true });
    return true;
  };

  /** Takes in a message from another window. */
  const receive = (data: unknown): boolean => {
    const reading = readMessage(data, identity, deck);
    switch (reading.kind) {
      case 'ignored':
        return false;
      case 'other-version':
        set({ ...state, otherVersion: { version: reading.version, seenAt: timers.now() } });
        // A window of another version that just opened learns of this one at once.
        if (isHello(data)) post({ type: 'state', state: state.live });
        return true;
      case 'unknown-screen':
        set({ ...state, refusedScreen: reading.screen });
        return true;
      case 'podium-elsewhere':
        // Said only while this speech has no podium, and never in place of where a handover went.
        if (state.podium !== null || state.podiumElsewhere?.handover === true) return true;
        set({ ...state, podiumElsewhere: { speech: reading.speech, seenAt: timers.now(), handover: false } });
        return true;
      case 'ours':
        return receiveOurs(reading.message);
    }
  };

  /** Forgets the podium's report once it is silent for PODIUM_SILENT_MS. */
  const awaitSilence = () => {
    cancelSilence?.();
    cancelSilence = timers.after(PODIUM_SILENT_MS, () => {
      cancelSilence = null;
      set({ ...state, podium: null });
    });
  };

  const receiveOurs = (incoming: Message): boolean => {
    if (incoming.from === me) return false;
    const now = timers.now();
    heardAt = now;
    if (incoming.type === 'gone') {
      // Another podium still heard keeps its report; the speech a handover names is kept until this speech's podium is back.
      const podium = state.podium?.from === incoming.from ? null : state.podium;
      const podiumElsewhere = incoming.to === null ? state.podiumElsewhere : { speech: incoming.to, seenAt: now, handover: true };
      if (podium === null) {
        cancelSilence?.();
        cancelSilence = null;
      }
      set({ ...state, podium, podiumElsewhere });
      return true;
    }
    if (incoming.type === 'hello') {
      post({ type: 'state', state: state.live });
      return true;
    }
    const reported = incoming.podium === true ? { podium: { live: incoming.state, from: incoming.from, heardAt: now }, podiumElsewhere: null } : {};
    if (incoming.podium === true) awaitSilence();
    if (isNewer(incoming.state, state.live)) {
      const taken = rebased(incoming.state, state.live);
      set({ ...state, ...reported, live: taken });
      // Taken under another revision than it came with, say so, so the others settle on it too;
      // a podium says at once that it shows it.
      if (taken !== incoming.state || isPodium()) post({ type: 'state', state: taken });
    } else if (isNewer(state.live, incoming.state)) {
      set({ ...state, ...reported });
      // The sender is behind: give it this window's state.
      post({ type: 'state', state: state.live });
    } else if (incoming.podium === true) {
      set({ ...state, ...reported });
    }
    return true;
  };

  /** Listens to the link while the mode takes part in the session, and asks to join when it starts. */
  const relink = () => {
    if (synced() && stopListening === null && link !== null) {
      stopListening = link.listen((data) => {
        receive(data);
      });
      post({ type: 'hello' });
      // A podium says what it shows from the start: its guess at revision 0 never wins, and it confirms what it takes.
      if (isPodium()) post({ type: 'state', state: state.live });
    } else if (!synced() && stopListening !== null) {
      stopListening();
      stopListening = null;
    }
  };

  /** Runs a command from the keymap, a button or a tap. */
  const run = (command: Command): boolean => {
    switch (command.type) {
      case 'help':
        set({ ...state, overlay: state.overlay === 'none' ? 'help' : 'none' });
        return true;
      case 'close':
        set({ ...state, overlay: 'none' });
        return true;
      case 'switch-mode':
        if (following) return false;
        set({ ...state, mode: otherMode(state.mode) });
        return true;
      case 'digit':
        return true;
      case 'blank':
        return act({ type: 'blank', display: command.display });
      case 'start':
        return act({ type: 'run', action: { type: 'start' } });
      case 'mirror':
        set({ ...state, settings: { ...state.settings, mirrored: !state.settings.mirrored } });
        return true;
      case 'fullscreen':
        onFullscreen?.();
        return true;
      case 'text-size':
        set({ ...state, settings: stepText(state.settings, state.live.screen, command.by) });
        return true;
      default:
        if (following) return false;
        if (state.overlay !== 'none') set({ ...state, overlay: 'none' });
        act({ type: 'move', action: command });
        return true;
    }
  };

  /** Interprets a key press: digits collect a number that expires, the rest run their command. */
  const key = (input: KeyInput): boolean => {
    if (state.overlay === 'clicker') {
      const press = { id: (state.presses[0]?.id ?? 0) + 1, key: input.key, code: input.code, does: describeKey(input, state.mode) };
      set({ ...state, presses: [press, ...state.presses.slice(0, 7)] });
      return commandFor(input) !== undefined;
    }
    const typed: KeyState = { digits: state.digits };
    const outcome = pressKey(typed, input, keymapFor(state.mode));
    if (!outcome.handled) return false;
    if (state.missedNumber !== null) set({ ...state, missedNumber: null });
    // A typed number past the last point (or 0) goes nowhere: it is said, never clamped to another screen.
    if (outcome.command?.type === 'goto' && !isPointNumber(Number(typed.digits))) {
      cancelDigits?.();
      cancelDigits = timers.after(DIGITS_EXPIRE_MS, () => set({ ...state, missedNumber: null }));
      set({ ...state, digits: '', missedNumber: typed.digits });
      return true;
    }
    if (outcome.state.digits !== state.digits) {
      cancelDigits?.();
      cancelDigits = outcome.state.digits === '' ? null : timers.after(DIGITS_EXPIRE_MS, () => set({ ...state, digits: '' }));
      set({ ...state, digits: outcome.state.digits });
    }
    if (!outcome.command) return true;
    const done = run(outcome.command);
    // A follower's refused key is not the app's: the browser may use it (arrows scroll).
    return done || !following;
  };

  const dispatch = (action: SessionAction): boolean => {
    switch (action.type) {
      case 'live':
        return act(action.action);
      case 'command':
        return run(action.command);
      case 'key':
        return key(action.input);
      case 'mode':
        if (following) return false;
        set({ ...state, mode: action.mode });
        return true;
      case 'route': {
        if (following) return false;
        if (action.mode !== state.mode) set({ ...state, mode: action.mode });
        if (action.index !== null) act({ type: 'move', action: { type: 'goto', index: action.index } });
        return true;
      }
      case 'overlay':
        set({ ...state, overlay: action.overlay, presses: action.overlay === 'clicker' ? [] : state.presses });
        return true;
      case 'received':
        return receive(action.data);
      case 'new-run':
        return act({ type: 'run', action: { type: 'arm-reset' } });
      case 'rejoin':
        if (!synced()) return false;
        post({ type: 'hello' });
        return true;
      case 'leave':
        if (!isPodium()) return false;
        post({ type: 'gone', to: action.to, podium: true });
        return true;
    }
  };

  // While open, a podium or console window posts its state, so a window that missed a message
  // catches up, and keeps its saved state fresh, so a reload finds the session alive; a notice
  // of another version fades once that version is gone.
  const stopHeartbeat = timers.every(HEARTBEAT_MS, () => {
    if (state.mode !== 'read') {
      save();
      if (synced()) post({ type: 'state', state: state.live });
    }
    if (state.otherVersion && timers.now() - state.otherVersion.seenAt > ALIVE_MS) set({ ...state, otherVersion: null });
    const elsewhere = state.podiumElsewhere;
    if (elsewhere && !elsewhere.handover && timers.now() - elsewhere.seenAt > ALIVE_MS) set({ ...state, podiumElsewhere: null });
  });
  relink();
  if (state.mode !== 'read') save();
  onPlace?.(state.mode, indexOf(state.live, deck));

  return {
    getState: () => state,
    dispatch,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      stopHeartbeat();
      cancelDigits?.();
      cancelSilence?.();
      stopListening?.();
      stopListening = null;
    },
  };
}

/** True for a hello of any version, so another version's newcomer can be answered. */
function isHello(data: unknown): boolean {
  return isRecord(data) && data.type === 'hello' && isId(data.from);
}
