// Pairing devices with the serving machine, and the tokens that say who they are.
//
// A device gets a role only through the serving machine, as TV and phone pairing does it. No
// code is live until the operator asks for one (*Add a device* on the laptop's console, or
// `--print-codes` in the terminal): eight random digits for one role, good once, for two
// minutes and for three wrong tries in all, from whatever address; then it is void and the
// console says who tried. Or a device asks to join and the operator, comparing the short code
// both screens show, approves it. Either way it receives a token: 256 random bits, kept by this
// object in memory only, so every token dies with the server. A token expires, can be revoked
// from the console, and is checked on every request and every WebSocket message. Wrong codes
// are logged with their address and counted per address: past the limit, that address (and
// only that one) is refused until the window ends, right or wrong. The serving machine itself
// never pairs and is never limited, so its console can always add a device.
import { randomBytes, randomInt } from 'node:crypto';
import type { DeviceRole } from '../src/model/lan.ts';
import { WindowCounter } from './limits.ts';


/** A paired device. `id` is short, for people to read; `token` is the secret. */
export interface Device {
  id: string;
  label: string;
  /** The address it paired from, as people read it. */
  address: string;
  role: DeviceRole;
  token: string;
  expires: number;
}

/** A device asking to join, until the console answers. `id` is a secret the asking device polls with. */
export interface JoinRequest {
  id: string;
  deviceId: string;
  /** What the asking browser says it is ("Tablet"): its own claim, never proof. */
  kind: string;
  label: string;
  address: string;
  /** A short code the asking device shows too, so the operator approves the device in hand. */
  compare: string;
  at: number;
  answer: { role: DeviceRole } | 'refused' | null;
}

/** A one-time code for a role, and the addresses that tried a wrong one while it was live. */
export interface Code {
  role: DeviceRole;
  code: string;
  expires: number;
  wrong: string[];
}

/** Why a code stopped working before it was used, for the console to say. */
export interface Withdrawn {
  role: DeviceRole;
  at: number;
  message: string;
}

/** The outcome of trying a code. */
export type Redeemed = { ok: true; device: Device } | { ok: false; reason: 'wrong' } | { ok: false; reason: 'limited'; retryAfterMs: number };

/** Why a request to join was not taken. */
export type AskRefused = { reason: 'waiting' } | { reason: 'full' } | { reason: 'refused'; retryAfterMs: number };

/** How long things last and how many tries are allowed. */
export interface PairingLimits {
  codeTtlMs: number;
  /** Wrong tries, from any address, that void every live code. */
  wrongPerCode: number;
  tokenTtlMs: number;
  requestTtlMs: number;
  wrongPerAddress: number;
  wrongWindowMs: number;
  /** How long an address whose request was refused waits before asking again. */
  refusedWaitMs: number;
  /** Requests waiting in all: far more than a room of devices, only to bound memory. */
  pendingMax: number;
}

/** The defaults: a code lasts 2 minutes or 3 wrong tries, a pairing 12 hours (a long day of events). */
export const PAIRING_LIMITS: PairingLimits = {
  codeTtlMs: 2 * 60_000,
  wrongPerCode: 3,
  tokenTtlMs: 12 * 60 * 60_000,
  requestTtlMs: 2 * 60_000,
  wrongPerAddress: 5,
  wrongWindowMs: 60_000,
  refusedWaitMs: 60_000,
  pendingMax: 100,
};

/** The number of digits of a pairing code. */
export const CODE_DIGITS = 8;

/** An eight-digit code, uniformly random. */
function newCode(): string {
  return String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0');
}

/** A four-digit comparison code, uniformly random. */
function newCompare(): string {
  return String(randomInt(0, 10_000)).padStart(4, '0');
}

/** An address as people read it: an IPv4 address without its IPv6 wrapping. */
export function shownAddress(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');
}

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** What the console and the terminal say when wrong tries void a code. */
export function withdrawnMessage(tries: number, addresses: readonly string[]): string {
  return `${tries} wrong code${tries === 1 ? '' : 's'} from ${listed([...new Set(addresses)])}: code withdrawn`;
}

