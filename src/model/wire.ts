// The sync protocol between Lectern windows (podium and console) of one speech.
//
// What travels is the whole live state (src/model/live/live.ts), never a key press: a window
// that changes something (moves, blanks, cues, starts the timer) applies the change locally
// and posts the complete new state. Every window keeps a copy; none is the master, so a
// podium or console can close or reload without taking the speech with it.
//
// Identity: every message names the speech (its folder) and its content version (the
// fingerprint). A window adopts states only from windows of the same speech and the same
// version, so an old file and a new one on the same stick, or two speakers' speeches, never
// move each other; a window of another version of the same speech is noticed and named, so
// the operator can close the wrong one. The screen travels as its identity (a point's id),
// and a screen this speech does not have is refused, never mapped by number.
//
// Order: each state carries a `revision`, one more than the state it was made from, and the
// `writer` id of the window that made it. A window adopts an incoming state only if it is
// newer: a higher revision, or the same revision and a larger writer id. A window's state at
// revision 0 is only its guess from the URL and storage, and any running window's state wins.
//
// Poison: a revision must be a safe integer. One far ahead of the receiver's (more than
// MAX_JUMP) is taken as the receiver's next revision, never as a jump: no message can push the
// counter out of reach of the honest windows. A window that takes a state under another
// revision than it came with posts it again, and a window that hears a state older than its
// own answers with its own, so windows that heard different things settle on one state.
//
// Joining: a window that opens or reloads posts `hello`; every window answers with its state,
// and the newcomer adopts the newest answer, so it joins at the current point. Open windows
// also post their state every few seconds: a window that missed a message catches up, and a
// window knows whether another version is still open.
//
// Podium reports: a podium marks what it posts with `podium: true`, so its states say what its
// screen shows; it posts the state it takes from another window at once, as its confirmation.
// A console shows the podium as these reports tell it, never its own request. A podium that
// leaves its speech posts `gone`, naming the speech it goes on to (`to`, its folder) at a
// handover, or none when it closes. A podium of another speech is heard by name only
// (`podium-elsewhere`), so a console can say where its podium went, and nothing more of it is read.
import { CUE_IDS, CUE_MAX, type Cue, type Deck, type Display, type Live } from './live/live.ts';
import { isHumanRate } from './timing/pacing.ts';
import { LONGEST_RUN_MS, type Run, type Timer } from './timing/run.ts';

/** The protocol's name and version; a message without it is not ours. */
export const PROTOCOL = 'lectern-sync/2';

/** How far ahead of the receiver's revision a state may be and keep its own: no honest session makes a million changes. */
export const MAX_JUMP = 1_000_000;

/** Who a message is from: which speech, which version of it, which window. */
export interface Identity {
  /** The speech's folder name. */
  speech: string;
  /** The content fingerprint of the version this window shows. */
  version: string;
}

/** A window asking the others for the current state. */
export interface Hello extends Identity {
  protocol: typeof PROTOCOL;
  type: 'hello';
  from: string;
}

/** A window telling the others the state it now holds. */
export interface StateMessage extends Identity {
  protocol: typeof PROTOCOL;
  type: 'state';
  from: string;
  state: Live;
  /** True from a podium: the state is what its screen shows. */
  podium?: true;
}

/** A podium leaving this speech: for the speech of folder `to` at a handover, or closing (null). */
export interface Gone extends Identity {
  protocol: typeof PROTOCOL;
  type: 'gone';
  from: string;
  to: string | null;
  podium: true;
}

/** Every message of the protocol. */
export type Message = Hello | StateMessage | Gone;

/** What a message says besides its identity and sender. */
export type Body = { type: 'hello'; podium?: true } | { type: 'state'; state: Live; podium?: true } | { type: 'gone'; to: string | null; podium: true };

/** Builds a message of this window. */
export function message(identity: Identity, from: string, body: Body): Message {
  return { protocol: PROTOCOL, speech: identity.speech, version: identity.version, from, ...body };
}

/** The longest folder name a message may name. */
const LONGEST_FOLDER = 200;

/** A speech's folder name as a message may carry it. */
function isFolder(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= LONGEST_FOLDER;
}

/** True when the incoming state should replace the current one. */
export function isNewer(incoming: Live, current: Live): boolean {
  if (incoming.revision !== current.revision) return incoming.revision > current.revision;
  return incoming.revision > 0 && incoming.writer > current.writer;
}

/** The state as this window should hold it: far-ahead revisions count as the next one. */
export function rebased(incoming: Live, current: Live): Live {
  return incoming.revision - current.revision > MAX_JUMP ? { ...incoming, revision: current.revision + 1 } : incoming;
}

/** Narrows an unknown value to a plain object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A moment as epoch milliseconds: no earlier than 1970, no later than the year 2286. */
const LATEST_MOMENT = 10 ** 13;

/** An epoch time in milliseconds. */
function isMoment(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= LATEST_MOMENT;
}

/** A duration in milliseconds a run can really last. */
function isDuration(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= LONGEST_RUN_MS;
}

/** A short id naming a window. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 64;
}

const DISPLAYS: readonly Display[] = ['text', 'black', 'white'];

/** Checks a timer. */
function isTimer(value: unknown): value is Timer {
  if (!isRecord(value)) return false;
  switch (value.status) {
    case 'idle':
      return true;
    case 'running':
      return isMoment(value.since) && isDuration(value.before);
    case 'paused':
      return isDuration(value.before);
    default:
      return false;
  }
}

/** Checks a run against the number of screens. */
function isRun(value: unknown, count: number): value is Run {
  return (
    isRecord(value) &&
    isTimer(value.timer) &&
    typeof value.resetArmed === 'boolean' &&
    Array.isArray(value.spent) &&
    value.spent.length <= count &&
    value.spent.every(isDuration)
  );
}

