// The LAN mode over TLS with the organisation's certificate: the test makes one for 127.0.0.2
// and trusts exactly that certificate in its browser (by its public key), as a press office's
// devices trust their own. The serving machine stays on http://127.0.0.1; the devices pair over
// HTTPS and sync over WSS, with Secure cookies.
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { codeFor, killLanServer, startLanServer, type LanServer } from '../../server/child.ts';
import { launch, skipReason } from '../support/browser.ts';
import { ICARUS, icarus } from '../support/speech.ts';

const speech = icarus();
const builtFile = inject('icarusFile');

/** A page in a browser context of its own, so no BroadcastChannel links it to the others. */
async function pageOf(browser: Browser): Promise<Page> {
  return (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
}

/** The podium's progress line, such as "3 / 19". */
async function podiumAt(page: Page): Promise<string> {
  return (await page.locator('[data-testid="progress"]').textContent()) ?? '';
}

describe.skipIf(skipReason !== '')('LAN mode over HTTPS', () => {
  let browser: Browser;
  let server: LanServer;
  let folder: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'lectern-tls-'));
    const pems = await generate([{ name: 'commonName', value: '127.0.0.2' }], {
      keyType: 'ec',
      algorithm: 'sha256',
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true },
        { name: 'extKeyUsage', serverAuth: true },
        { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.2' }] },
      ],
    });
    const cert = join(folder, 'cert.pem');
    const key = join(folder, 'key.pem');
    writeFileSync(cert, pems.cert);
    writeFileSync(key, pems.private);
    const spki = createHash('sha256')
      .update(new X509Certificate(pems.cert).publicKey.export({ type: 'spki', format: 'der' }))
      .digest('base64');
    vi.stubEnv('LECTERN_CONTENT', ICARUS);
    server = await startLanServer(builtFile, join(folder, 'records'), 0, { cert, key });
    browser = await launch([`--ignore-certificate-errors-spki-list=${spki}`]);
  });

  afterAll(async () => {
    await browser?.close();
    if (server) await killLanServer(server);
    vi.unstubAllEnvs();
    rmSync(folder, { recursive: true, force: true });
  });

  it('pairs a console and a follower over HTTPS at 127.0.0.2, and they sync over WSS with the podium on 127.0.0.1', async () => {
    expect(server.network).toBe(`https://127.0.0.2:${server.port}/`);
    const podium = await pageOf(browser);
    const host = await pageOf(browser);
    const consoleDevice = await pageOf(browser);
    const follower = await pageOf(browser);
    try {
      await podium.goto(`${server.local}#/present`);
      await podium.locator('[data-testid="current-point"]').waitFor();
      await podium.keyboard.press('Home');
      await expect.poll(() => podiumAt(podium)).toBe(`1 / ${speech.points.length}`);

      // The operator makes a console code on the laptop's own console, over plain HTTP on 127.0.0.1.
      await host.goto(`${server.local}#/console`);
      await host.getByRole('button', { name: /^Devices/ }).click();
      await host.getByLabel('Role').selectOption('console');
      await host.getByRole('button', { name: 'Add a device' }).click();
      const code = ((await host.getByTestId('code-console').textContent()) ?? '').replace(/\s/g, '');
      await expect(host.getByRole('img', { name: 'QR code to pair as console' }).isVisible()).resolves.toBe(true);

      const sockets: string[] = [];
      consoleDevice.on('websocket', (ws) => sockets.push(ws.url()));
      const pairing = await consoleDevice.goto(server.network);
      expect(pairing?.url()).toBe(server.network);
      expect(await pairing?.securityDetails()).not.toBeNull();
      await consoleDevice.getByLabel(/Pairing code/).fill(code);
      await consoleDevice.getByRole('button', { name: 'Pair' }).click();
      await consoleDevice.locator('[data-testid="current-point"]').waitFor();
      expect(consoleDevice.url()).toContain('#/console');
      const [cookie] = await consoleDevice.context().cookies();
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
      await expect.poll(() => consoleDevice.getByTestId('connection').textContent()).toBe('Connected');
      expect(sockets.every((url) => url.startsWith('wss://127.0.0.2:'))).toBe(true);
      expect(sockets.length).toBeGreaterThan(0);

      await follower.goto(server.network);
      await follower.getByLabel(/Pairing code/).fill(await codeFor(server, 'follower'));
      await follower.getByRole('button', { name: 'Pair' }).click();
      await follower.locator('[data-testid="current-point"]').waitFor();
      expect(follower.url()).toContain('#/read');

      await consoleDevice.keyboard.press('PageDown');
      await expect.poll(() => podiumAt(podium)).toBe(`2 / ${speech.points.length}`);
      await expect.poll(() => follower.locator('[data-testid="current-point"]').textContent()).toContain(speech.points[1]?.text.slice(0, 20) ?? '');
      // With the organisation's certificate the console does not warn of plain HTTP.
      await expect(host.getByText('Plain HTTP').count()).resolves.toBe(0);
    } finally {
      for (const page of [podium, host, consoleDevice, follower]) await page.context().close();
    }
  });
});
