// @vitest-environment node
// The LAN server holds its limits against one device: an expired pairing hears nothing more,
// and sockets per device, connections per address and the time to send a request are capped,
// while the serving machine's own windows are never counted.
import type { Socket } from 'node:net';
import { connect } from 'node:net';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startServer, type Running } from '../../server/server.ts';
import { exchange } from '../support/raw.ts';
import { ICARUS_ID, liveAt, servedPage, stateText } from '../support/served.ts';

const LAPTOP = '127.0.0.1';
const DEVICE = '127.0.0.2';
const TOKEN_TTL = 60_000;
let now = 1_000_000;
let server: Running;

/** A paired device's cookie for `role`, paired through the server's own pairing. */
function paired(role: 'console' | 'follower' | 'standby'): string {
  const { code } = server.pairing.issue(role);
  const result = server.pairing.redeem(code, DEVICE);
  if (!result.ok) throw new Error('the current code must pair');
  return `lectern-${server.port}=${result.device.token}`;
}

/** A socket on the speech from `from`, with what it heard and how it closed. */
function socket(from: string, cookie?: string) {
  const ws = new WebSocket(`ws://${from}:${server.port}/lan/socket?speech=${ICARUS_ID.speech}&fingerprint=${ICARUS_ID.version}`, {
    localAddress: from,
    origin: `http://${from}:${server.port}`,
    headers: cookie ? { cookie } : {},
  });
  const got: string[] = [];
  ws.on('message', (data) => String(data) !== 'alive' && got.push(String(data)));
  ws.on('error', () => {});
  const opened = new Promise<void>((done, fail) => {
    ws.once('open', () => done());
    ws.once('unexpected-response', (_req, res) => fail(new Error(`HTTP ${res.statusCode}`)));
  });
  const closed = new Promise<number>((done) => ws.once('close', (code) => done(code)));
  return { ws, got, opened, closed };
}

/** The serving machine's console asking its server: GET the admin view, or POST an action; the parsed answer. */
function laptop(path: string, body?: unknown): Promise<{ status: number; json: { devices: { id: string; ended: string | null; connected: boolean }[] } }> {
  return new Promise((done, fail) => {
    const req = request(`http://${LAPTOP}:${server.port}${path}`, { method: body === undefined ? 'GET' : 'POST', localAddress: LAPTOP, headers: { origin: `http://${LAPTOP}:${server.port}` } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, json: JSON.parse(text) as never }));
    });
    req.on('error', fail);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

/** The short id of the device a cookie belongs to. */
const idOf = (cookie: string) => server.pairing.paired().find((d) => cookie.endsWith(d.token))?.id ?? '';

/** An idle TCP connection from `from` to `to`, open once the server accepted it. */
function idle(from: string, to = from): Promise<Socket> {
  return new Promise((done, fail) => {
    const s = connect({ host: to, port: server.port, localAddress: from });
    s.once('connect', () => done(s));
    s.once('error', fail);
  });
}

beforeAll(async () => {
  server = await startServer({
    html: servedPage(),
    lan: true,
    port: 0,
    networkHosts: [DEVICE],
    now: () => now,
    pairingLimits: { tokenTtlMs: TOKEN_TTL },
    socketLimits: { socketsPerToken: 2, connectionsPerAddress: 4, connectionsInAll: 6, headersMs: 500, requestMs: 2_000 },
  });
});
afterAll(() => server.close());

