// The pages the LAN server sends. The built file keeps `connect-src 'none'` for a copy opened
// from disk; the copy this server sends may talk to its own origin, so the server swaps that
// one directive in the page's meta policy (a header policy would add to the meta one, never
// loosen it) and tells the page its role in a meta tag. Nothing else changes: the hashes of
// the inline script and style stay valid. A device that is not paired gets the pairing page
// instead, which is built apart and holds no word of the speech.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withPolicy } from '../tooling/build/csp.ts';
import type { LanRole } from '../src/model/lan.ts';

const NONE = "connect-src 'none'";
const SELF = "connect-src 'self'";

/** The policy of a page served on the network: the same, but it may connect to its own origin. */
export function allowOwnOrigin(html: string): string {
  const parts = html.split(NONE);
  if (parts.length !== 2) throw new Error(`The page must carry exactly one "${NONE}" in its policy to be served on the network.`);
  return parts.join(SELF);
}

/** The built page as the LAN server sends it to a paired device or the serving machine, with its role. */
export function lanPage(html: string, role: LanRole): string {
  const page = allowOwnOrigin(html);
  return page.replace(/(<meta http-equiv="Content-Security-Policy"[^>]*>)/i, `$1\n    <meta name="lectern-lan" content="${role}" />`);
}

/** The pairing page, with its strict policy allowing only requests to its own origin. */
export function pairingPage(): string {
  return allowOwnOrigin(withPolicy(readFileSync(join(import.meta.dirname, 'pairing.html'), 'utf8')));
}