/** Checks a cue. */
function isCue(value: unknown): value is Cue {
  return (
    isRecord(value) &&
    Number.isSafeInteger(value.id) &&
    (value.id as number) >= 0 &&
    (value.id as number) < CUE_IDS &&
    typeof value.text === 'string' &&
    value.text.trim().length > 0 &&
    value.text.length <= CUE_MAX
  );
}

/** The most parts a point may be split into. */
export const MOST_PARTS = 64;

/** Checks a podium's splits: for points of this speech, rising offsets inside each text. */
function isSplits(value: unknown, deck: Pick<Deck, 'keys' | 'lengths'>): value is Live['splits'] {
  if (!isRecord(value)) return false;
  return Object.entries(value).every(([key, starts]) => {
    const length = deck.lengths[deck.keys.indexOf(key)] ?? 0;
    return (
      Array.isArray(starts) &&
      starts.length > 0 &&
      starts.length < MOST_PARTS &&
      starts.every((at, i) => Number.isInteger(at) && at > ((starts[i - 1] as number | undefined) ?? 0) && at < length)
    );
  });
}

/** Checks a live state against the screens of this speech. Used for messages and storage alike. */
export function isLive(value: unknown, deck: Pick<Deck, 'keys' | 'lengths'>): value is Live {
  if (!isRecord(value)) return false;
  const screens = deck.keys;
  const { revision, writer, screen, part, splits, display, cue, run, rehearsalRate, resumed } = value;
  return (
    Number.isSafeInteger(revision) &&
    (revision as number) >= 0 &&
    isId(writer) &&
    typeof screen === 'string' &&
    screens.includes(screen) &&
    isSplits(splits, deck) &&
    Number.isInteger(part) &&
    (part as number) >= 0 &&
    (part as number) < ((isRecord(splits) && Array.isArray(splits[screen]) ? splits[screen].length : 0) + 1) &&
    DISPLAYS.some((d) => d === display) &&
    (cue === null || isCue(cue)) &&
    isRun(run, screens.length) &&
    (rehearsalRate === null || isHumanRate(rehearsalRate)) &&
    typeof resumed === 'boolean'
  );
}

/** What a raw message turned out to be. */
export type Reading =
  | { kind: 'ours'; message: Message }
  /** A window of the same speech showing another version of it. */
  | { kind: 'other-version'; version: string; from: string }
  /** Ours, but naming a screen this speech does not have. */
  | { kind: 'unknown-screen'; screen: string }
  /** A podium showing another speech, by its folder name. */
  | { kind: 'podium-elsewhere'; speech: string }
  | { kind: 'ignored' };

/** Reads a raw message against this window's identity and screens; anything malformed is ignored. */
export function readMessage(data: unknown, identity: Identity, deck: Pick<Deck, 'keys' | 'lengths'>): Reading {
  const screens = deck.keys;
  if (!isRecord(data) || data.protocol !== PROTOCOL || !isId(data.from)) return { kind: 'ignored' };
  if (data.speech !== identity.speech) {
    return data.podium === true && data.type !== 'gone' && isFolder(data.speech) ? { kind: 'podium-elsewhere', speech: data.speech } : { kind: 'ignored' };
  }
  if (data.version !== identity.version) {
    return typeof data.version === 'string' && data.version.length > 0 && data.version.length <= 64
      ? { kind: 'other-version', version: data.version, from: data.from }
      : { kind: 'ignored' };
  }
  const podium = data.podium === true ? { podium: true as const } : {};
  if (data.type === 'hello') return { kind: 'ours', message: message(identity, data.from, { type: 'hello', ...podium }) };
  if (data.type === 'gone') {
    return data.podium === true && (data.to === null || isFolder(data.to))
      ? { kind: 'ours', message: message(identity, data.from, { type: 'gone', to: data.to, podium: true }) }
      : { kind: 'ignored' };
  }
  if (data.type !== 'state') return { kind: 'ignored' };
  if (isLive(data.state, deck)) return { kind: 'ours', message: message(identity, data.from, { type: 'state', state: data.state, ...podium }) };
  // Valid but for its screen: a screen this speech does not have, refused by name.
  const state = data.state;
  if (isRecord(state) && typeof state.screen === 'string' && state.screen.length <= 200 && !screens.includes(state.screen) && isLive({ ...state, screen: screens[0], part: 0 }, deck)) {
    return { kind: 'unknown-screen', screen: state.screen };
  }
  return { kind: 'ignored' };
}

/**
 * A standby podium taking over from the main one (LAN only): until it sends this, the server
 * treats a standby as a follower and relays none of its states. The server passes it on with
 * `device`, the standby's short id as *Devices* lists it, which only the server can vouch for.
 */
export interface TakeOver extends Identity {
  protocol: typeof PROTOCOL;
  type: 'take-over';
  from: string;
  device?: string;
}

/** A take-over message of this window, as a standby posts it. */
export function takeOverMessage(identity: Identity, from: string): TakeOver {
  return { protocol: PROTOCOL, speech: identity.speech, version: identity.version, type: 'take-over', from };
}

/** A device's short id as the server names it: a few capital hex digits. */
const DEVICE_ID = /^[0-9A-F]{1,16}$/;

/** Reads a take-over message of this speech and version, or null for anything else; `device` is kept only when well formed. */
export function readTakeOver(data: unknown, identity: Identity): TakeOver | null {
  if (!isRecord(data) || data.protocol !== PROTOCOL || data.type !== 'take-over' || !isId(data.from)) return null;
  if (data.speech !== identity.speech || data.version !== identity.version) return null;
  const device = typeof data.device === 'string' && DEVICE_ID.test(data.device) ? { device: data.device } : {};
  return { ...takeOverMessage(identity, data.from), ...device };
}
