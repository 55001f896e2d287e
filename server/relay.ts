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
// - A `hello` is answered with the newest state kept, so a device that joins takes it at
//   once; from a writer it also goes to the others, which answer with theirs (a podium that
//   kept going while the server was down thus brings everyone to its state).
// - A follower only listens: anything it sends besides `hello` is dropped.
// - A podium's report (a state marked `podium`) is believed only from a role that can be a
//   podium (the serving machine, a standby podium): a paired console's mark is taken off. Such
//   reports, and nothing a console asks for, go to the delivery record; the kept state carries
//   no mark, so a newcomer never takes a podium's word from the server's memory. A podium's
//   `gone` is passed on as it came.
import type { Live } from '../src/model/live/live.ts';
import type { LanRole } from '../src/app/sync/links.ts';
import { isNewer, PROTOCOL, readMessage, rebased, type Identity, type StateMessage } from '../src/model/wire.ts';
import type { ServedSpeech } from './served.ts';

/** One member of a group: its role and how to send it a frame. */
export interface Peer {
  role: LanRole;
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

/** May this role change the shared state? */
export function canWrite(role: LanRole): boolean {
  return role !== 'follower';
}

/** Can a page of this role be a podium, whose word on what it shows is believed? */
export function canBePodium(role: LanRole): boolean {
  return role === 'host' || role === 'standby';
}

interface Group {
  speech: ServedSpeech;
  members: Set<Peer>;
  newest: StateMessage | null;
}

/** What happened to a frame: passed on, or dropped because the sender may not write or it is not a valid message of the group. */
export type Relayed = 'relayed' | 'dropped';

/** The groups of one server, one per speech it serves, each keeping its newest state. */
export class Relay {
  private readonly groups = new Map<string, Group>();

  constructor(
    speeches: readonly ServedSpeech[],
    /** Told of each state a podium reports showing, for the delivery record. */
    private readonly onShown: (group: Identity, state: Live) => void = () => {},
  ) {
    for (const speech of speeches) this.groups.set(keyOf(speech.identity), { speech, members: new Set(), newest: null });
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

  /** Handles a parsed frame from `from`, a member of `group`. */
  receive(group: Identity, from: Peer, data: unknown): Relayed {
    const found = this.groups.get(keyOf(group));
    if (!found?.members.has(from)) return 'dropped';
    const reading = readMessage(data, found.speech.identity, found.speech.deck);
    if (reading.kind !== 'ours') return 'dropped';
    const incoming = reading.message;
    if (incoming.type === 'hello') {
      if (found.newest) from.send(JSON.stringify(found.newest));
      if (canWrite(from.role)) this.forward(found, from, JSON.stringify(incoming));
      return 'relayed';
    }
    if (!canWrite(from.role)) return 'dropped';
    const podium = incoming.podium === true && canBePodium(from.role);
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

  /** Sends a frame to every member but its sender. */
  private forward(group: Group, from: Peer, text: string): void {
    for (const member of group.members) if (member !== from) member.send(text);
  }
}
