// @vitest-environment node
// The LAN server fuzzed on loopback: a few thousand requests, upgrades and frames no browser
// would send, from the serving machine (127.0.0.1) and from a device (127.0.0.2), some sent
// slowly, some never finished. Afterwards the server must still answer, and the laptop's
// windows must still sync. A crash fails the run as an uncaught exception; the seed (fixed,
// LECTERN_FUZZ_SEED to try others) says how to replay it.
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startServer, type Running } from '../../server/server.ts';
import { PROTOCOL } from '../../src/model/wire.ts';
import { exchange, frame, upgradeRequest } from '../support/raw.ts';
import { ICARUS_ID, liveAt, pointKey, servedPage, stateText } from '../support/served.ts';

const HTML = servedPage();
const SOCKET = `/lan/socket?speech=${ICARUS_ID.speech}&fingerprint=${ICARUS_ID.version}`;
const LAPTOP = '127.0.0.1';
const DEVICE = '127.0.0.2';
const SEED = Number(process.env.LECTERN_FUZZ_SEED ?? 19);
const INPUTS = Number(process.env.LECTERN_FUZZ_INPUTS ?? 2_500);
const AT_ONCE = 48;

/** A seeded generator (mulberry32): the same seed, the same inputs. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T,>(items: readonly T[]): T => items[int(items.length)] as T;
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256)));
  return { next, int, pick, bytes, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof generator>;

let server: Running;
let records: string;
const cookies: string[] = [];

/** A request body from the server's own routes' vocabulary, or junk. */
function body(r: Random): string {
  return r.pick([
    () => JSON.stringify({ code: r.pick(['000000', '12345678', '', 'x'.repeat(40), null, 7]) }),
    () => JSON.stringify({ request: r.pick(['', 'x', 'a'.repeat(70)]), role: r.pick(['console', 'follower', 'standby', null, 'host', 3]) }),
    () => JSON.stringify({ device: r.pick(['ABCD', '', 'x'.repeat(2000)]) }),
    () => r.pick(['[]', 'null', '"x"', '{', '{"__proto__":{"x":1}}', '1e999']),
    () => r.bytes(r.int(3000)).toString('latin1'),
  ])();
}

/** A request-target: the server's routes, with and without tricks, or junk. */
function target(r: Random): string {
  return r.pick([
    () => r.pick(['/', '/index.html', '/lan/pair', '/lan/ask', `/lan/ask/${'a'.repeat(r.int(80))}`, '/lan/admin', '/lan/admin/answer', '/lan/admin/revoke', '/lan/socket']),
    () => r.pick(['//', '///', '*', '//x/lan/admin', 'http://127.0.0.1/', '/%', '/%zz', '/?%', '/lan/socket?speech=%ff&fingerprint=%', '/..%2f..%2fetc/passwd', `/${'a'.repeat(9000)}`]),
    () => `/${r.bytes(r.int(40)).toString('latin1').replace(/[\s]/g, '')}`,
  ])();
}

