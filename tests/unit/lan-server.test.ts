// @vitest-environment node
// The LAN server over real sockets on loopback: devices connect from 127.0.0.2.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startServer, type Running } from '../../server/server.ts';
import { OFFLINE_WORKER, offlinePage } from '../../tooling/build/offline.ts';
import { servedSpeeches } from '../../server/served.ts';
import { helloText, ICARUS_ID, liveAt, servedPage, stateText } from '../support/served.ts';
import { PROTOCOL } from '../../src/model/wire.ts';
import { exchange, frame, upgradeRequest } from '../support/raw.ts';

const HTML = servedPage();
/** The Icarus speech the page embeds, and two other versions of it, as if this server served them too. */
const SERVED = servedSpeeches(HTML);
const OTHER_VERSIONS = ['v2', 'v3'].flatMap((version) => SERVED.map((s) => ({ ...s, identity: { ...s.identity, version } })));
const DEVICE = '127.0.0.2';

let server: Running;
/** What the server printed in its terminal. */
const logged: string[] = [];
let records: string;
const url = (host: string, path: string) => `http://${host}:${server.port}${path}`;

/** An HTTP request from `from` to `to`, with the body and headers given. */
function http(method: string, to: string, path: string, body?: unknown, headers: Record<string, string> = {}, from = DEVICE) {
  return new Promise<{ status: number; text: string; headers: Record<string, string | string[] | undefined> }>((done, fail) => {
    const req = request(url(to, path), { method, localAddress: from, headers: { origin: `http://${to}:${server.port}`, ...headers } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, text, headers: res.headers }));
    });
    req.on('error', fail);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

/** A paired device's cookie, by the code of `role`. */
async function pairedCookie(role: 'console' | 'follower' | 'standby'): Promise<string> {
  const code = server.pairing.issue(role).code;
  const answer = await http('POST', DEVICE, '/lan/pair', { code });
  expect(answer.status).toBe(200);
  const cookie = answer.headers['set-cookie']?.[0] ?? '';
  expect(cookie).toMatch(/HttpOnly/);
  return cookie.split(';')[0] ?? '';
}

/** A WebSocket client; `from` is its address, `fingerprint` the speech version it names. */
function socket(options: { from?: string; cookie?: string; origin?: string; speech?: string; fingerprint?: string } = {}) {
  const from = options.from ?? DEVICE;
  const query = `speech=${options.speech ?? ICARUS_ID.speech}&fingerprint=${options.fingerprint ?? ICARUS_ID.version}`;
  const ws = new WebSocket(`ws://${from}:${server.port}/lan/socket?${query}`, {
    localAddress: from,
    origin: options.origin ?? `http://${from}:${server.port}`,
    headers: options.cookie ? { cookie: options.cookie } : {},
  });
  const got: string[] = [];
  ws.on('message', (data) => {
    if (String(data) !== 'alive') got.push(String(data));
  });
  ws.on('error', () => {});
  const opened = new Promise<void>((done, fail) => {
    ws.once('open', () => done());
    ws.once('unexpected-response', (_req, res) => fail(new Error(`HTTP ${res.statusCode}`)));
  });
  const closed = new Promise<number>((done) => ws.once('close', (code) => done(code)));
  return { ws, got, opened, closed };
}

/** Waits a little for messages in flight. */
const settle = (ms = 150) => new Promise((done) => setTimeout(done, ms));
/** A state message of the version a socket names, as a page sends it. */
const state = (revision: number, version = ICARUS_ID.version) => stateText(liveAt(1, revision), { ...ICARUS_ID, version });
/** A hello of the version a socket names. */
const hello = (from: string) => helloText(from);

beforeAll(async () => {
  records = mkdtempSync(join(tmpdir(), 'lectern-server-records-'));
  server = await startServer({
    html: HTML,
    lan: true,
    port: 0,
    networkHosts: [DEVICE],
    recordsDir: records,
    speeches: [...SERVED, ...OTHER_VERSIONS],
    log: (line) => logged.push(line),
    socketLimits: { messagesPerSecond: 20, burst: 40 },
  });
});
afterAll(async () => {
  await server.close();
  rmSync(records, { recursive: true, force: true });
});

