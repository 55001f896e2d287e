// The relay between the windows and devices of the speeches this server serves.
//
// Sockets join a group named by the speech and its content fingerprint, as the page gave them
// in the handshake; only the speeches and versions of the page this server sends have a group
// (served.ts), so a socket naming any other is refused and nothing is created for it. Every
// message is read with the pages' own schema, against the group's screens (readMessage in
// src/model/wire.ts): a state naming a screen the speech does not have, a cue longer than the
// console allows, a revision that is not a safe integer, or anything of another protocol,
// speech or version is dropped, never relayed, kept or recorded. States are ordered as the
// pages order them (isNewer), and a revision far ahead of the newest is taken as the next one
// (rebased), so no message can freeze the order.
//
// - A state from a writer (the serving machine, a console, a standby podium) goes to every
//   other member, and is kept if it is the newest the group has seen.
// - A `hello` is answered with the newest state kept (and the last take-over, if any), so a
//   device that joins takes it at once; from a writer it also goes to the others, which answer with theirs (a podium that
//   kept going while the server was down thus brings everyone to its state).
// - A follower only listens: anything it sends besides `hello` is dropped.
// - A standby podium is a follower until it takes over: it sends `take-over` (its first own
//   move), which the relay passes on to the group with the device's short id, tells the
//   server (for its log and the delivery record), and from then on treats that pairing as a
//   writer and a podium. A take-over from any other role is dropped; a repeated one (after a
//   reconnection) changes nothing and is not passed on again.
// - A podium's report (a state marked `podium`) is believed only from a role that can be a
//   podium (the serving machine, a standby podium): a paired console's mark is taken off. Such
//   reports, and nothing a console asks for, go to the delivery record; the kept state carries
//   no mark, so a newcomer never takes a podium's word from the server's memory. A podium's
//   `gone` is passed on as it came.
import type { Live } from '../src/model/live/live.ts';
import type { LanRole } from '../src/model/lan.ts';
import { isNewer, PROTOCOL, readMessage, readTakeOver, rebased, type Identity, type StateMessage, type TakeOver } from '../src/model/wire.ts';
import type { ServedSpeech } from './served.ts';

/** One member of a group: its role, its pairing (none for the serving machine) and how to send it a frame. */
export interface Peer {
  role: LanRole;
  /** The paired device, by its short id: one object per pairing, so a new pairing under a reused id has not taken over. */
  device?: { readonly id: string };
  send(text: string): void;
}

