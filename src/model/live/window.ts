// The state of one window, and the one pure function that changes it: the live state it shares
// with the other windows of the speech (src/model/live/live.ts), this window's mode and role, the
// machine's presenter settings, what is open over the view, the number being typed, and what the
// window has heard of the others (another version, a podium's reports). Nothing here posts,
// saves, reads a clock or starts a timer: the controllers in src/app/controllers do, and turn
// what they hear (a key, a message, a timer) into an action for `reduce`.
//
// Roles: what a window may do follows from its role, one value, never from flags scattered
// through the code. A podium shows the speech and reports what it shows; a console drives it; a
// standby is a second podium (the LAN server holds it back until it takes over); a reader reads
// alone, its moves its own guesses; a follower (an interpreter's tablet) reads along with the
// shared state and never changes it, nor its mode.
import { clamp } from '../deck/navigation.ts';
import type { Command, KeyInput } from '../deck/keymap.ts';
import { otherMode, type Mode } from '../route.ts';
import { ALIVE_MS } from '../config.ts';
import { isNewer, rebased, type Saved } from '../wire.ts';
import { initialLive, updateLive, type Deck, type Live, type LiveAction } from './live.ts';
import { stepText, type PresenterSettings } from './settings.ts';

/** What a window is to the session; see the header. */
export type Role = 'podium' | 'standby' | 'console' | 'reader' | 'follower';

/** What a device was opened as: any window, a follower, or a standby podium. */
export type Seat = 'window' | 'follower' | 'standby';

/** What a role may do: the one place a window's permissions are decided. */
export interface RoleRules {
  /** Its moves, blanks and cues change its live state. */
  acts: boolean;
  /** Its changes are shared (counted revisions); otherwise they stay its guesses at revision 0. */
  shares: boolean;
  /** It may switch modes (by key, button or address). */
  switches: boolean;
  /** It listens to the other windows and takes their newer states. */
  listens: boolean;
  /** It posts its states (changes, answers, heartbeat). */
  posts: boolean;
  /** What it posts is what a podium's screen shows. */
  reports: boolean;
  /** Its live state is kept on the machine, for a reload. */
  saves: boolean;
}

/** The rules of each role. */
export const ROLES: Readonly<Record<Role, RoleRules>> = {
  podium: { acts: true, shares: true, switches: true, listens: true, posts: true, reports: true, saves: true },
  standby: { acts: true, shares: true, switches: true, listens: true, posts: true, reports: true, saves: true },
  console: { acts: true, shares: true, switches: true, listens: true, posts: true, reports: false, saves: true },
  reader: { acts: true, shares: false, switches: true, listens: false, posts: false, reports: false, saves: false },
  follower: { acts: false, shares: false, switches: false, listens: true, posts: false, reports: false, saves: false },
};

/** The role of a window of `seat` in `mode`: a follower always reads along; a standby in presenter mode stands by. */
export function roleOf(seat: Seat, mode: Mode): Role {
  if (seat === 'follower') return 'follower';
  if (mode === 'present') return seat === 'standby' ? 'standby' : 'podium';
  return mode === 'console' ? 'console' : 'reader';
}

/** The rules of a window's role. */
export function rulesOf(state: Pick<WindowState, 'role'>): RoleRules {
  return ROLES[state.role];
}

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
export interface WindowState {
  mode: Mode;
  role: Role;
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
  /** The last report of a podium of this speech, while one is heard from. */
  podium: PodiumReport | null;
  /** Where a podium went, or is, on another speech. */
  podiumElsewhere: PodiumElsewhere | null;
}

/** Every way to change a window's state. */
export type WindowAction =
  | { type: 'live'; action: LiveAction }
  | { type: 'command'; command: Command }
  | { type: 'mode'; mode: Mode }
  | { type: 'route'; mode: Mode; index: number | null }
  | { type: 'overlay'; overlay: Overlay }
  /** Asks to start a new run in place of one left running: the reset, to be confirmed. */
  | { type: 'new-run' }
  /** The number typed so far, and a typed number refused because it names no point. */
  | { type: 'typed'; digits: string; missed: string | null }
  /** A typed number, or the refusal of one, is dropped after a pause. */
  | { type: 'typed-expired' }
  /** A key pressed on the clicker test screen, and what it would do. */
  | { type: 'pressed'; input: KeyInput; does: string }
  /** A state another window posted, valid for this speech; `podium` when a podium reports it. */
  | { type: 'heard'; state: Live; from: string; podium: boolean; at: number }
  /** A podium of this speech leaves it: for the speech of folder `to`, or closing (null). */
  | { type: 'podium-gone'; from: string; to: string | null; at: number }
  /** The podium heard from has been silent too long. */
  | { type: 'podium-silent' }
  | { type: 'other-version'; version: string; at: number }
  | { type: 'unknown-screen'; screen: string }
  | { type: 'podium-elsewhere'; speech: string; at: number }
  /** Notices of other windows fade once nothing is heard of them for ALIVE_MS. */
  | { type: 'fade'; at: number };