describe('the LAN server over HTTP', () => {
  it('sends the serving machine the page, able to connect to its own origin', async () => {
    const page = await http('GET', '127.0.0.1', '/', undefined, {}, '127.0.0.1');
    expect(page.text).toContain('Embargoed words');
    expect(page.text).toContain("connect-src 'self'");
    expect(page.text).not.toContain("connect-src 'none'");
    expect(page.text).toContain('<meta name="lectern-lan" content="host" />');
  });

  it('offers the serving machine alone the offline worker, and lets only its page register it', async () => {
    const page = await http('GET', '127.0.0.1', '/', undefined, {}, '127.0.0.1');
    expect(page.text).toContain(`<meta name="lectern-offline" content="${OFFLINE_WORKER}" />`);
    expect(page.text).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*; worker-src 'self'" \/>/);
    const worker = await http('GET', '127.0.0.1', OFFLINE_WORKER, undefined, {}, '127.0.0.1');
    expect(worker.status).toBe(200);
    expect(worker.headers['content-type']).toMatch(/^text\/javascript/);
    expect(worker.text).toContain("addEventListener('fetch'");
    const cookie = await pairedCookie('standby');
    const device = await http('GET', DEVICE, '/', undefined, { cookie });
    expect(device.text).toContain('<meta name="lectern-lan" content="standby" />');
    expect(device.text).not.toContain('lectern-offline');
    expect(device.text).not.toContain('worker-src');
    expect((await http('GET', DEVICE, OFFLINE_WORKER, undefined, { cookie })).status).toBe(404);
  });

  it('sends an unpaired device the pairing page and nothing of the speech', async () => {
    for (const path of ['/', '/index.html', '/lan/admin', '/dist/index.html']) {
      const answer = await http('GET', DEVICE, path);
      expect(answer.text).not.toContain('Embargoed');
    }
    expect((await http('GET', DEVICE, '/')).text).toContain('Pair this device');
    expect((await http('GET', DEVICE, '/lan/admin')).status).toBe(404);
  });

  it('refuses a Host that is a DNS name, and a post from another origin', async () => {
    expect((await http('GET', DEVICE, '/', undefined, { host: `rebound.example:${server.port}` })).status).toBe(421);
    const code = server.pairing.issue('follower').code;
    expect((await http('POST', DEVICE, '/lan/pair', { code }, { origin: 'http://evil.example' })).status).toBe(403);
    server.pairing.withdraw('follower');
  });

  it('makes a code only when the serving machine asks, with a QR code drawn locally, leading to the network address', async () => {
    type Admin = { network: string[]; codes: { role: string; code: string; link: string; qr: string; expiresInMs: number }[] };
    const before = JSON.parse((await http('GET', '127.0.0.1', '/lan/admin', undefined, {}, '127.0.0.1')).text) as Admin;
    expect(before.codes).toEqual([]);
    // A device cannot make one, even from a page of this origin.
    expect((await http('POST', DEVICE, '/lan/admin/code', { role: 'console' })).status).toBe(404);
    const answer = await http('POST', '127.0.0.1', '/lan/admin/code', { role: 'standby' }, {}, '127.0.0.1');
    const admin = JSON.parse(answer.text) as Admin;
    expect(admin.network).toEqual([url(DEVICE, '/')]);
    expect(admin.codes.map((c) => [c.role, c.code])).toEqual([['standby', server.pairing.codes()[0]?.code]]);
    expect(admin.codes[0]?.code).toMatch(/^\d{8}$/);
    expect(admin.codes[0]?.expiresInMs).toBeGreaterThan(2 * 60_000 - 5_000);
    expect(admin.codes[0]?.expiresInMs).toBeLessThanOrEqual(2 * 60_000);
    for (const code of admin.codes) {
      expect(code.link).toBe(`${url(DEVICE, '/')}#code=${code.code}`);
      expect(Buffer.from(code.qr.replace('data:image/svg+xml;base64,', ''), 'base64').toString()).toMatch(/^<svg /);
    }
    const withdrawn = await http('POST', '127.0.0.1', '/lan/admin/withdraw', { role: 'standby' }, {}, '127.0.0.1');
    expect((JSON.parse(withdrawn.text) as Admin).codes).toEqual([]);
  });

  it('voids a code after 3 wrong tries from any addresses, logs each with its address, and the console says so', async () => {
    const code = server.pairing.issue('console').code;
    const wrong = String((Number(code) + 1) % 10 ** 8).padStart(8, '0');
    const start = logged.length;
    for (const from of ['127.0.0.3', '127.0.0.4', '127.0.0.3']) {
      expect((await http('POST', DEVICE, '/lan/pair', { code: wrong }, {}, from)).status).toBe(403);
    }
    expect((await http('POST', DEVICE, '/lan/pair', { code }, {}, '127.0.0.5')).status).toBe(403);
    expect(logged.slice(start).filter((l) => l.includes('Wrong pairing code'))).toEqual([
      '  Wrong pairing code from 127.0.0.3.',
      '  Wrong pairing code from 127.0.0.4.',
      '  Wrong pairing code from 127.0.0.3.',
      '  Wrong pairing code from 127.0.0.5 (no code was live).',
    ]);
    const admin = JSON.parse((await http('GET', '127.0.0.1', '/lan/admin', undefined, {}, '127.0.0.1')).text) as { withdrawn: { role: string; message: string }[] };
    expect(admin.withdrawn).toEqual([{ role: 'console', message: '3 wrong codes from 127.0.0.3 and 127.0.0.4: code withdrawn' }]);
    server.pairing.issue('console');
    server.pairing.withdraw('console');
  });

  it('sends a paired device the page in its role, under the path of this run its cookie is bound to', async () => {
    const code = server.pairing.issue('follower').code;
    const answer = await http('POST', DEVICE, '/lan/pair', { code });
    const set = answer.headers['set-cookie']?.[0] ?? '';
    const scope = /; Path=(\/lectern-[0-9a-f]{16}\/)(;|$)/.exec(set)?.[1] ?? '';
    expect(scope).not.toBe('');
    expect(set).toMatch(/; HttpOnly;/);
    expect(set).toMatch(/; SameSite=Strict;/);
    expect(set).not.toMatch(/Secure/);
    expect(JSON.parse(answer.text)).toEqual({ role: 'follower', route: `${scope}#/read` });
    const cookie = set.split(';')[0] ?? '';
    const page = await http('GET', DEVICE, scope, undefined, { cookie });
    expect(page.text).toContain('<meta name="lectern-lan" content="follower" />');
    // Without its cookie (a browser sends it nowhere else), that path is the pairing page.
    expect((await http('GET', DEVICE, scope)).text).toContain('Pair this device');
    // Its socket beside the page.
    const ws = new WebSocket(`ws://${DEVICE}:${server.port}${scope}lan/socket?speech=${ICARUS_ID.speech}&fingerprint=${ICARUS_ID.version}`, {
      localAddress: DEVICE,
      origin: `http://${DEVICE}:${server.port}`,
      headers: { cookie },
    });
    await new Promise((done, fail) => {
      ws.once('open', done);
      ws.once('error', fail);
    });
    ws.close();
  });

});

