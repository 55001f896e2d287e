// npm start: serves the built page. `npm start` answers this machine only (127.0.0.1), as
// `vite preview` did; `npm start -- --lan` also answers the network, for paired devices.
//
//   --lan             also listen on the network (all IPv4 addresses)
//   --port <n>        the port, 4173 by default (0 picks a free one)
//   --host <address>  in LAN mode, listen on this address instead of all (repeatable)
//   --html <file>     the page to serve, dist/index.html by default
//   --records <dir>   where LAN mode writes the delivery records, records/ by default
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { recordScreensOf, screensOf } from '../src/deck/screens.ts';
import { handoverAfter } from '../src/conference/order.ts';
import { loadSpeech, speechSlots } from './content.ts';
import type { SpeechScreens } from './lan/records.ts';
import { startServer } from './lan/server.ts';
import { modeLines } from './vite-plugin-urls.ts';

/**
 * The screens of each speech on disk, in the running order the build plays them in (with the
 * handover to the next speaker), for the records; none when the content cannot be read (the
 * records then name screens by identity).
 */
function screensOnDisk(root: string): SpeechScreens {
  try {
    const speeches = speechSlots(root).flatMap(({ id, dir }) => {
      const result = loadSpeech(root, dir);
      return result.ok ? [{ id, speech: result.speech }] : [];
    });
    return Object.fromEntries(
      speeches.map(({ id, speech }, index) => [id, recordScreensOf(screensOf(speech, handoverAfter(speeches, index)), speech)]),
    );
  } catch {
    return {};
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      lan: { type: 'boolean', default: false },
      port: { type: 'string', default: '4173' },
      host: { type: 'string', multiple: true },
      html: { type: 'string', default: 'dist/index.html' },
      records: { type: 'string', default: 'records' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${values.port}: give a port number between 1 and 65535.`);
  let html: string;
  try {
    html = readFileSync(resolve(values.html), 'utf8');
  } catch {
    throw new Error(`${values.html}: no built page. Run \`npm run build\` first (\`npm start\` does).`);
  }
  const root = process.cwd();
  const server = await startServer({
    html,
    lan: values.lan,
    port,
    networkHosts: values.host,
    recordsDir: values.lan ? resolve(values.records) : null,
    screens: screensOnDisk(root),
    log: (line) => console.log(line),
  });
  const local = `http://127.0.0.1:${server.port}/`;
  console.log(`\n  Lectern on this machine: ${local}`);
  for (const line of modeLines(root, local)) console.log(line);
  if (values.lan) {
    console.log('\n  On the network (devices open this, then pair):');
    for (const url of server.networkUrls) console.log(`  Network    ${url}`);
    if (server.networkUrls.length === 0) console.log('  Network    none: this machine has no network address. Join the venue network or start the hotspot.');
    console.log('\n  Pairing codes, each good once (the console shows them with QR codes):');
    for (const code of server.pairing.codes()) console.log(`  ${code.role.padEnd(9)}  ${code.code}`);
    console.log(`\n  Delivery records: ${resolve(values.records)}`);
    console.log('  Plain HTTP: use the venue\'s closed network or this laptop\'s own hotspot, never a shared one.');
  }
  const stop = () => {
    server.close().then(() => process.exit(0), () => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