/** What kind of device a browser says it is, for its label. */
export function deviceKind(userAgent: string | undefined): string {
  const ua = userAgent ?? '';
  if (/iPad|Tablet/i.test(ua) || (/Android/i.test(ua) && !/Mobile/i.test(ua))) return 'Tablet';
  if (/Mobile|iPhone/i.test(ua)) return 'Phone';
  return 'Computer';
}

/** The pairing state of one server: codes, requests to join, and paired devices. */
export class Pairing {
  private readonly current = new Map<DeviceRole, Code>();
  private readonly devices = new Map<string, Device>();
  private readonly requests = new Map<string, JoinRequest>();
  private readonly wrongByAddress: WindowCounter;
  private readonly refusedAt = new Map<string, number>();
  private notices: Withdrawn[] = [];

  constructor(
    private readonly now: () => number = Date.now,
    private readonly limits: PairingLimits = PAIRING_LIMITS,
    /** Told of every wrong code and every withdrawn one, for the terminal. */
    private readonly log: (line: string) => void = () => {},
  ) {
    this.wrongByAddress = new WindowCounter(limits.wrongPerAddress, limits.wrongWindowMs);
  }

  /** The live codes, oldest role first; expired ones are dropped. */
  codes(): Code[] {
    const now = this.now();
    for (const [role, code] of this.current) if (code.expires <= now) this.current.delete(role);
    return [...this.current.values()];
  }

  /** Makes a fresh code for a role, replacing the role's live one: only the operator calls this. */
  issue(role: DeviceRole): Code {
    const used = new Set(this.codes().map((c) => c.code));
    let code = newCode();
    while (used.has(code)) code = newCode();
    const fresh = { role, code, expires: this.now() + this.limits.codeTtlMs, wrong: [] };
    this.current.set(role, fresh);
    this.notices = this.notices.filter((n) => n.role !== role);
    return fresh;
  }

  /** Voids the live code of a role, if any. */
  withdraw(role: DeviceRole): void {
    this.current.delete(role);
  }

  /** Why codes were voided by wrong tries, newest last, until the operator makes a new one for that role. */
  withdrawn(): Withdrawn[] {
    return [...this.notices];
  }

  /** Pairs the device at `address` if `code` is a live code, which is then used up. */
  redeem(code: string, address: string, userAgent?: string): Redeemed {
    const now = this.now();
    const wait = this.wrongByAddress.waitFor(address, now);
    if (wait > 0) return { ok: false, reason: 'limited', retryAfterMs: wait };
    const typed = code.replace(/\s/g, '');
    const match = this.codes().find((c) => c.code === typed);
    if (!match) {
      this.wrongByAddress.count(address, now);
      this.wrong(address);
      return { ok: false, reason: 'wrong' };
    }
    this.current.delete(match.role);
    return { ok: true, device: this.pair(match.role, address, userAgent) };
  }

  /** Logs a wrong code and counts it against every live code, voiding those that reach the limit. */
  private wrong(address: string): void {
    const shown = shownAddress(address);
    const live = this.codes();
    this.log(`  Wrong pairing code from ${shown}${live.length === 0 ? ' (no code was live)' : ''}.`);
    for (const code of live) {
      code.wrong.push(shown);
      if (code.wrong.length < this.limits.wrongPerCode) continue;
      this.current.delete(code.role);
      const message = withdrawnMessage(code.wrong.length, code.wrong);
      this.notices = [...this.notices.filter((n) => n.role !== code.role), { role: code.role, at: this.now(), message }];
      this.log(`  ${message} (${code.role}). Make a new one on the console.`);
    }
  }

  /** A short id no paired device or waiting request has. */
  private newDeviceId(): string {
    const taken = new Set([...this.devices.values(), ...this.requests.values()].map((d) => ('deviceId' in d ? d.deviceId : d.id)));
    let id = randomBytes(2).toString('hex').toUpperCase();
    while (taken.has(id)) id = randomBytes(2).toString('hex').toUpperCase();
    return id;
  }