describe('the LAN server over WebSocket', () => {
  it('refuses an upgrade from another origin, and closes one without a token', async () => {
    await expect(socket({ origin: 'http://evil.example' }).opened).rejects.toThrow('HTTP 403');
    const anonymous = socket();
    expect(await anonymous.closed).toBe(4401);
    expect(anonymous.got).toEqual([]);
  });

  it('relays the serving machine’s state to a console and a follower, and drops a follower’s', async () => {
    const podium = socket({ from: '127.0.0.1' });
    const follower = socket({ cookie: await pairedCookie('follower') });
    const other = socket({ cookie: await pairedCookie('console'), fingerprint: 'v2' });
    await Promise.all([podium.opened, follower.opened, other.opened]);
    podium.ws.send(state(5));
    follower.ws.send(state(50));
    await settle();
    expect(follower.got).toEqual([state(5)]);
    expect(podium.got).toEqual([]);
    expect(other.got).toEqual([]);
    const late = socket({ cookie: await pairedCookie('console') });
    await late.opened;
    late.ws.send(hello('late'));
    await settle();
    expect(late.got).toEqual([state(5)]);
    for (const s of [podium, follower, other, late]) s.ws.close();
  });

  it('never mixes versions: a message naming another version or protocol than its socket is neither relayed nor kept', async () => {
    const podium = socket({ from: '127.0.0.1', fingerprint: 'v3' });
    const device = socket({ cookie: await pairedCookie('console'), fingerprint: 'v3' });
    await Promise.all([podium.opened, device.opened]);
    const v3 = (revision: number) => state(revision, 'v3');
    podium.ws.send(v3(2));
    // The same socket, a state of another version, a newer one, and one with no protocol name.
    podium.ws.send(state(9));
    podium.ws.send(JSON.stringify({ ...(JSON.parse(v3(10)) as object), protocol: 'lectern-sync/1' }));
    await settle();
    expect(device.got).toEqual([v3(2)]);
    const late = socket({ cookie: await pairedCookie('console'), fingerprint: 'v3' });
    await late.opened;
    late.ws.send(helloText('late', { ...ICARUS_ID, version: 'v3' }));
    await settle();
    expect(late.got).toEqual([v3(2)]);
    for (const s of [podium, device, late]) s.ws.close();
  });

  it('refuses a socket naming a speech or version this server does not serve, and writes no record for it', async () => {
    const cookie = await pairedCookie('console');
    const before = readdirSync(records).length;
    for (const name of [{ fingerprint: 'v9' }, { speech: 'statement' }, { speech: 'toString' }]) {
      await expect(socket({ cookie, ...name }).opened).rejects.toThrow('HTTP 404');
      await expect(socket({ from: '127.0.0.1', ...name }).opened).rejects.toThrow('HTTP 404');
    }
    expect(readdirSync(records)).toHaveLength(before);
  });

  it('closes a revoked device’s socket', async () => {
    const cookie = await pairedCookie('console');
    const device = socket({ cookie });
    await device.opened;
    const id = server.pairing.paired().find((d) => cookie.endsWith(d.token))?.id ?? '';
    const revoked = await http('POST', '127.0.0.1', '/lan/admin/revoke', { device: id }, {}, '127.0.0.1');
    expect(revoked.status).toBe(200);
    expect(await device.closed).toBe(4401);
    expect((await http('GET', DEVICE, '/', undefined, { cookie })).text).toContain('Pair this device');
  });

  it('treats a standby as a follower until it takes over, then relays, records and names its take-over', async () => {
    const lines = () => readdirSync(records).flatMap((f) => readFileSync(join(records, f), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>));
    const shown = (live: ReturnType<typeof liveAt>) => JSON.stringify({ ...(JSON.parse(stateText(live, ICARUS_ID, 'standby-window')) as object), podium: true });
    const takeOver = JSON.stringify({ protocol: PROTOCOL, ...ICARUS_ID, type: 'take-over', from: 'standby-window' });
    const cookie = await pairedCookie('standby');
    const id = server.pairing.paired().find((d) => cookie.endsWith(d.token))?.id ?? '';
    const laptop = socket({ from: '127.0.0.1' });
    const console = socket({ cookie: await pairedCookie('console') });
    const standby = socket({ cookie });
    await Promise.all([laptop.opened, console.opened, standby.opened]);
    // Before taking over: a blackout and a cue, as a podium's reports. A console's own
    // take-over claim is dropped too.
    standby.ws.send(shown(liveAt(1, 100, { display: 'black' })));
    standby.ws.send(shown(liveAt(1, 101, { cue: { id: 1, text: 'Slow down' } })));
    console.ws.send(takeOver);
    // The take-over, after them on the same socket: once the others hear it, the earlier frames were handled.
    standby.ws.send(takeOver);
    await expect.poll(() => console.got.length).toBeGreaterThan(0);
    const named = { protocol: PROTOCOL, ...ICARUS_ID, type: 'take-over', from: 'standby-window', device: id };
    expect(console.got.map((t) => JSON.parse(t) as unknown)).toEqual([named]);
    await expect.poll(() => laptop.got.map((t) => JSON.parse(t) as unknown)).toEqual([named]);
    expect(lines().filter((l) => l.kind === 'display' || l.kind === 'cue')).toEqual([]);
    expect(lines().filter((l) => l.kind === 'take-over')).toEqual([expect.objectContaining({ kind: 'take-over', device: id })]);
    expect(logged).toContain(`  Standby ${id} has taken over the podium (${ICARUS_ID.speech}).`);
    // After it: the standby's blackout reaches the others as a podium's and is recorded.
    standby.ws.send(shown(liveAt(1, 102, { display: 'black' })));
    await expect.poll(() => console.got.length).toBe(2);
    expect(JSON.parse(console.got[1] ?? '')).toMatchObject({ podium: true, state: { display: 'black' } });
    await expect.poll(() => lines().filter((l) => l.kind === 'display')).toEqual([expect.objectContaining({ display: 'black' })]);
    // Said again after a reconnection, it is not news.
    standby.ws.send(takeOver);
    standby.ws.send(shown(liveAt(1, 103, { cue: { id: 2, text: 'Two minutes' } })));
    await expect.poll(() => console.got.length).toBe(3);
    expect(JSON.parse(console.got[2] ?? '')).toMatchObject({ type: 'state', state: { cue: { text: 'Two minutes' } } });
    expect(lines().filter((l) => l.kind === 'take-over')).toHaveLength(1);
    for (const s of [laptop, console, standby]) s.ws.close();
  });

  it('closes malformed, oversized and flooding sockets, and keeps serving', async () => {
    const cookie = await pairedCookie('console');
    const malformed = socket({ cookie });
    await malformed.opened;
    malformed.ws.send('{not json');
    expect(await malformed.closed).toBe(1007);

    const oversized = socket({ cookie });
    await oversized.opened;
    oversized.ws.send(JSON.stringify({ type: 'state', padding: 'x'.repeat(32 * 1024) }));
    expect(await oversized.closed).toBe(1009);

    const flooding = socket({ cookie });
    await flooding.opened;
    for (let i = 0; i < 200 && flooding.ws.readyState === WebSocket.OPEN; i++) flooding.ws.send(hello('flood'));
    expect(await flooding.closed).toBe(1008);

    const fine = socket({ cookie });
    await fine.opened;
    fine.ws.send(hello('fine'));
    await settle();
    expect(fine.ws.readyState).toBe(WebSocket.OPEN);
    fine.ws.close();
  });
});