/** What `reduce` needs besides the state: the speech's screens, the time, this window and its seat. */
export interface WindowContext {
  deck: Deck;
  now: number;
  /** This window's id: the writer of its revisions. */
  me: string;
  seat: Seat;
}

/** The window's state as it opens, before it hears from the others. */
export function openWindow(live: Live, mode: Mode, seat: Seat, settings: PresenterSettings): WindowState {
  const role = roleOf(seat, mode);
  return {
    mode: role === 'follower' ? 'read' : mode,
    role,
    live,
    settings,
    overlay: 'none',
    digits: '',
    missedNumber: null,
    presses: [],
    otherVersion: null,
    refusedScreen: null,
    podium: null,
    podiumElsewhere: null,
  };
}

/**
 * The live state a window opens with: the screen its address names, else the one saved on this
 * machine, else the first; at revision 0, a guess that any running window's state replaces.
 * Black, white and the cue are kept from a session alive moments ago (a reload), and dropped
 * from one long gone; a run left with its timer running is kept, and said to be resumed.
 */
export function openingLive(saved: Saved | null, named: number | null, deck: Pick<Deck, 'keys'>, me: string, now: number): Live {
  const screen = named === null ? undefined : deck.keys[clamp(named, deck.keys.length)];
  if (!saved) return initialLive(screen ?? deck.keys[0] ?? '', me);
  const alive = now - saved.savedAt >= 0 && now - saved.savedAt <= ALIVE_MS;
  const base = { ...saved.live, screen: screen ?? saved.live.screen, part: screen ? 0 : saved.live.part, revision: 0, writer: me };
  if (alive) return base;
  const resumed = base.resumed || base.run.timer.status === 'running';
  return { ...base, display: 'text', cue: null, run: { ...base.run, resetArmed: false }, resumed };
}

/** The number of points: they come first among the screens, numbered from 1. */
export function pointCount(deck: Pick<Deck, 'keys'>): number {
  return deck.keys.filter((key) => key.startsWith('point:')).length;
}

/** True when a command is the window's to run in its role; a follower refuses what would move or change the session. */
export function allows(state: Pick<WindowState, 'role'>, command: Command): boolean {
  const rules = rulesOf(state);
  switch (command.type) {
    case 'help':
    case 'close':
    case 'digit':
    case 'mirror':
    case 'fullscreen':
    case 'text-size':
      return true;
    case 'switch-mode':
      return rules.switches;
    default:
      return rules.acts;
  }
}

/** True when Next is asked on the last part of the last screen: in a running order, the handover. */
export function isPastEnd(state: WindowState, context: WindowContext): boolean {
  if (!rulesOf(state).acts) return false;
  return updateLive(state.live, { type: 'move', action: { type: 'next' } }, { deck: context.deck, now: context.now, writer: context.me }) === state.live;
}

/** Applies a change to the live state; a reader's changes stay its own guesses, a follower's are refused. */
function act(state: WindowState, action: LiveAction, context: WindowContext): WindowState {
  const rules = rulesOf(state);
  if (!rules.acts) return state;
  const live = updateLive(state.live, action, { deck: context.deck, now: context.now, writer: context.me });
  if (live === state.live) return state;
  const own = rules.shares ? live : { ...live, revision: 0 };
  return { ...state, live: own, overlay: action.type === 'move' ? 'none' : state.overlay };
}

/** Changes the mode, and the role with it; a follower keeps reading. */
function switchTo(state: WindowState, mode: Mode, context: WindowContext): WindowState {
  if (!rulesOf(state).switches || mode === state.mode) return state;
  return { ...state, mode, role: roleOf(context.seat, mode) };
}

