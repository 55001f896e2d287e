// What the serving machine's console learns from the LAN server (GET /lan/admin) and the
// answers it sends back: the pairing codes the operator made, with their QR codes and why any
// was withdrawn, the devices asking to join (address and comparison code), and the paired devices. The server is this machine's own, but its answer is checked all
// the same before the console shows it.
import { DEVICE_ROLES, type DeviceRole } from '../../model/lan.ts';


/** The pairing state the console shows. */
export interface LanAdmin {
  network: string[];
  /** True when the network is served over HTTPS with the organisation's certificate. */
  secure: boolean;
  codes: { role: DeviceRole; code: string; link: string; qr: string; expiresInMs: number }[];
  withdrawn: { role: DeviceRole; message: string }[];
  pending: { id: string; kind: string; address: string; compare: string; expiresInMs: number }[];
  /** Paired devices, and those whose pairing ended (`ended`) while their sockets are still closing. */
  devices: { id: string; label: string; address: string; role: DeviceRole; connected: boolean; ended: 'expired' | 'revoked' | null }[];
}

/** Why a device still listed is no longer paired. */
const ENDED = ['expired', 'revoked'] as const;

/** Narrows to a plain object. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A role, or null. */
function roleOf(value: unknown): DeviceRole | null {
  return DEVICE_ROLES.find((r) => r === value) ?? null;
}

/** Strings only. */
function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A finite number, or the fallback. */
function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** Reads the server's answer, keeping only well-formed entries; null when it is not an answer at all. */
export function readLanAdmin(value: unknown): LanAdmin | null {
  if (!isRecord(value) || !Array.isArray(value.codes) || !Array.isArray(value.pending) || !Array.isArray(value.devices)) return null;
  const codes = value.codes.flatMap((c) => {
    const role = isRecord(c) ? roleOf(c.role) : null;
    return isRecord(c) && role && typeof c.code === 'string' && typeof c.link === 'string' && typeof c.qr === 'string' && c.qr.startsWith('data:image/svg+xml;base64,')
      ? [{ role, code: c.code, link: c.link, qr: c.qr, expiresInMs: numberOr(c.expiresInMs, 0) }]
      : [];
  });
  const withdrawn = (Array.isArray(value.withdrawn) ? value.withdrawn : []).flatMap((w) => {
    const role = isRecord(w) ? roleOf(w.role) : null;
    return isRecord(w) && role && typeof w.message === 'string' ? [{ role, message: w.message }] : [];
  });
  const pending = value.pending.flatMap((r) =>
    isRecord(r) && typeof r.id === 'string' && typeof r.address === 'string' && typeof r.compare === 'string'
      ? [{ id: r.id, kind: typeof r.kind === 'string' ? r.kind : 'Device', address: r.address, compare: r.compare, expiresInMs: numberOr(r.expiresInMs, 0) }]
      : [],
  );
  const devices = value.devices.flatMap((d) => {
    const role = isRecord(d) ? roleOf(d.role) : null;
    return isRecord(d) && role && typeof d.id === 'string' && typeof d.label === 'string'
      ? [{ id: d.id, label: d.label, address: typeof d.address === 'string' ? d.address : '', role, connected: d.connected === true, ended: ENDED.find((e) => e === d.ended) ?? null }]
      : [];
  });
  return { network: strings(value.network), secure: value.secure === true, codes, withdrawn, pending, devices };
}

/** Calls the server: `fetch` is passed in so tests can answer. */
export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** Fetches the pairing state; null when the server cannot be reached or answers nonsense. */
export async function fetchLanAdmin(fetcher: Fetch): Promise<LanAdmin | null> {
  try {
    const response = await fetcher('/lan/admin', { cache: 'no-store' });
    return response.ok ? readLanAdmin(await response.json()) : null;
  } catch {
    return null;
  }
}

/** What the console asks of the server: make or withdraw a code, answer a request, revoke a device. */
export type LanAdminAction = 'code' | 'withdraw' | 'answer' | 'revoke';

/** Sends an answer (approve with a role, refuse with null) or a revocation; the new pairing state, or null. */
export async function sendLanAdmin(fetcher: Fetch, path: LanAdminAction, body: Record<string, unknown>): Promise<LanAdmin | null> {
  try {
    const response = await fetcher(`/lan/admin/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return response.ok ? readLanAdmin(await response.json()) : null;
  } catch {
    return null;
  }
}
