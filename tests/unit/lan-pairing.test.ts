// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isOwnHost, isOwnOrigin, isServingMachine } from '../../server/access.ts';
import { Bucket } from '../../server/limits.ts';
import { Pairing, PAIRING_LIMITS } from '../../server/pairing.ts';

/** A clock the test moves by hand. */
function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('pairing tokens', () => {
  /** A live code of `role`, made as the console makes it. */
  const codeOf = (pairing: Pairing, role: 'console' | 'follower' | 'standby' = 'console') => pairing.issue(role).code;

  it('has no live code until the operator asks for one', () => {
    const pairing = new Pairing(clock().now);
    expect(pairing.codes()).toEqual([]);
    for (const guess of ['000000', '00000000', '12345678']) expect(pairing.redeem(guess, '127.0.10.5')).toEqual({ ok: false, reason: 'wrong' });
  });

  it('pairs once per code, of eight digits, with a token of at least 128 random bits, and the code is then gone', () => {
    const pairing = new Pairing(clock().now);
    const code = codeOf(pairing, 'follower');
    expect(code).toMatch(/^\d{8}$/);
    const paired = pairing.redeem(`${code.slice(0, 4)} ${code.slice(4)}`, '127.0.10.5');
    if (!paired.ok) throw new Error('the live code must pair');
    expect(paired.device).toMatchObject({ role: 'follower', address: '127.0.10.5' });
    expect(Buffer.from(paired.device.token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(pairing.check(paired.device.token)).toEqual(paired.device);
    expect(pairing.redeem(code, '127.0.10.6')).toEqual({ ok: false, reason: 'wrong' });
    expect(pairing.codes()).toEqual([]);
  });

  it('refuses a wrong, an expired and a revoked token', () => {
    const time = clock();
    const pairing = new Pairing(time.now);
    const first = pairing.redeem(codeOf(pairing), 'a');
    const second = pairing.redeem(codeOf(pairing), 'b');
    if (!first.ok || !second.ok) throw new Error('both must pair');
    expect(pairing.check('x'.repeat(43))).toBeNull();
    expect(pairing.check(undefined)).toBeNull();
    expect(pairing.revoke(first.device.id)).toBe(first.device.token);
    expect(pairing.check(first.device.token)).toBeNull();
    time.advance(PAIRING_LIMITS.tokenTtlMs);
    expect(pairing.check(second.device.token)).toBeNull();
  });

  it('lets a code lapse after two minutes', () => {
    const time = clock();
    const pairing = new Pairing(time.now);
    const code = codeOf(pairing);
    expect(PAIRING_LIMITS.codeTtlMs).toBe(2 * 60_000);
    time.advance(PAIRING_LIMITS.codeTtlMs - 1);
    expect(pairing.codes().map((c) => c.code)).toEqual([code]);
    time.advance(1);
    expect(pairing.codes()).toEqual([]);
    expect(pairing.redeem(code, 'a').ok).toBe(false);
  });

  it('voids a code after 3 wrong tries in all, logs each with its address, and says who tried', () => {
    const lines: string[] = [];
    const pairing = new Pairing(clock().now, PAIRING_LIMITS, (line) => lines.push(line));
    const code = codeOf(pairing);
    const wrong = String((Number(code) + 1) % 10 ** 8).padStart(8, '0');
    pairing.redeem(wrong, '127.0.0.2');
    pairing.redeem(wrong, '::ffff:127.0.0.3');
    expect(pairing.codes()).toHaveLength(1);
    pairing.redeem(wrong, '127.0.0.2');
    expect(pairing.codes()).toEqual([]);
    expect(pairing.redeem(code, '127.0.0.4')).toEqual({ ok: false, reason: 'wrong' });
    expect(pairing.withdrawn()).toEqual([{ role: 'console', at: expect.any(Number), message: '3 wrong codes from 127.0.0.2 and 127.0.0.3: code withdrawn' }]);
    expect(lines.filter((l) => l.includes('Wrong pairing code from'))).toEqual([
      '  Wrong pairing code from 127.0.0.2.',
      '  Wrong pairing code from 127.0.0.3.',
      '  Wrong pairing code from 127.0.0.2.',
      '  Wrong pairing code from 127.0.0.4 (no code was live).',
    ]);
    expect(lines).toContain('  3 wrong codes from 127.0.0.2 and 127.0.0.3: code withdrawn (console). Make a new one on the console.');
    // A new code clears the notice and pairs.
    const fresh = codeOf(pairing);
    expect(pairing.withdrawn()).toEqual([]);
    expect(pairing.redeem(fresh, '127.0.0.4').ok).toBe(true);
  });

  it('limits wrong codes per address, even the right code, until the window ends, and no other address', () => {
    const time = clock();
    const pairing = new Pairing(time.now, { ...PAIRING_LIMITS, wrongPerCode: 1000 });
    for (let i = 0; i < PAIRING_LIMITS.wrongPerAddress; i++) expect(pairing.redeem('99999999x', 'mallory')).toEqual({ ok: false, reason: 'wrong' });
    const right = codeOf(pairing);
    expect(pairing.redeem(right, 'mallory')).toMatchObject({ ok: false, reason: 'limited' });
    expect(pairing.redeem(right, 'alice').ok).toBe(true);
    time.advance(PAIRING_LIMITS.wrongWindowMs);
    expect(pairing.redeem(codeOf(pairing), 'mallory').ok).toBe(true);
  });

  it('never locks the operator out: six addresses guessing five times each leave a new code working', () => {
    const pairing = new Pairing(clock().now);
    codeOf(pairing);
    for (let a = 0; a < 6; a++) for (let i = 0; i < 5; i++) pairing.redeem(String(a * 10 + i).padStart(8, '0'), `127.0.20.${a}`);
    // The guesses voided the code; the operator makes a new one, and the device in hand pairs at once.
    expect(pairing.codes()).toEqual([]);
    expect(pairing.redeem(codeOf(pairing), '127.0.0.9').ok).toBe(true);
  });

  it('approves or refuses a request to join, and hands the token out once', () => {
    const pairing = new Pairing(clock().now);
    const asked = pairing.ask('127.0.10.9', 'Mozilla/5.0 (iPad; CPU OS 17_0)');
    if ('reason' in asked) throw new Error('a first request must be taken');
    expect(asked.label).toMatch(/^Tablet [0-9A-F]{4}$/);
    expect(asked.compare).toMatch(/^\d{4}$/);
    expect(pairing.collect(asked.id)).toEqual({ status: 'pending' });
    expect(pairing.answer(asked.id, 'standby')).toBe(true);
    const approved = pairing.collect(asked.id);
    expect(approved).toMatchObject({ status: 'approved', device: { role: 'standby', label: asked.label, address: '127.0.10.9' } });
    expect(pairing.collect(asked.id)).toBeNull();
    const refused = pairing.ask('127.0.10.10', undefined);
    if ('reason' in refused) throw new Error('a first request must be taken');
    pairing.answer(refused.id, null);
    expect(pairing.collect(refused.id)).toEqual({ status: 'refused' });
  });

  it('takes one waiting request per address, makes a refused address wait, and lets requests lapse after two minutes', () => {
    const time = clock();
    const pairing = new Pairing(time.now);
    // Five addresses asking twice each: one request each waits, and a sixth device still gets in line.
    for (let a = 0; a < 5; a++) {
      expect(pairing.ask(`127.0.30.${a}`, undefined)).toHaveProperty('compare');
      expect(pairing.ask(`127.0.30.${a}`, undefined)).toEqual({ reason: 'waiting' });
    }
    const mine = pairing.ask('127.0.0.9', undefined);
    if ('reason' in mine) throw new Error('the operator’s device must get in line');
    expect(new Set(pairing.pending().map((r) => r.compare)).size).toBe(6);
    // Refusing the strangers does not let them straight back in.
    for (const request of pairing.pending().filter((r) => r.address !== '127.0.0.9')) pairing.answer(request.id, null);
    expect(pairing.ask('127.0.30.0', undefined)).toMatchObject({ reason: 'refused' });
    expect(pairing.pending().map((r) => r.address)).toEqual(['127.0.0.9']);
    time.advance(PAIRING_LIMITS.requestTtlMs);
    expect(pairing.pending()).toEqual([]);
    expect(pairing.collect(mine.id)).toBeNull();
    expect(pairing.ask('127.0.30.0', undefined)).toHaveProperty('compare');
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

  it('over TLS, accepts only an https Origin, and over plain HTTP only an http one', () => {
    expect(isOwnOrigin('https://127.0.0.2:4173', '127.0.0.2:4173', 4173, true)).toBe(true);
    expect(isOwnOrigin('http://127.0.0.2:4173', '127.0.0.2:4173', 4173, true)).toBe(false);
    expect(isOwnOrigin('https://127.0.0.2:4173', '127.0.0.2:4173', 4173)).toBe(false);
  });
});

describe('the flood limit', () => {
  it('allows a burst, then refuses until it refills', () => {
    const bucket = new Bucket(10, 3, 0);
    expect([bucket.take(0), bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([true, true, true, false]);
    expect(bucket.take(100)).toBe(true);
  });
});
