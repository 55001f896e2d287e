// A podium that survives its server. The page `npm start` serves to this machine names an
// offline worker (tooling/build/offline-worker.js, served at OFFLINE_WORKER) that keeps a copy of the
// page, and the page registers it once it has painted (src/app/shell/offline.ts). 127.0.0.1 is a
// secure context, so the browser allows the worker there; a page opened from disk or by a
// device over plain HTTP has none, and needs none or cannot have one. The built file's policy
// allows no worker; the copy served here allows this origin's, in the policy of its meta tag
// (a header policy would add to the meta one, never loosen it). The inline code is unchanged,
// so its hashes stay valid.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the server serves the offline worker, and where the page finds its name. */
export const OFFLINE_WORKER = '/offline-worker.js';

/** The worker's script, as the server sends it. */
export const OFFLINE_WORKER_SCRIPT = readFileSync(join(import.meta.dirname, 'offline-worker.js'), 'utf8');

/** The policy the worker's own script runs under: it may fetch its origin and nothing else. */
export const OFFLINE_WORKER_POLICY = "default-src 'none'; connect-src 'self'";

const POLICY_META = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(" \/>)/i;

/** The page as served to this machine: its policy allows this origin's worker, and a meta tag names it. */
export function offlinePage(html: string): string {
  if (!POLICY_META.test(html)) throw new Error('The page must carry its Content-Security-Policy in a meta tag to be kept offline.');
  return html.replace(
    POLICY_META,
    (_all, open: string, policy: string, close: string) => `${open}${policy}; worker-src 'self'${close}\n    <meta name="lectern-offline" content="${OFFLINE_WORKER}" />`,
  );
}
