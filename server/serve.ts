// Serves a page already built: the LAN browser tests and the benchmark run it on a build of
// their own. `npm start` (server/start.ts) builds first, then serves the same way. It answers
// this machine only (127.0.0.1); with --lan it also answers the network, for paired devices.
//
//   --lan             also listen on the network: the addresses of the interface of the default route
//   --port <n>        the port, 4173 by default (0 picks a free one)
//   --host <address>  in LAN mode, listen on this address instead (repeatable; 0.0.0.0 for every interface)
//   --html <file>     the page to serve, dist/index.html by default
//   --records <dir>   where LAN mode writes the delivery records, records/ by default
//   --print-codes     in LAN mode, print one pairing code per role at start (each good once, for
//                     2 minutes and 3 wrong tries); without it no code is live until the console
//                     makes one (*Devices*, *Add a device*)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { announce, portOf, SERVE_OPTIONS, serveBuilt, stopOnSignal } from './serving.ts';

async function main() {
  const { values } = parseArgs({ options: { ...SERVE_OPTIONS, html: { type: 'string', default: 'dist/index.html' } } });
  portOf(values);
  let html: string;
  try {
    html = readFileSync(resolve(values.html), 'utf8');
  } catch {
    throw new Error(`${values.html}: no built page. Run \`npm run build\` first (\`npm start\` does).`);
  }
  const server = await serveBuilt(values, html);
  announce(values, server);
  stopOnSignal(server);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
