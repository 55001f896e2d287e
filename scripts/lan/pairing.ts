// Pairing devices with the serving machine, and the tokens that say who they are.
//
// A device gets a role only through the serving machine: with a one-time code shown on its
// console and printed in its terminal (one code per role, each used once, renewed when used
// or expired), or by asking to join and being approved there. Either way it receives a
// token: 256 random bits, kept by this object in memory only, so every token dies with the
// server. A token expires, can be revoked from the console, and is checked on every request
// and every WebSocket message. Wrong codes are counted per address and in all: past the
// limit, every attempt is refused until the window ends, right or wrong.
import { randomBytes, randomInt } from 'node:crypto';
import { DEVICE_ROLES, type DeviceRole } from '../../src/sync/links.ts';
import { WindowCounter } from './limits.ts';


/** A paired device. `id` is short, for people to read; `token` is the secret. */
export interface Device {
  id: string;
  label: string;
  role: DeviceRole;
  token: string;
  expires: number;
}

/** A device asking to join, until the console answers. `id` is a secret the asking device polls with. */
export interface JoinRequest {
  id: string;
  deviceId: string;
  label: string;
  address: string;
  at: number;
  answer: { role: DeviceRole } | 'refused' | null;
}

/** A one-time code for a role. */
export interface Code {
  role: DeviceRole;
  code: string;
  expires: number;
}

/** The outcome of trying a code. */
export type Redeemed = { ok: true; device: Device } | { ok: false; reason: 'wrong' } | { ok: false; reason: 'limited'; retryAfterMs: number };

/** How long things last and how many tries are allowed. */
export interface PairingLimits {
  codeTtlMs: number;
  tokenTtlMs: number;
  requestTtlMs: number;
  wrongPerAddress: number;
  wrongInAll: number;
  wrongWindowMs: number;
  pendingMax: number;
}

/** The defaults: a code lasts 10 minutes, a pairing 12 hours (a long day of events). */
export const PAIRING_LIMITS: PairingLimits = {
  codeTtlMs: 10 * 60_000,
  tokenTtlMs: 12 * 60 * 60_000,
  requestTtlMs: 2 * 60_000,
  wrongPerAddress: 5,
  wrongInAll: 30,
  wrongWindowMs: 60_000,
  pendingMax: 10,
};

/** A six-digit code, uniformly random. */
function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
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
  private readonly wrongInAll: WindowCounter;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly limits: PairingLimits = PAIRING_LIMITS,
    /** Told when a code is renewed (after use or expiry), so the terminal can print it. */
    private readonly onCode: (code: Code) => void = () => {},
  ) {
    this.wrongByAddress = new WindowCounter(limits.wrongPerAddress, limits.wrongWindowMs);
    this.wrongInAll = new WindowCounter(limits.wrongInAll, limits.wrongWindowMs);
  }

  /** The current code of each role, renewing any that expired. */
  codes(): Code[] {
    return DEVICE_ROLES.map((role) => {
      const code = this.current.get(role);
      return code && code.expires > this.now() ? code : this.renew(role);
    });
  }

  /** Replaces the code of a role with a fresh one. */
  private renew(role: DeviceRole): Code {
    const used = new Set([...this.current.values()].map((c) => c.code));
    let code = newCode();
    while (used.has(code)) code = newCode();
    const fresh = { role, code, expires: this.now() + this.limits.codeTtlMs };
    const renewed = this.current.has(role);
    this.current.set(role, fresh);
    if (renewed) this.onCode(fresh);
    return fresh;
  }

  /** Pairs the device at `address` if `code` is a current code; a used code is renewed at once. */
  redeem(code: string, address: string, userAgent?: string): Redeemed {
    const now = this.now();
    const wait = Math.max(this.wrongByAddress.waitFor(address, now), this.wrongInAll.waitFor('all', now));
    if (wait > 0) return { ok: false, reason: 'limited', retryAfterMs: wait };
    const match = this.codes().find((c) => c.code === code.replace(/\s/g, ''));
    if (!match) {
      this.wrongByAddress.count(address, now);
      this.wrongInAll.count('all', now);
      return { ok: false, reason: 'wrong' };
    }
    this.renew(match.role);
    return { ok: true, device: this.pair(match.role, userAgent) };
  }

  /** A short id no paired device or waiting request has. */
  private newDeviceId(): string {
    const taken = new Set([...this.devices.values(), ...this.requests.values()].map((d) => ('deviceId' in d ? d.deviceId : d.id)));
    let id = randomBytes(2).toString('hex').toUpperCase();
    while (taken.has(id)) id = randomBytes(2).toString('hex').toUpperCase();
    return id;
  }

  /** Makes a new paired device with a fresh token; a device that asked keeps the id it was shown under. */
  private pair(role: DeviceRole, userAgent: string | undefined, id = this.newDeviceId(), label = `${deviceKind(userAgent)} ${id}`): Device {
    const device = { id, label, role, token: randomBytes(32).toString('base64url'), expires: this.now() + this.limits.tokenTtlMs };
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

  /** Records a device's request to join; null when too many are already waiting. */
  ask(address: string, userAgent: string | undefined): JoinRequest | null {
    const waiting = this.pending();
    if (waiting.length >= this.limits.pendingMax || waiting.filter((r) => r.address === address).length >= 2) return null;
    const deviceId = this.newDeviceId();
    const label = `${deviceKind(userAgent)} ${deviceId}`;
    const request: JoinRequest = { id: randomBytes(16).toString('base64url'), deviceId, label, address, at: this.now(), answer: null };
    this.requests.set(request.id, request);
    return request;
  }

  /** The requests still waiting for an answer. */
  pending(): JoinRequest[] {
    this.dropOldRequests();
    return [...this.requests.values()].filter((r) => r.answer === null);
  }

  /** Answers a request: a role approves it, null refuses it. False when there is no such request. */
  answer(id: string, role: DeviceRole | null): boolean {
    this.dropOldRequests();
    const request = this.requests.get(id);
    if (!request || request.answer !== null) return false;
    request.answer = role === null ? 'refused' : { role };
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
    return { status: 'approved', device: this.pair(request.answer.role, userAgent, request.deviceId, request.label) };
  }

  /** Forgets requests older than their time to live. */
  private dropOldRequests(): void {
    const now = this.now();
    for (const [id, request] of this.requests) if (now - request.at >= this.limits.requestTtlMs) this.requests.delete(id);
  }
}
