// @vitest-environment node
// The certificate options of `npm start -- --lan`: read and checked as a pair before serving.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { afterAll, describe, expect, it } from 'vitest';
import { tlsOf } from '../../server/serving.ts';

const folder = mkdtempSync(join(tmpdir(), 'lectern-tls-options-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('--cert and --key', () => {
  it('are plain HTTP when absent, and refuse half a pair, a missing file, no --lan and a key of another certificate', async () => {
    expect(tlsOf({ lan: true })).toBeNull();
    expect(() => tlsOf({ lan: true, cert: 'cert.pem' })).toThrow('Give both --cert FILE and --key FILE (only --cert was given).');
    expect(() => tlsOf({ cert: 'cert.pem', key: 'key.pem' })).toThrow('add --lan');
    expect(() => tlsOf({ lan: true, cert: join(folder, 'none.pem'), key: join(folder, 'none.pem') })).toThrow(/none\.pem: cannot read the certificate \(ENOENT\)/);
    const [a, b] = await Promise.all([generate(undefined, { keyType: 'ec' }), generate(undefined, { keyType: 'ec' })]);
    writeFileSync(join(folder, 'a.crt'), a.cert);
    writeFileSync(join(folder, 'a.key'), a.private);
    writeFileSync(join(folder, 'b.key'), b.private);
    expect(tlsOf({ lan: true, cert: join(folder, 'a.crt'), key: join(folder, 'a.key') })?.cert.toString()).toBe(a.cert);
    expect(() => tlsOf({ lan: true, cert: join(folder, 'a.crt'), key: join(folder, 'b.key') })).toThrow(/a\.crt and .*b\.key: not a PEM certificate and its own private key/);
  });
});