  /** Makes a new paired device with a fresh token; a device that asked keeps the id it was shown under. */
  private pair(role: DeviceRole, address: string, userAgent: string | undefined, id = this.newDeviceId(), label = `${deviceKind(userAgent)} ${id}`): Device {
    const device = { id, label, address: shownAddress(address), role, token: randomBytes(32).toString('base64url'), expires: this.now() + this.limits.tokenTtlMs };
    this.devices.set(device.token, device);
    return device;
  }

  /** The device a token belongs to, or null for a wrong, expired or revoked token. */
  check(token: string | undefined): Device | null {
    if (!token) return null;
    const device = this.devices.get(token);
    if (!device) return null;
    if (device.expires <= this.now()) {
      this.devices.delete(token);
      return null;
    }
    return device;
  }

  /** Revokes the device with short id `id`; returns its token (to close its sockets), or null. */
  revoke(id: string): string | null {
    for (const [token, device] of this.devices) {
      if (device.id === id) {
        this.devices.delete(token);
        return token;
      }
    }
    return null;
  }

  /** The paired devices, oldest first, with expired ones dropped. */
  paired(): Device[] {
    return [...this.devices.values()].filter((d) => this.check(d.token) !== null);
  }

  /**
   * Records a device's request to join, or says why not: one waiting request per address, a
   * pause after a refusal, and a bound on all waiting requests that a room never reaches.
   */
  ask(address: string, userAgent: string | undefined): JoinRequest | AskRefused {
    const waiting = this.pending();
    if (waiting.some((r) => r.address === address)) return { reason: 'waiting' };
    const refused = this.refusedAt.get(address);
    if (refused !== undefined) {
      const wait = refused + this.limits.refusedWaitMs - this.now();
      if (wait > 0) return { reason: 'refused', retryAfterMs: wait };
      this.refusedAt.delete(address);
    }
    if (waiting.length >= this.limits.pendingMax) return { reason: 'full' };
    const deviceId = this.newDeviceId();
    const kind = deviceKind(userAgent);
    const taken = new Set(waiting.map((r) => r.compare));
    let compare = newCompare();
    while (taken.has(compare)) compare = newCompare();
    const request: JoinRequest = { id: randomBytes(16).toString('base64url'), deviceId, kind, label: `${kind} ${deviceId}`, address, compare, at: this.now(), answer: null };
    this.requests.set(request.id, request);
    return request;
  }

  /** The requests still waiting for an answer, oldest first. */
  pending(): JoinRequest[] {
    this.dropOldRequests();
    return [...this.requests.values()].filter((r) => r.answer === null);
  }

  /** When a waiting request lapses unanswered. */
  expiresAt(request: JoinRequest): number {
    return request.at + this.limits.requestTtlMs;
  }

  /** Answers a request: a role approves it, null refuses it. False when there is no such request. */
  answer(id: string, role: DeviceRole | null): boolean {
    this.dropOldRequests();
    const request = this.requests.get(id);
    if (!request || request.answer !== null) return false;
    request.answer = role === null ? 'refused' : { role };
    if (role === null) {
      this.refusedAt.set(request.address, this.now());
      if (this.refusedAt.size > 10_000) this.refusedAt.clear();
    }
    return true;
  }

  /**
   * What the asking device learns when it polls: still waiting, refused, or approved with its
   * new device (handed out once: the request is then forgotten). Null for an unknown request.
   */
  collect(id: string, userAgent?: string): { status: 'pending' } | { status: 'refused' } | { status: 'approved'; device: Device } | null {
    this.dropOldRequests();
    const request = this.requests.get(id);
    if (!request) return null;
    if (request.answer === null) return { status: 'pending' };
    this.requests.delete(id);
    if (request.answer === 'refused') return { status: 'refused' };
    return { status: 'approved', device: this.pair(request.answer.role, request.address, userAgent, request.deviceId, request.label) };
  }

  /** Forgets requests older than their time to live. */
  private dropOldRequests(): void {
    const now = this.now();
    for (const [id, request] of this.requests) if (now - request.at >= this.limits.requestTtlMs) this.requests.delete(id);
  }
}