describe('the LAN server’s limits', () => {
  // First, while no connection of another test is still counted.
  it('ends connections over the cap in all, from any addresses, and never counts the serving machine’s', async () => {
    const held = await Promise.all([...Array.from({ length: 4 }, () => idle('127.0.0.3', DEVICE)), idle('127.0.0.4', DEVICE), idle('127.0.0.4', DEVICE)]);
    const get = (from: string) => exchange({ from, to: DEVICE, port: server.port, chunks: [`GET / HTTP/1.1\r\nHost: ${DEVICE}:${server.port}\r\nConnection: close\r\n\r\n`], timeoutMs: 5_000 });
    expect(await get('127.0.0.5')).toEqual({ text: '', closed: true });
    const page = await exchange({ from: LAPTOP, to: LAPTOP, port: server.port, chunks: [`GET / HTTP/1.1\r\nHost: ${LAPTOP}:${server.port}\r\nConnection: close\r\n\r\n`], timeoutMs: 5_000 });
    expect(page.text).toMatch(/^HTTP\/1\.1 200/);
    // The held ones were counted, not ended.
    expect(held.every((s) => !s.destroyed && s.readyState === 'open')).toBe(true);
    const gone = held.map((s) => new Promise((done) => s.once('close', done)));
    for (const s of held) s.destroy();
    await Promise.all(gone);
    await expect.poll(async () => (await get('127.0.0.5')).text).toMatch(/^HTTP\/1\.1 200/);
  });

  it('closes a revoked pairing’s sockets at once, which hear no further state, and lists it as revoked until they are gone', async () => {
    const podium = socket(LAPTOP);
    const cookie = paired('console');
    const id = idOf(cookie);
    const revoked = socket(DEVICE, cookie);
    const witness = socket(DEVICE, paired('follower'));
    await Promise.all([podium.opened, revoked.opened, witness.opened]);
    const answer = await laptop('/lan/admin/revoke', { device: id });
    expect(answer.status).toBe(200);
    expect(answer.json.devices.filter((d) => d.id === id)).toEqual([expect.objectContaining({ id, ended: 'revoked', connected: true })]);
    podium.ws.send(stateText(liveAt(3, 7)));
    // Once the witness has the state, the revoked socket would have had it too.
    await expect.poll(() => witness.got.length).toBe(1);
    expect(await revoked.closed).toBe(4401);
    expect(revoked.got).toEqual([]);
    await expect.poll(async () => (await laptop('/lan/admin')).json.devices.some((d) => d.id === id)).toBe(false);
    for (const s of [podium, witness]) s.ws.close();
    await Promise.all([podium.closed, witness.closed]);
  });

  it('lists an expired pairing as expired while its socket closes, closing it at once, and forgets it once gone', async () => {
    const cookie = paired('follower');
    const id = idOf(cookie);
    const follower = socket(DEVICE, cookie);
    await follower.opened;
    now += TOKEN_TTL + 1;
    const admin = await laptop('/lan/admin');
    expect(admin.json.devices.filter((d) => d.id === id)).toEqual([expect.objectContaining({ id, ended: 'expired', connected: true })]);
    expect(await follower.closed).toBe(4401);
    await expect.poll(async () => (await laptop('/lan/admin')).json.devices.some((d) => d.id === id)).toBe(false);
  });

  it('closes an expired pairing’s socket before it hears another state', async () => {
    const podium = socket(LAPTOP);
    const follower = socket(DEVICE, paired('follower'));
    await Promise.all([podium.opened, follower.opened]);
    podium.ws.send(stateText(liveAt(1, 1)));
    await expect.poll(() => follower.got.length).toBe(1);
    now += TOKEN_TTL + 1;
    podium.ws.send(stateText(liveAt(2, 2)));
    expect(await follower.closed).toBe(4401);
    expect(follower.got).toHaveLength(1);
    podium.ws.close();
  });

  it('lets one paired device hold only so many sockets', async () => {
    const cookie = paired('console');
    const first = socket(DEVICE, cookie);
    const second = socket(DEVICE, cookie);
    await Promise.all([first.opened, second.opened]);
    await expect(socket(DEVICE, cookie).opened).rejects.toThrow('HTTP 429');
    first.ws.close();
    await first.closed;
    const again = socket(DEVICE, cookie);
    await again.opened;
    for (const s of [second, again]) s.ws.close();
    await Promise.all([second.closed, again.closed]);
  });

  it('ends connections over the cap of one address at once, and never counts the serving machine’s', async () => {
    const held = await Promise.all(Array.from({ length: 4 }, () => idle(DEVICE)));
    const over = await exchange({ from: DEVICE, to: DEVICE, port: server.port, chunks: [`GET / HTTP/1.1\r\nHost: ${DEVICE}:${server.port}\r\n\r\n`], timeoutMs: 5_000 });
    expect(over).toEqual({ text: '', closed: true });
    const laptop = await Promise.all(Array.from({ length: 8 }, () => idle(LAPTOP)));
    const page = await exchange({ from: LAPTOP, to: LAPTOP, port: server.port, chunks: [`GET / HTTP/1.1\r\nHost: ${LAPTOP}:${server.port}\r\nConnection: close\r\n\r\n`], timeoutMs: 5_000 });
    expect(page.text).toMatch(/^HTTP\/1\.1 200/);
    const gone = held.map((s) => new Promise((done) => s.once('close', done)));
    for (const s of [...held, ...laptop]) s.destroy();
    await Promise.all(gone);
    const after = await exchange({ from: DEVICE, to: DEVICE, port: server.port, chunks: [`GET / HTTP/1.1\r\nHost: ${DEVICE}:${server.port}\r\nConnection: close\r\n\r\n`], timeoutMs: 5_000 });
    expect(after.text).toMatch(/^HTTP\/1\.1 200/);
  });

  it('ends a request whose headers never finish', async () => {
    const started = Date.now();
    const slow = await exchange({ from: DEVICE, to: DEVICE, port: server.port, chunks: [`GET / HTTP/1.1\r\nHost: ${DEVICE}:${server.port}\r\n`], timeoutMs: 10_000 });
    expect(slow.closed).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
