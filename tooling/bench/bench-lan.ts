// The LAN part of `npm run bench`: the built page served by `server/serve.ts --lan` on
// loopback, the podium at 127.0.0.1 and a paired console at 127.0.0.2, each in its own browser
// context so only the server links them. It measures the time from a key on the console to
// the podium's text changing in its DOM, and how long the serving machine's console takes to
// reconnect once the server is killed and started again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { codeFor, killLanServer, startLanServer } from '../../server/child.ts';

/** What the benchmark leaves on the pages' windows while it measures. */
declare global {
  interface Window {
    __changedAt?: number[];
    __pressedAt?: number[];
  }
}

/** The figures this part reports. */
export interface LanFigures {
  keyToPodiumMs: number[];
  reconnectMs: number;
  downMs: number;
}

const PRESSES = 100;
/** A press every so often, as an operator's: the podium has long settled in between. */
const PAUSE_MS = 150;
/** How long the server stays dead before it is started again. */
const DOWN_MS = 2_000;

/** Opens a page in its own context and waits for the point. */
async function openAlone(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-testid="current-point"]').waitFor();
  return page;
}

/** Measures key to podium over the network, and the reconnection after a restart. */
export async function benchLan(browser: Browser, html = resolve('dist/index.html')): Promise<LanFigures> {
  const records = mkdtempSync(join(tmpdir(), 'lectern-bench-records-'));
  let server = await startLanServer(html, records);
  try {
    const podium = await openAlone(browser, `${server.local}#/present/1`);
    const hostConsole = await openAlone(browser, `${server.local}#/console`);
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const device = await context.newPage();
    await device.goto(server.network);
    await device.getByLabel(/Pairing code/).fill(await codeFor(server, 'console'));
    await device.getByRole('button', { name: 'Pair' }).click();
    await device.locator('[data-testid="current-point"]').waitFor();
    await device.waitForFunction(() => document.querySelector('[data-testid="connection"]')?.textContent === 'Connected');

    // Both pages are in one browser, so timeOrigin + now() is one clock for both.
    await podium.evaluate(() => {
      window.__changedAt = [];
      // The stage shows the point: a move shows a copy laid out ahead, or writes the text.
      const stage = document.querySelector('.stage');
      if (!stage) throw new Error('no stage');
      new MutationObserver(() => window.__changedAt?.push(performance.timeOrigin + performance.now())).observe(stage, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
    });
    await device.evaluate(() => {
      window.__pressedAt = [];
      addEventListener('keydown', () => window.__pressedAt?.push(performance.timeOrigin + performance.now()), { capture: true });
    });
    const keyToPodiumMs: number[] = [];
    for (let i = 0; i < PRESSES; i++) {
      // Ten forward, ten back, and again: the podium never hits an end, so every press moves it.
      const key = Math.floor(i / 10) % 2 === 0 ? 'PageDown' : 'PageUp';
      const seen = await podium.evaluate(() => window.__changedAt?.length ?? 0);
      await device.keyboard.press(key);
      await podium.waitForFunction((n) => (window.__changedAt?.length ?? 0) > n, seen, { timeout: 5_000 });
      const pressed = await device.evaluate(() => window.__pressedAt?.at(-1) ?? NaN);
      // The first change after the press: the copies around the new point follow it.
      const changed = await podium.evaluate((pressed) => window.__changedAt?.find((at) => at >= pressed) ?? NaN, pressed);
      keyToPodiumMs.push(changed - pressed);
      await device.waitForTimeout(PAUSE_MS);
    }

    // Kill, wait, restart on the same port; time until the serving machine's console is back.
    await killLanServer(server);
    await hostConsole.waitForFunction(() => document.querySelector('[data-testid="connection"]')?.textContent !== 'Connected', undefined, { timeout: 10_000 });
    await hostConsole.waitForTimeout(DOWN_MS);
    server = await startLanServer(html, records, server.port);
    const listening = Date.now();
    await hostConsole.waitForFunction(() => document.querySelector('[data-testid="connection"]')?.textContent === 'Connected', undefined, { timeout: 15_000, polling: 10 });
    const reconnectMs = Date.now() - listening;
    await Promise.all([podium.context().close(), hostConsole.context().close(), context.close()]);
    return { keyToPodiumMs, reconnectMs, downMs: DOWN_MS };
  } finally {
    await killLanServer(server);
    rmSync(records, { recursive: true, force: true });
  }
}