describe('the LAN server under hostile bytes', () => {
  /** The serving machine still gets its page: the server is up. */
  const stillServes = async () => expect((await http('GET', '127.0.0.1', '/', undefined, {}, '127.0.0.1')).text).toContain('Embargoed words');

  it('answers a request-target that is not a path with a 400, for a page and for an upgrade', async () => {
    const host = `127.0.0.1:${server.port}`;
    for (const target of ['//', '//x/lan/socket', '*', 'http://x/']) {
      const page = await exchange({ from: '127.0.0.1', to: '127.0.0.1', port: server.port, chunks: [`GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`] });
      expect(page.text).toMatch(/^HTTP\/1\.1 400/);
      const upgrade = await exchange({ from: '127.0.0.1', to: '127.0.0.1', port: server.port, chunks: [upgradeRequest(target, host)] });
      expect(upgrade.text).toMatch(/^HTTP\/1\.1 400/);
    }
    await stillServes();
  });

  it('ends an unpaired socket that sends an invalid frame, and keeps serving', async () => {
    const host = `${DEVICE}:${server.port}`;
    const handshake = upgradeRequest(`/lan/socket?speech=${ICARUS_ID.speech}&fingerprint=${ICARUS_ID.version}`, host);
    const invalid = [
      frame({ opcode: 1, payload: Buffer.from('{"type":"hello"}'), masked: false }),
      frame({ opcode: 3, payload: Buffer.from('x') }),
      frame({ opcode: 1, payload: Buffer.alloc(20 * 1024, 0x61) }),
      frame({ opcode: 1, payload: Buffer.from([0xff, 0xfe]) }),
    ];
    for (const bad of invalid) {
      const answer = await exchange({ from: DEVICE, to: DEVICE, port: server.port, chunks: [handshake, bad], gapMs: 20 });
      expect(answer.text).toMatch(/^HTTP\/1\.1 101/);
      await stillServes();
    }
  });
});