/** Runs a command from the keymap, a button or a tap (full screen is the browser's: see the input controller). */
function run(state: WindowState, command: Command, context: WindowContext): WindowState {
  if (!allows(state, command)) return state;
  switch (command.type) {
    case 'help':
      return { ...state, overlay: state.overlay === 'none' ? 'help' : 'none' };
    case 'close':
      return state.overlay === 'none' ? state : { ...state, overlay: 'none' };
    case 'switch-mode':
      return switchTo(state, otherMode(state.mode), context);
    case 'digit':
    case 'fullscreen':
      return state;
    case 'blank':
      return act(state, { type: 'blank', display: command.display }, context);
    case 'start':
      return act(state, { type: 'run', action: { type: 'start' } }, context);
    case 'mirror':
      return { ...state, settings: { ...state.settings, mirrored: !state.settings.mirrored } };
    case 'text-size':
      return { ...state, settings: stepText(state.settings, state.live.screen, command.by) };
    default:
      return act(state.overlay === 'none' ? state : { ...state, overlay: 'none' }, { type: 'move', action: command }, context);
  }
}

/** Takes a state another window posted: a newer one replaces this window's, and a podium's is kept as its report. */
function hear(state: WindowState, heard: Extract<WindowAction, { type: 'heard' }>): WindowState {
  const reported = heard.podium ? { podium: { live: heard.state, from: heard.from, heardAt: heard.at }, podiumElsewhere: null } : {};
  if (isNewer(heard.state, state.live)) return { ...state, ...reported, live: rebased(heard.state, state.live) };
  return heard.podium ? { ...state, ...reported } : state;
}

/** The window's next state after an action; the same object when nothing changes. */
export function reduce(state: WindowState, action: WindowAction, context: WindowContext): WindowState {
  switch (action.type) {
    case 'live':
      return act(state, action.action, context);
    case 'command':
      return run(state, action.command, context);
    case 'mode':
      return switchTo(state, action.mode, context);
    case 'route': {
      if (!rulesOf(state).switches) return state;
      const moved = switchTo(state, action.mode, context);
      return action.index === null ? moved : act(moved, { type: 'move', action: { type: 'goto', index: action.index } }, context);
    }
    case 'overlay':
      return { ...state, overlay: action.overlay, presses: action.overlay === 'clicker' ? [] : state.presses };
    case 'new-run':
      return act(state, { type: 'run', action: { type: 'arm-reset' } }, context);
    case 'typed':
      return action.digits === state.digits && action.missed === state.missedNumber ? state : { ...state, digits: action.digits, missedNumber: action.missed };
    case 'typed-expired':
      return state.digits === '' && state.missedNumber === null ? state : { ...state, digits: '', missedNumber: null };
    case 'pressed': {
      const press = { id: (state.presses[0]?.id ?? 0) + 1, key: action.input.key, code: action.input.code, does: action.does };
      return { ...state, presses: [press, ...state.presses.slice(0, 7)] };
    }
    case 'heard':
      return rulesOf(state).listens ? hear(state, action) : state;
    case 'podium-gone': {
      // Another podium still heard keeps its report; the speech a handover names is kept until this speech's podium is back.
      const podium = state.podium?.from === action.from ? null : state.podium;
      const podiumElsewhere = action.to === null ? state.podiumElsewhere : { speech: action.to, seenAt: action.at, handover: true };
      return { ...state, podium, podiumElsewhere };
    }
    case 'podium-silent':
      return state.podium === null ? state : { ...state, podium: null };
    case 'other-version':
      return { ...state, otherVersion: { version: action.version, seenAt: action.at } };
    case 'unknown-screen':
      return { ...state, refusedScreen: action.screen };
    case 'podium-elsewhere':
      // Said only while this speech has no podium, and never in place of where a handover went.
      if (state.podium !== null || state.podiumElsewhere?.handover === true) return state;
      return { ...state, podiumElsewhere: { speech: action.speech, seenAt: action.at, handover: false } };
    case 'fade': {
      const otherVersion = state.otherVersion && action.at - state.otherVersion.seenAt > ALIVE_MS ? null : state.otherVersion;
      const elsewhere = state.podiumElsewhere;
      const podiumElsewhere = elsewhere && !elsewhere.handover && action.at - elsewhere.seenAt > ALIVE_MS ? null : elsewhere;
      return otherVersion === state.otherVersion && podiumElsewhere === state.podiumElsewhere ? state : { ...state, otherVersion, podiumElsewhere };
    }
  }
}