/** Headers a client might send, right, wrong or absent. */
function headers(r: Random, to: string): string {
  const host = `${to}:${server.port}`;
  const lines: string[] = [];
  if (r.chance(0.9)) lines.push(`Host: ${r.pick([host, host, 'evil.example', '', `${to}:1`, `[::1]:${server.port}`])}`);
  if (r.chance(0.6)) lines.push(`Origin: ${r.pick([`http://${host}`, 'http://evil.example', 'null', ''])}`);
  if (r.chance(0.5)) lines.push(`Cookie: ${r.pick([...cookies, `lectern-${server.port}=${'A'.repeat(43)}`, '=;;=', 'x'.repeat(5000)])}`);
  if (r.chance(0.3)) lines.push(`Content-Length: ${r.pick(['0', '5', '99999', '-1', 'abc'])}`);
  if (r.chance(0.1)) lines.push(`Transfer-Encoding: ${r.pick(['chunked', 'gzip', 'chunked, chunked'])}`);
  if (r.chance(0.2)) lines.push(`User-Agent: ${r.bytes(r.int(300)).toString('latin1').replace(/[\r\n]/g, '')}`);
  if (r.chance(0.1)) lines.push(`X-${'a'.repeat(r.int(20))}: ${'b'.repeat(r.int(20000))}`);
  return lines.map((line) => `${line}\r\n`).join('');
}

/** A message as the pages send them, with fields out of range, or junk text. */
function message(r: Random): Buffer {
  const revision = r.pick(['1', '2', '9007199254740993', '1e999', '-1', '0.5', '"1"', 'null']);
  const screen = r.pick([`"${pointKey(r.int(3))}"`, '"point:statement-withdrawn"', '"signature"', '""', '7']);
  const cue = r.pick(['null', '{"id":0,"text":"Slow down"}', `{"id":0,"text":"${'x'.repeat(r.int(9000))}"}`]);
  const state = `{"revision":${revision},"writer":"w","screen":${screen},"part":0,"splits":{},"display":"text","cue":${cue},"run":{"timer":{"status":"idle"},"resetArmed":false,"spent":[]},"rehearsalRate":null,"resumed":false}`;
  const speech = r.pick([ICARUS_ID.speech, ICARUS_ID.speech, `x${r.int(1000)}`]);
  const version = r.pick([ICARUS_ID.version, ICARUS_ID.version, 'v1']);
  const text = r.pick([
    () => `{"protocol":"${PROTOCOL}","speech":"${speech}","version":"${version}","type":"state","from":"f","state":${state}}`,
    () => `{"protocol":"${PROTOCOL}","speech":"${speech}","version":"${version}","type":"hello","from":"f"}`,
    () => `{"type":"${r.pick(['takeover', 'state', 'x'.repeat(40), ''])}"}`,
    () => r.pick(['alive', '', '{', '[]', 'null']),
  ])();
  return Buffer.from(text);
}

/** One to five WebSocket frames, most of them invalid in some way. */
function frames(r: Random): Buffer[] {
  return Array.from({ length: 1 + r.int(5) }, () =>
    r.pick([
      () => frame({ opcode: 1, payload: message(r) }),
      () => frame({ opcode: 1, payload: message(r), masked: false }),
      () => frame({ opcode: r.pick([3, 4, 5, 6, 7, 11, 12, 13, 14, 15]), payload: r.bytes(r.int(20)) }),
      () => frame({ opcode: 1, payload: Buffer.alloc(17 * 1024 + r.int(4096), 0x61) }),
      () => frame({ opcode: 1, payload: r.bytes(10), claimedLength: r.pick([200, 70_000, 2 ** 40]) }),
      () => frame({ opcode: 1, payload: Buffer.from([0x7b, 0xc3, 0x28, 0xff, 0xfe]) }),
      () => frame({ opcode: 2, payload: r.bytes(r.int(100)) }),
      () => Buffer.concat([frame({ opcode: 1, fin: false, payload: message(r) }), frame({ opcode: 0, payload: r.bytes(r.int(50)) })]),
      () => frame({ opcode: 0, payload: r.bytes(5) }),
      () => frame({ opcode: r.pick([8, 9, 10]), payload: r.bytes(r.pick([0, 1, 2, 125, 126, 200])) }),
      () => frame({ opcode: 1, payload: message(r), rsv: 1 + r.int(7) }),
      () => r.bytes(1 + r.int(30)),
    ])(),
  );
}

/** One input: who sends what, in how many pieces, how slowly. */
function input(r: Random): { from: string; chunks: (string | Buffer)[]; gapMs: number } {
  const from = r.chance(0.5) ? LAPTOP : DEVICE;
  const to = from === LAPTOP ? r.pick([LAPTOP, DEVICE]) : DEVICE;
  const kind = r.int(10);
  if (kind < 4) {
    const text = `${r.pick(['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'CONNECT', 'G\x00T', 'PRI'])} ${target(r)} ${r.pick(['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/9'])}\r\n${headers(r, to)}\r\n${r.chance(0.5) ? body(r) : ''}`;
    return { from, chunks: [text], gapMs: 0 };
  }
  if (kind < 8) {
    const query = r.chance(0.8) ? SOCKET : r.pick([target(r), '/lan/socket?speech=Icarus&fingerprint=v1', `/lan/socket?speech=x${r.int(1000)}&fingerprint=v1`]);
    const cookie = r.pick([...cookies, '', `lectern-${server.port}=nothing`]);
    const upgrade = upgradeRequest(query, `${to}:${server.port}`, {
      ...(cookie ? { Cookie: cookie } : {}),
      ...(r.chance(0.1) ? { Origin: 'http://evil.example' } : {}),
      ...(r.chance(0.05) ? { 'Sec-WebSocket-Version': '8' } : {}),
      ...(r.chance(0.05) ? { 'Sec-WebSocket-Extensions': 'permessage-deflate' } : {}),
    });
    return { from, chunks: [upgrade, ...frames(r)], gapMs: r.pick([0, 5]) };
  }
  // Slow or half-sent: a request in small pieces, cut off anywhere.
  const whole = `POST /lan/pair HTTP/1.1\r\nHost: ${to}:${server.port}\r\nOrigin: http://${to}:${server.port}\r\nContent-Length: 20\r\n\r\n{"code":"12345678"}`;
  const cut = whole.slice(0, 1 + r.int(whole.length));
  const size = 1 + r.int(20);
  const pieces = Array.from({ length: Math.ceil(cut.length / size) }, (_, i) => cut.slice(i * size, (i + 1) * size));
  return { from, chunks: pieces.slice(0, 12), gapMs: 10 };
}

/** A GET from the laptop, with its status and body. */
function get(path: string): Promise<{ status: number; text: string }> {
  return new Promise((done, fail) => {
    request(`http://${LAPTOP}:${server.port}${path}`, { localAddress: LAPTOP }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, text }));
    })
      .on('error', fail)
      .end();
  });
}

