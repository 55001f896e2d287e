// The LAN mode with a running order of two speeches in one build, on loopback: the serving
// machine's podiums of both speeches at 127.0.0.1, a paired console device at 127.0.0.2. The
// device chooses its speech from the running order, and its Next moves that speech's podium
// alone, never the other's; each speech's delivery record names the screens as that speech counts them.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { codeFor, killLanServer, startLanServer, type LanServer } from '../../server/child.ts';
import type { Speech } from '../../src/model/speech/speech.ts';
import { recordScreensOf, screensOf } from '../../src/model/deck/screens.ts';
import { launch, skipReason } from '../support/browser.ts';
import { buildApp, twoSpeeches } from '../support/build.ts';
import { heardCount, recordHeard } from '../support/heard.ts';
import { icarus } from '../support/speech.ts';

const director = icarus();

/** A page in a browser context of its own, so no BroadcastChannel links it to the others; it records what its sockets hear. */
async function pageOf(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
  await recordHeard(page);
  return page;
}

/** Moves the device to the console of `speech`; returns once `podium` has handled the hello that console sends on joining. */
async function joinConsole(device: Page, speech: string, podium: Page): Promise<void> {
  const before = await heardCount(podium, 'hello');
  await device.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/${speech}/console`);
  await device.waitForURL(new RegExp(`#/${speech}/console`));
  // A signal that comes, not a guess at a delay: the wait may be long on a busy machine.
  await expect.poll(() => heardCount(podium, 'hello'), { timeout: 10_000 }).toBeGreaterThan(before);
}

/** The podium's progress line, such as "3 / 19". */
async function podiumAt(page: Page): Promise<string> {
  return (await page.locator('[data-testid="progress"]').textContent()) ?? '';
}

describe.skipIf(skipReason !== '')('LAN mode with a running order of two speeches', () => {
  let base = '';
  let browser: Browser;
  let server: LanServer;
  let statement: Speech;

  beforeAll(async () => {
    let content: string;
    ({ base, content, statement } = twoSpeeches('lectern-lan-conference-'));
    const html = await buildApp(join(base, 'dist'), content);
    // The server reads the same speeches from disk, to name the screens in its delivery records.
    vi.stubEnv('LECTERN_CONTENT', content);
    server = await startLanServer(html, join(base, 'records'));
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (server) await killLanServer(server);
    if (base) rmSync(base, { recursive: true, force: true });
    vi.unstubAllEnvs();
  });

  it('lets a console device drive the podium of its own speech only', async () => {
    const icarusPodium = await pageOf(browser);
    await icarusPodium.goto(`${server.local}#/icarus/present/1`);
    const statementPodium = await pageOf(browser);
    await statementPodium.goto(`${server.local}#/statement/present/1`);
    await expect.poll(() => podiumAt(icarusPodium)).toBe(`1 / ${director.points.length}`);
    await expect.poll(() => podiumAt(statementPodium)).toBe(`1 / ${statement.points.length}`);

    // Paired, the device opens the running order to choose its speech from.
    const device = await pageOf(browser);
    await device.goto(server.network);
    await device.getByLabel(/Pairing code/).fill(await codeFor(server, 'console'));
    await device.getByRole('button', { name: 'Pair' }).click();
    await device.locator('.running-order').waitFor();
    await device.locator('tr[data-speech="icarus"]').getByRole('link', { name: 'Console' }).click();
    await device.locator('[data-testid="current-point"]').waitFor();
    expect(device.url()).toMatch(/#\/icarus\/console/);
    await expect.poll(() => device.getByTestId('connection').textContent()).toBe('Connected');

    for (let i = 0; i < 3; i++) await device.getByRole('button', { name: 'Next →' }).click();
    await expect.poll(() => podiumAt(icarusPodium)).toBe(`4 / ${director.points.length}`);
    // The device's hello on the other speech's console leaves after its three moves: once that
    // podium has handled the hello, a move wrongly sent to it would have been acted on.
    await joinConsole(device, 'statement', statementPodium);
    expect(await podiumAt(statementPodium)).toBe(`1 / ${statement.points.length}`);

    // The same device on the other speech's console moves that podium, and leaves the first.
    await expect.poll(() => device.getByTestId('console-progress').textContent()).toBe(`1 / ${statement.points.length}`);
    await expect.poll(() => device.getByTestId('connection').textContent()).toBe('Connected');
    await device.getByRole('button', { name: 'Next →' }).click();
    await expect.poll(() => podiumAt(statementPodium)).toBe(`2 / ${statement.points.length}`);
    await joinConsole(device, 'icarus', icarusPodium);
    expect(await podiumAt(icarusPodium)).toBe(`4 / ${director.points.length}`);

    // Each speech's delivery record names its screens as that speech counts them.
    const labels = (folder: string) => {
      const file = readdirSync(join(base, 'records')).find((name) => name.includes(`-${folder}-`));
      if (!file) return [];
      return readFileSync(join(base, 'records', file), 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { label?: string }).label);
    };
    const [, secondOfStatement] = recordScreensOf(screensOf(statement), statement);
    const [, , , fourthOfIcarus] = recordScreensOf(screensOf(director), director);
    await expect.poll(() => labels('statement')).toContain(secondOfStatement?.label);
    await expect.poll(() => labels('icarus')).toContain(fourthOfIcarus?.label);
  });
});
