// The relay between the windows and devices of one speech.
//
// Sockets join a group named by the speech and its content fingerprint, as the page gave
// them in the handshake, so a device on another version of the speech (or another server's)
// never hears this one; a message that names another protocol, speech or version than its
// socket's group is dropped, so no page can mix versions. The relay reads no more of a message
// than it must: its identity and `type`, and for a state the `revision` and `writer` that
// order states (see src/sync/protocol.ts). The pages validate the rest, as they do between
// windows.
//
// - A state from a writer (the serving machine, a console, a standby podium) goes to every
//   other member, and is kept if it is the newest the group has seen.
// - A `hello` is answered with the newest state kept, so a device that joins takes it at
//   once; from a writer it also goes to the others, which answer with theirs (a podium that
//   kept going while the server was down thus brings everyone to its state).
// - A follower only listens: anything it sends besides `hello` is dropped.
import type { LanRole } from '../../src/sync/links.ts';
import { PROTOCOL, type Identity } from '../../src/sync/protocol.ts';

/** One member of a group: its role and how to send it a frame. */
export interface Peer {
  role: LanRole;
  send(text: string): void;
}

/** A message as the relay sees it: a JSON object with a `type`. */
export interface Frame {
  type: string;
  value: Record<string, unknown>;
  text: string;
}

/** Reads a frame, or null when it is not a JSON object with a short string `type`. */
export function readFrame(text: string): Frame | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const type = record.type;
  if (typeof type !== 'string' || type.length === 0 || type.length > 32) return null;
  return { type, value: record, text };
}

/** The order of a state message: its revision and writer, or null when it has none. */
function orderOf(frame: Frame): { revision: number; writer: string } | null {
  const state = frame.value.state;
  if (typeof state !== 'object' || state === null) return null;
  const { revision, writer } = state as Record<string, unknown>;
  return typeof revision === 'number' && typeof writer === 'string' ? { revision, writer } : null;
}

/** True when `incoming` should replace `kept`: a higher revision, or the same above 0 and a larger writer, as isNewer in src/sync/protocol.ts orders them (a revision 0 is only a window's guess). */
export function isNewerFrame(incoming: Frame, kept: Frame | null): boolean {
  if (kept === null) return true;
  const a = orderOf(incoming);
  const b = orderOf(kept);
  if (a === null || b === null) return a !== null || b === null;
  return a.revision !== b.revision ? a.revision > b.revision : a.revision > 0 && a.writer > b.writer;
}

/** True when a frame names the protocol and the group's speech and version. */
export function isOfGroup(frame: Frame, group: Identity): boolean {
  const { protocol, speech, version } = frame.value;
  return protocol === PROTOCOL && speech === group.speech && version === group.version;
}

/** The key of a group in the relay's map. */
function keyOf(group: Identity): string {
  return `${group.speech}\n${group.version}`;
}

/** May this role change the shared state? */
export function canWrite(role: LanRole): boolean {
  return role !== 'follower';
}

interface Group {
  members: Set<Peer>;
  newest: Frame | null;
}

/** What happened to a frame: passed on, or dropped because the sender may not write or it is of another version. */
export type Relayed = 'relayed' | 'dropped';

/** The groups of one server, each keeping its newest state. */
export class Relay {
  private readonly groups = new Map<string, Group>();

  constructor(
    /** Told of each state that becomes a group's newest, for the delivery record. */
    private readonly onNewest: (group: Identity, frame: Frame) => void = () => {},
  ) {}

  /** Adds a peer to a group. */
  join(group: Identity, peer: Peer): void {
    const found = this.groups.get(keyOf(group)) ?? { members: new Set(), newest: null };
    found.members.add(peer);
    this.groups.set(keyOf(group), found);
  }

  /** Removes a peer; the group's newest state outlives it. */
  leave(group: Identity, peer: Peer): void {
    this.groups.get(keyOf(group))?.members.delete(peer);
  }

  /** The newest state a group has seen, if any. */
  newest(group: Identity): Frame | null {
    return this.groups.get(keyOf(group))?.newest ?? null;
  }

  /** Handles a frame from `from`, a member of `group`. */
  receive(group: Identity, from: Peer, frame: Frame): Relayed {
    const found = this.groups.get(keyOf(group));
    if (!found || !isOfGroup(frame, group)) return 'dropped';
    if (frame.type === 'hello') {
      if (found.newest) from.send(found.newest.text);
      if (canWrite(from.role)) this.forward(found, from, frame);
      return 'relayed';
    }
    if (!canWrite(from.role)) return 'dropped';
    if (frame.type === 'state' && isNewerFrame(frame, found.newest)) {
      found.newest = frame;
      this.onNewest(group, frame);
    }
    this.forward(found, from, frame);
    return 'relayed';
  }

  /** Sends a frame to every member but its sender. */
  private forward(group: Group, from: Peer, frame: Frame): void {
    for (const member of group.members) if (member !== from) member.send(frame.text);
  }
}
