// What the serving machine's console learns from the LAN server (GET /lan/admin) and the
// answers it sends back: the pairing codes the operator made, with their QR codes and why any
// was withdrawn, the devices asking to join (address and comparison code), and the paired devices. The server is this machine's own, but its answer is checked all
// the same, with the wire schema (src/model/wire.ts), before the console shows it.
import { readLanAdmin, type LanAdmin } from '../../model/wire.ts';

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