/** A window of the laptop on the speech's socket. */
function window(): Promise<{ ws: WebSocket; next: () => Promise<string> }> {
  const ws = new WebSocket(`ws://${LAPTOP}:${server.port}${SOCKET}`, { localAddress: LAPTOP, origin: `http://${LAPTOP}:${server.port}` });
  const waiting: ((text: string) => void)[] = [];
  const got: string[] = [];
  ws.on('message', (data) => {
    const text = String(data);
    if (text === 'alive') return;
    const taker = waiting.shift();
    if (taker) taker(text);
    else got.push(text);
  });
  const next = () => new Promise<string>((done) => (got.length > 0 ? done(got.shift() ?? '') : waiting.push(done)));
  return new Promise((done, fail) => {
    ws.once('open', () => done({ ws, next }));
    ws.once('error', fail);
  });
}

beforeAll(async () => {
  records = mkdtempSync(join(tmpdir(), 'lectern-fuzz-'));
  server = await startServer({ html: HTML, lan: true, port: 0, networkHosts: [DEVICE], recordsDir: records });
  for (const role of ['console', 'follower', 'standby'] as const) {
    const code = server.pairing.issue(role).code;
    const result = server.pairing.redeem(code, DEVICE);
    if (result.ok) cookies.push(`lectern-${server.port}=${result.device.token}`);
  }
  expect(cookies).toHaveLength(3);
});
afterAll(async () => {
  await server.close();
  rmSync(records, { recursive: true, force: true });
});

describe('the LAN server fuzzed', () => {
  it(`survives ${INPUTS} hostile inputs (seed ${SEED}) and still serves and syncs the laptop's windows`, { timeout: 60_000 }, async () => {
    const r = generator(SEED);
    const inputs = Array.from({ length: INPUTS }, () => input(r));
    let taken = 0;
    // AT_ONCE connections at a time, each ending when the server answers or closes, or at its bound.
    const worker = async () => {
      for (let one = inputs[taken++]; one; one = inputs[taken++]) {
        await exchange({ ...one, to: one.from === LAPTOP ? LAPTOP : DEVICE, port: server.port, timeoutMs: 250, until: (text) => /^HTTP\/1\.[01] (?!101)\d{3}[^]*\r\n\r\n/.test(text) });
      }
    };
    await Promise.all(Array.from({ length: AT_ONCE }, worker));
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Embargoed words');

    const podium = await window();
    const desk = await window();
    try {
      const moved = stateText(liveAt(2, 5, { writer: 'console-window' }), ICARUS_ID, 'console-window');
      desk.ws.send(moved);
      expect(await podium.next()).toBe(moved);
    } finally {
      podium.ws.close();
      desk.ws.close();
    }
  });
});