// Last: it locks 127.0.0.2 out of pairing for a minute.
describe('the LAN server under guessing', () => {
  it('rate-limits wrong codes from one address', async () => {
    const wrong = ['00000001', '00000002', '00000003', '00000004', '00000005', '00000006'];
    const fromDevice: number[] = [];
    for (const code of wrong.slice(0, 6)) fromDevice.push((await http('POST', DEVICE, '/lan/pair', { code })).status);
    expect(fromDevice.slice(0, 5).every((s) => s === 403)).toBe(true);
    expect(fromDevice[5]).toBe(429);
    const right = server.pairing.issue('follower').code;
    expect((await http('POST', DEVICE, '/lan/pair', { code: right })).status).toBe(429);
    // Only that address: the operator's device elsewhere pairs with the same code.
    expect((await http('POST', DEVICE, '/lan/pair', { code: right }, {}, '127.0.0.6')).status).toBe(200);
  });
});

describe('the server without --lan', () => {
  it('serves the page as built, naming its offline worker, on 127.0.0.1 only, with no socket', async () => {
    const alone = await startServer({ html: HTML, lan: false, port: 0 });
    try {
      const get = (host: string) =>
        new Promise<string>((done, fail) => {
          request(`http://${host}:${alone.port}/`, { localAddress: host }, (res) => {
            let text = '';
            res.on('data', (c: Buffer) => (text += c.toString()));
            res.on('end', () => done(text));
          })
            .on('error', fail)
            .end();
        });
      expect(await get('127.0.0.1')).toBe(offlinePage(HTML));
      expect(offlinePage(HTML).replace(/; worker-src 'self'|\n *<meta name="lectern-offline"[^>]*>/g, '')).toBe(HTML);
      await expect(get(DEVICE)).rejects.toThrow(/ECONNREFUSED/);
      const ws = new WebSocket(`ws://127.0.0.1:${alone.port}/lan/socket?speech=Icarus&fingerprint=v1`, { origin: `http://127.0.0.1:${alone.port}` });
      const refused = await new Promise<number>((done) => {
        ws.on('unexpected-response', (_req, res) => done(res.statusCode ?? 0));
        ws.on('error', () => done(-1));
      });
      expect(refused).toBe(404);
      // A page in this machine's browser can ask for `//`: a 400, and the page is still served.
      const hostile = await exchange({ from: '127.0.0.1', to: '127.0.0.1', port: alone.port, chunks: [upgradeRequest('//', `127.0.0.1:${alone.port}`)] });
      expect(hostile.text).toMatch(/^HTTP\/1\.1 400/);
      expect(await get('127.0.0.1')).toBe(offlinePage(HTML));
    } finally {
      await alone.close();
    }
  });
});