/** Reads a frame's JSON, or undefined when it is not JSON at all (the socket is then closed as malformed). */
export function readFrame(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The key of a group in the relay's map. */
function keyOf(group: Identity): string {
  return `${group.speech}\n${group.version}`;
}

/** May this role change the shared state? A standby only once it has taken over (`tookOver`). */
export function canWrite(role: LanRole, tookOver = false): boolean {
  return role === 'standby' ? tookOver : role !== 'follower';
}

/** Can a page of this role be a podium, whose word on what it shows is believed? A standby only once it has taken over. */
export function canBePodium(role: LanRole, tookOver = false): boolean {
  return role === 'host' || (role === 'standby' && tookOver);
}

interface Group {
  speech: ServedSpeech;
  members: Set<Peer>;
  newest: StateMessage | null;
  /** The last take-over passed on, for pages that join later. */
  takenOver: TakeOver | null;
}

/** What happened to a frame: passed on, or dropped because the sender may not write or it is not a valid message of the group. */
export type Relayed = 'relayed' | 'dropped';

/** Told when a standby takes over a group's podium, with the device's short id. */
export type OnTakeOver = (group: Identity, device: string) => void;

/** The groups of one server, one per speech it serves, each keeping its newest state. */
export class Relay {
  private readonly groups = new Map<string, Group>();
  /** The standby pairings that have taken over: writers and podiums from then on, in every group. */
  private readonly tookOver = new WeakSet<object>();

  constructor(
    speeches: readonly ServedSpeech[],
    /** Told of each state a podium reports showing, for the delivery record. */
    private readonly onShown: (group: Identity, state: Live) => void = () => {},
    /** Told of each standby that takes over, for the log and the delivery record. */
    private readonly onTakeOver: OnTakeOver = () => {},
  ) {
    for (const speech of speeches) this.groups.set(keyOf(speech.identity), { speech, members: new Set(), newest: null, takenOver: null });
  }

  /** Is this a speech and version the server serves? */
  knows(group: Identity): boolean {
    return this.groups.has(keyOf(group));
  }

  /** Adds a peer to a group; false (and nothing added) for a group the server does not serve. */
  join(group: Identity, peer: Peer): boolean {
    const found = this.groups.get(keyOf(group));
    found?.members.add(peer);
    return found !== undefined;
  }

  /** Removes a peer; the group's newest state outlives it. */
  leave(group: Identity, peer: Peer): void {
    this.groups.get(keyOf(group))?.members.delete(peer);
  }

  /** The newest state a group has seen, if any. */
  newest(group: Identity): StateMessage | null {
    return this.groups.get(keyOf(group))?.newest ?? null;
  }

  /** Has this peer's pairing taken over as the podium? */
  private hasTakenOver(peer: Peer): boolean {
    return peer.device !== undefined && this.tookOver.has(peer.device);
  }

  /** Handles a parsed frame from `from`, a member of `group`. */
  receive(group: Identity, from: Peer, data: unknown): Relayed {
    const found = this.groups.get(keyOf(group));
    if (!found?.members.has(from)) return 'dropped';
    const takeOver = readTakeOver(data, found.speech.identity);
    if (takeOver) return this.takeOver(found, from, takeOver);
    const reading = readMessage(data, found.speech.identity, found.speech.deck);
    if (reading.kind !== 'ours') return 'dropped';
    const incoming = reading.message;
    if (incoming.type === 'hello') {
      if (found.newest) from.send(JSON.stringify(found.newest));
      if (found.takenOver) from.send(JSON.stringify(found.takenOver));
      if (canWrite(from.role, this.hasTakenOver(from))) this.forward(found, from, JSON.stringify(incoming));
      return 'relayed';
    }
    const tookOver = this.hasTakenOver(from);
    if (!canWrite(from.role, tookOver)) return 'dropped';
    const podium = incoming.podium === true && canBePodium(from.role, tookOver);
    if (incoming.type === 'gone') {
      if (!podium) return 'dropped';
      this.forward(found, from, JSON.stringify(incoming));
      return 'relayed';
    }
    const kept = found.newest?.state;
    const state = rebased(incoming.state, kept ?? { ...incoming.state, revision: 0 });
    const relayed: StateMessage = { protocol: PROTOCOL, ...found.speech.identity, type: 'state', from: incoming.from, state };
    if (!kept || isNewer(state, kept)) found.newest = relayed;
    if (podium) this.onShown(found.speech.identity, state);
    this.forward(found, from, JSON.stringify(podium ? { ...relayed, podium: true } : relayed));
    return 'relayed';
  }

  /** A standby's take-over: its pairing becomes a writer and a podium, and the group hears which device it is. */
  private takeOver(group: Group, from: Peer, message: TakeOver): Relayed {
    if (from.role !== 'standby' || from.device === undefined) return 'dropped';
    // Said again after a reconnection: already a writer, and the group already heard it.
    if (this.tookOver.has(from.device)) return 'dropped';
    this.tookOver.add(from.device);
    this.onTakeOver(group.speech.identity, from.device.id);
    const relayed: TakeOver = { protocol: PROTOCOL, ...group.speech.identity, type: 'take-over', from: message.from, device: from.device.id };
    group.takenOver = relayed;
    this.forward(group, from, JSON.stringify(relayed));
    return 'relayed';
  }

  /** Sends a frame to every member but its sender. */
  private forward(group: Group, from: Peer, text: string): void {
    for (const member of group.members) if (member !== from) member.send(text);
  }
}
