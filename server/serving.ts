// What `npm start` and `server/serve.ts` share: their options, the addresses the server listens
// on, and starting the server on a built page, then saying where each mode is.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createSecureContext } from 'node:tls';
import type { ParseArgsConfig } from 'node:util';
import { checkRecordsFolder } from './records.ts';
import { startServer, type Running } from './server.ts';
import { busyPortMessage, freePortAfter, holderOf, isAddressInUse } from './port.ts';
import { modeLines } from '../tooling/build/vite-plugin-urls.ts';
import { DEVICE_ROLES } from '../src/model/lan.ts';

/** The options both commands take. */
export const SERVE_OPTIONS = {
  lan: { type: 'boolean', default: false },
  port: { type: 'string', default: '4173' },
  host: { type: 'string', multiple: true },
  records: { type: 'string', default: 'records' },
  'print-codes': { type: 'boolean', default: false },
  cert: { type: 'string' },
  key: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** The options as parsed. */
export interface ServeValues {
  lan?: boolean;
  port?: string;
  host?: string[];
  records?: string;
  'print-codes'?: boolean;
  cert?: string;
  key?: string;
}

/**
 * The organisation's certificate and key for LAN mode, read and checked as a pair; null without
 * them. Each refusal names the file and what to do.
 */
export function tlsOf(values: ServeValues): { cert: Buffer; key: Buffer } | null {
  if (values.cert === undefined && values.key === undefined) return null;
  if (!values.lan) throw new Error('--cert and --key serve the network over HTTPS: add --lan, or leave them out.');
  if (values.cert === undefined || values.key === undefined) throw new Error(`Give both --cert FILE and --key FILE (only --${values.cert === undefined ? 'key' : 'cert'} was given).`);
  const read = (file: string, what: string) => {
    try {
      return readFileSync(resolve(file));
    } catch (error) {
      throw new Error(`${file}: cannot read the ${what} (${(error as NodeJS.ErrnoException).code ?? String(error)}). Give the path of a PEM file.`, { cause: error });
    }
  };
  const cert = read(values.cert, 'certificate');
  const key = read(values.key, 'private key');
  try {
    createSecureContext({ cert, key });
  } catch (error) {
    throw new Error(
      `${values.cert} and ${values.key}: not a PEM certificate and its own private key (${error instanceof Error ? error.message : String(error)}). Give the organisation's certificate (with its chain) and the key it was issued for.`,
      { cause: error },
    );
  }
  return { cert, key };
}

/** The port asked for, checked: 0 picks a free one. */
export function portOf(values: ServeValues): number {
  const port = Number(values.port ?? '4173');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${values.port}: give a port number between 1 and 65535.`);
  return port;
}

/** Every address the server will listen on, as startServer chooses them. */
export function listenHosts(values: ServeValues): string[] {
  const hosts = values.host ?? ['0.0.0.0'];
  if (!values.lan) return ['127.0.0.1'];
  return hosts.includes('0.0.0.0') ? ['0.0.0.0'] : ['127.0.0.1', ...hosts.filter((h) => h !== '127.0.0.1')];
}

/** The message for a port that is taken, naming who holds it and a free one to use instead. */
export async function busyPort(values: ServeValues, port: number): Promise<string> {
  return busyPortMessage(port, holderOf(port), await freePortAfter(port, listenHosts(values)));
}

/** Serves `html` as the options say; a taken port fails with a message that names its holder. */
export async function serveBuilt(values: ServeValues, html: string): Promise<Running> {
  const port = portOf(values);
  if (values.lan) checkRecordsFolder(resolve(values.records ?? 'records'));
  try {
    return await startServer({
      html,
      lan: values.lan ?? false,
      port,
      networkHosts: values.host,
      tls: tlsOf(values),
      recordsDir: values.lan ? resolve(values.records ?? 'records') : null,
      log: (line) => console.log(line),
    });
  } catch (error) {
    throw isAddressInUse(error) ? new Error(await busyPort(values, port), { cause: error }) : error;
  }
}

/** Prints where each mode is, and in LAN mode the network addresses and pairing codes. */
export function announce(values: ServeValues, server: Running): void {
  const local = `http://127.0.0.1:${server.port}/`;
  console.log(`\n  Lectern on this machine: ${local}`);
  for (const line of modeLines(process.cwd(), local)) console.log(line);
  if (values.lan) {
    console.log('\n  On the network (devices open this, then pair):');
    for (const url of server.networkUrls) console.log(`  Network    ${url}`);
    if (server.networkUrls.length === 0) console.log('  Network    none: this machine has no network address. Join the venue network or start the hotspot.');
    if (values['print-codes']) {
      console.log('\n  Pairing codes, each good once, for 2 minutes and 3 wrong tries:');
      for (const role of DEVICE_ROLES) console.log(`  ${role.padEnd(9)}  ${server.pairing.issue(role).code}`);
    } else console.log("\n  To pair a device: Devices, then Add a device, on this machine's console (or start with --print-codes).");
    console.log(`\n  Delivery records: ${resolve(values.records ?? 'records')}`);
    if (values.cert) console.log(`  HTTPS on the network with ${values.cert}; this machine's own windows stay on ${local}`);
    else console.log('  Plain HTTP: use the venue\'s closed network or this laptop\'s own hotspot, never a shared one (or give --cert and --key).');
  }
}

/** Stops the server on Ctrl+C or a kill, then exits. */
export function stopOnSignal(server: Running): void {
  const stop = () => {
    server.close().then(() => process.exit(0), () => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
