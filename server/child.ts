// The LAN server as the browser tests and the benchmark run it: `server/serve.ts --lan` in a
// child process, on loopback only, with 127.0.0.2 playing the network address a device opens.
// It can be killed outright and started again on the same port, as a crash would.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** A running LAN server. */
export interface LanServer {
  port: number;
  /** The serving machine's address: http://127.0.0.1:<port>/ */
  local: string;
  /** The address a device opens: http://127.0.0.2:<port>/, or https:// with a certificate */
  network: string;
  process: ChildProcess;
  output: () => string;
}

/**
 * Starts the LAN server on `port` (0 for a free one), serving `html`, writing records to
 * `records`; with `tls`, it serves the network over HTTPS with that certificate and key.
 */
export function startLanServer(html: string, records: string, port = 0, tls?: { cert: string; key: string }): Promise<LanServer> {
  const child = spawn(
    process.execPath,
    // Node itself runs the server (tsx as a loader, not its CLI, which would fork a child that
    // outlives a kill), so killing this process kills the server.
    ['--import', 'tsx', 'server/serve.ts', '--lan', '--port', String(port), '--host', '127.0.0.2', '--html', html, '--records', records, ...(tls ? ['--cert', tls.cert, '--key', tls.key] : [])],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let text = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`The LAN server did not start in 20 s:\n${text}`)), 20_000);
    const read = (chunk: Buffer) => {
      text += chunk.toString();
      const found = /Network {4}(https?):\/\/127\.0\.0\.2:(\d+)\//.exec(text);
      if (!found?.[2]) return;
      clearTimeout(timer);
      const at = Number(found[2]);
      done({ port: at, local: `http://127.0.0.1:${at}/`, network: `${found[1] ?? 'http'}://127.0.0.2:${at}/`, process: child, output: () => text });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => fail(new Error(`The LAN server exited (${String(code)}):\n${text}`)));
  });
}

/** Kills the server at once (SIGKILL), as a crash would, and waits for it to be gone. */
export function killLanServer(server: LanServer): Promise<void> {
  if (server.process.exitCode !== null || server.process.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    server.process.once('exit', () => done());
    server.process.kill('SIGKILL');
  });
}

/** A fresh pairing code of a role, as the serving machine's console makes one (*Add a device*). */
export async function codeFor(server: LanServer, role: 'console' | 'follower' | 'standby'): Promise<string> {
  const response = await fetch(`${server.local}lan/admin/code`, {
    method: 'POST',
    headers: { origin: server.local.replace(/\/$/, ''), 'content-type': 'application/json' },
    body: JSON.stringify({ role }),
  });
  const admin = (await response.json()) as { codes: { role: string; code: string }[] };
  const found = admin.codes.find((c) => c.role === role);
  if (!found) throw new Error(`No ${role} code.`);
  return found.code;
}
