// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isOwnHost, isOwnOrigin, isServingMachine } from '../../scripts/lan/access.ts';
import { Bucket } from '../../scripts/lan/limits.ts';
import { Pairing, PAIRING_LIMITS } from '../../scripts/lan/pairing.ts';
import { isNewerFrame, readFrame, Relay, type Peer } from '../../scripts/lan/relay.ts';
import { PROTOCOL } from '../../src/sync/protocol.ts';

/** A clock the test moves by hand. */
function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('pairing tokens', () => {
  it('pairs once per code, with a token of at least 128 random bits, and renews the code', () => {
    const pairing = new Pairing(clock().now);
    const code = pairing.codes().find((c) => c.role === 'follower')?.code ?? '';
    const paired = pairing.redeem(code, '127.0.10.5');
    if (!paired.ok) throw new Error('the current code must pair');
    expect(paired.device.role).toBe('follower');
    expect(Buffer.from(paired.device.token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(pairing.check(paired.device.token)).toEqual(paired.device);
    expect(pairing.redeem(code, '127.0.10.6')).toEqual({ ok: false, reason: 'wrong' });
    expect(pairing.codes().find((c) => c.role === 'follower')?.code).not.toBe(code);
  });

  it('refuses a wrong, an expired and a revoked token', () => {
    const time = clock();
    const pairing = new Pairing(time.now);
    const first = pairing.redeem(pairing.codes()[0]?.code ?? '', 'a');
    const second = pairing.redeem(pairing.codes()[0]?.code ?? '', 'b');
    if (!first.ok || !second.ok) throw new Error('both must pair');
    expect(pairing.check('x'.repeat(43))).toBeNull();
    expect(pairing.check(undefined)).toBeNull();
    expect(pairing.revoke(first.device.id)).toBe(first.device.token);
    expect(pairing.check(first.device.token)).toBeNull();
    time.advance(PAIRING_LIMITS.tokenTtlMs);
    expect(pairing.check(second.device.token)).toBeNull();
  });

  it('lets a code expire', () => {
    const time = clock();
    const pairing = new Pairing(time.now);
    const code = pairing.codes()[1]?.code ?? '';
    time.advance(PAIRING_LIMITS.codeTtlMs);
    expect(pairing.redeem(code, 'a').ok).toBe(false);
  });

  it('limits wrong codes per address, even the right code, until the window ends', () => {
    const time = clock();
    const pairing = new Pairing(time.now);
    const wrong = (c: string) => String((Number(c) + 1) % 1_000_000).padStart(6, '0');
    const right = pairing.codes()[0]?.code ?? '';
    const notACode = ['000000', '111111', '222222', '333333', '444444', '555555', '666666'].find((c) => !pairing.codes().some((k) => k.code === c)) ?? wrong(right);
    for (let i = 0; i < PAIRING_LIMITS.wrongPerAddress; i++) expect(pairing.redeem(notACode, 'mallory')).toEqual({ ok: false, reason: 'wrong' });
    const limited = pairing.redeem(right, 'mallory');
    expect(limited).toMatchObject({ ok: false, reason: 'limited' });
    expect(pairing.redeem(right, 'alice').ok).toBe(true);
    time.advance(PAIRING_LIMITS.wrongWindowMs);
    expect(pairing.redeem(pairing.codes()[0]?.code ?? '', 'mallory').ok).toBe(true);
  });

  it('limits wrong codes from all addresses together', () => {
    const pairing = new Pairing(clock().now);
    const taken = new Set(pairing.codes().map((c) => c.code));
    const guesses = Array.from({ length: 100 }, (_, i) => String(i).padStart(6, '0')).filter((c) => !taken.has(c));
    for (let i = 0; i < PAIRING_LIMITS.wrongInAll; i++) pairing.redeem(guesses[i] ?? '', `10.0.0.${i}`);
    expect(pairing.redeem(pairing.codes()[0]?.code ?? '', '127.0.11.1')).toMatchObject({ reason: 'limited' });
  });

  it('approves or refuses a request to join, and hands the token out once', () => {
    const pairing = new Pairing(clock().now);
    const asked = pairing.ask('127.0.10.9', 'Mozilla/5.0 (iPad; CPU OS 17_0)');
    if (!asked) throw new Error('a first request must be taken');
    expect(asked.label).toMatch(/^Tablet [0-9A-F]{4}$/);
    expect(pairing.collect(asked.id)).toEqual({ status: 'pending' });
    expect(pairing.answer(asked.id, 'standby')).toBe(true);
    const approved = pairing.collect(asked.id);
    expect(approved).toMatchObject({ status: 'approved', device: { role: 'standby', label: asked.label } });
    expect(pairing.collect(asked.id)).toBeNull();
    const refused = pairing.ask('127.0.10.10', undefined);
    pairing.answer(refused?.id ?? '', null);
    expect(pairing.collect(refused?.id ?? '')).toEqual({ status: 'refused' });
  });
});

describe('who is asking', () => {
  it('treats only 127.0.0.1 to 127.0.0.1 as the serving machine', () => {
    expect(isServingMachine('127.0.0.1', '127.0.0.1')).toBe(true);
    expect(isServingMachine('::ffff:127.0.0.1', '::ffff:127.0.0.1')).toBe(true);
    expect(isServingMachine('127.0.0.1', '127.0.0.2')).toBe(false);
    expect(isServingMachine('127.0.0.2', '127.0.0.1')).toBe(false);
    expect(isServingMachine('127.0.0.3', '127.0.0.2')).toBe(false);
  });

  it('accepts a Host that is an address of this server, never a DNS name', () => {
    expect(isOwnHost('127.0.0.2:4173', 4173)).toBe(true);
    expect(isOwnHost('localhost:4173', 4173)).toBe(true);
    expect(isOwnHost('127.0.0.2:4174', 4173)).toBe(false);
    expect(isOwnHost('evil.example:4173', 4173)).toBe(false);
    expect(isOwnHost(undefined, 4173)).toBe(false);
  });

  it('accepts an Origin only when it is the page of the Host asked', () => {
    expect(isOwnOrigin('http://127.0.0.2:4173', '127.0.0.2:4173', 4173)).toBe(true);
    expect(isOwnOrigin('http://127.0.0.1:4173', '127.0.0.2:4173', 4173)).toBe(false);
    expect(isOwnOrigin('http://evil.example', '127.0.0.2:4173', 4173)).toBe(false);
    expect(isOwnOrigin('null', '127.0.0.2:4173', 4173)).toBe(false);
    expect(isOwnOrigin(undefined, '127.0.0.2:4173', 4173)).toBe(false);
  });
});

describe('the relay', () => {
  /** A peer that keeps what it is sent. */
  function peer(role: Peer['role']) {
    const got: string[] = [];
    return { role, got, send: (text: string) => got.push(text) };
  }
  /** A frame the test knows to be well formed. */
  const frame = (text: string) => {
    const read = readFrame(text);
    if (!read) throw new Error(`not a frame: ${text}`);
    return read;
  };
  const V1 = { speech: 'icarus', version: 'v1' };
  const V2 = { speech: 'icarus', version: 'v2' };
  const state = (revision: number, writer = 'w', group = V1) => frame(JSON.stringify({ protocol: PROTOCOL, ...group, type: 'state', from: writer, state: { revision, writer } }));
  const hello = (group = V1) => frame(JSON.stringify({ protocol: PROTOCOL, ...group, type: 'hello', from: 'late' }));

  it('reads only JSON objects with a short type', () => {
    expect(readFrame('{"type":"hello"}')?.type).toBe('hello');
    for (const bad of ['nope', '[]', '"hello"', '{}', '{"type":5}', `{"type":"${'x'.repeat(40)}"}`]) expect(readFrame(bad)).toBeNull();
  });

  it('orders states by revision, then writer', () => {
    expect(isNewerFrame(state(3), state(2))).toBe(true);
    expect(isNewerFrame(state(2, 'b'), state(2, 'a'))).toBe(true);
    expect(isNewerFrame(state(2), state(3))).toBe(false);
    // Two windows' opening guesses: neither replaces the other.
    expect(isNewerFrame(state(0, 'b'), state(0, 'a'))).toBe(false);
  });

  it('relays a writer’s state, keeps the newest for a newcomer, and drops a follower’s', () => {
    const relay = new Relay();
    const podium = peer('host');
    const follower = peer('follower');
    relay.join(V1, podium);
    relay.join(V1, follower);
    expect(relay.receive(V1, podium, state(4))).toBe('relayed');
    expect(relay.receive(V1, podium, state(3))).toBe('relayed');
    expect(follower.got).toHaveLength(2);
    expect(relay.receive(V1, follower, state(9))).toBe('dropped');
    expect(podium.got).toEqual([]);
    const late = peer('console');
    relay.join(V1, late);
    relay.receive(V1, late, hello());
    expect(late.got).toEqual([state(4).text]);
    expect(podium.got).toEqual([hello().text]);
  });

  it('never mixes two versions of a speech', () => {
    const relay = new Relay();
    const a = peer('host');
    const b = peer('console');
    relay.join(V1, a);
    relay.join(V2, b);
    relay.receive(V1, a, state(7));
    relay.receive(V2, b, hello(V2));
    expect(b.got).toEqual([]);
    expect(a.got).toEqual([]);
    // A message naming the other version, on a socket of this one, is dropped, not kept.
    expect(relay.receive(V1, a, state(9, 'w', V2))).toBe('dropped');
    expect(relay.receive(V2, b, state(9, 'w', V1))).toBe('dropped');
    expect(relay.newest(V1)?.text).toBe(state(7).text);
    expect(relay.newest(V2)).toBeNull();
  });
});

describe('the flood limit', () => {
  it('allows a burst, then refuses until it refills', () => {
    const bucket = new Bucket(10, 3, 0);
    expect([bucket.take(0), bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([true, true, true, false]);
    expect(bucket.take(100)).toBe(true);
  });
});
