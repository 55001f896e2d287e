// The sync protocol between Lectern windows (podium and console) on one machine.
//
// What travels is the whole shared state (state.ts), never a key press: a window that
// changes something (moves, blanks, cues, starts the timer) applies the change locally and
// posts the complete new state on a BroadcastChannel. Every window keeps a copy of that
// state; none is the master, so a podium or console can close or reload without taking the
// speech with it.
//
// Who owns the state: the latest revision. Each state carries a `revision`, one more than the
// state it was made from, and the `writer` id of the window that made it. A window adopts an
// incoming state only if it is newer: a higher revision, or the same revision and a larger
// writer id when two windows changed the same revision at once. Since every window applies
// the same rule, all of them settle on the same state whichever moved. A window's state at
// revision 0 is only its guess from the URL and storage, and any running window's state wins.
//
// Joining: a window that opens or reloads posts `hello`; every window answers with its
// state, and the newcomer adopts the newest answer, so it joins at the current point. Even
// a point named in its URL gives way: a reloading window's URL may lag behind the speech,
// and a reload must never pull the podium back.
//
// Trust: other tabs, other speeches and other versions may share the channel. Every message
// is checked by `readMessage` before use; anything malformed, from another protocol version,
// for another speech, or pointing outside this speech is ignored.
import { CUE_MAX, type Display, type Shared } from './state.ts';
import type { Run, Timer } from '../timing/run.ts';

/** The protocol's name and version; a message without it is not ours. */
export const PROTOCOL = 'lectern-sync/1';

/** A window asking the others for the current state. */
export interface Hello {
  protocol: typeof PROTOCOL;
  speech: string;
  type: 'hello';
  from: string;
}

/** A window telling the others the state it now holds. */
export interface StateMessage {
  protocol: typeof PROTOCOL;
  speech: string;
  type: 'state';
  from: string;
  state: Shared;
}

/** Every message of the protocol. */
export type Message = Hello | StateMessage;

/** The question a joining window asks. */
export function hello(speech: string, from: string): Hello {
  return { protocol: PROTOCOL, speech, type: 'hello', from };
}

/** The message carrying a state. */
export function stateMessage(speech: string, from: string, state: Shared): StateMessage {
  return { protocol: PROTOCOL, speech, type: 'state', from, state };
}

/** True when the incoming state should replace the current one. */
export function isNewer(incoming: Shared, current: Shared): boolean {
  if (incoming.revision !== current.revision) return incoming.revision > current.revision;
  return incoming.revision > 0 && incoming.writer > current.writer;
}

/** Narrows an unknown value to a plain object. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finite number at least 0. */
function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** A short id naming a window. */
function isId(value: unknown): value is string {
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
      return isTime(value.since) && isTime(value.before);
    case 'paused':
      return isTime(value.before);
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
    value.spent.every(isTime)
  );
}

/** Checks a shared state against the number of screens of this speech. */
export function isShared(value: unknown, count: number): value is Shared {
  if (!isRecord(value)) return false;
  const { revision, writer, index, display, cue, run } = value;
  return (
    Number.isSafeInteger(revision) &&
    (revision as number) >= 0 &&
    isId(writer) &&
    Number.isInteger(index) &&
    (index as number) >= 0 &&
    (index as number) < count &&
    DISPLAYS.some((d) => d === display) &&
    (cue === null ||
      (isRecord(cue) &&
        Number.isSafeInteger(cue.id) &&
        typeof cue.text === 'string' &&
        cue.text.length > 0 &&
        cue.text.length <= CUE_MAX)) &&
    isRun(run, count)
  );
}

/** The message in `data` if it is a valid message of this protocol for this speech, else null. */
export function readMessage(data: unknown, speech: string, count: number): Message | null {
  if (!isRecord(data) || data.protocol !== PROTOCOL || data.speech !== speech || !isId(data.from)) return null;
  if (data.type === 'hello') return hello(speech, data.from);
  if (data.type === 'state' && isShared(data.state, count)) return stateMessage(speech, data.from, data.state);
  return null;
}
