// npm run bench: builds the app, serves the one built file on loopback, drives it in Chromium
// and prints size, load, key-to-frame, fit and memory figures against their budgets, then the
// LAN figures (bench-lan.ts): console key to podium over the network, and reconnection after a
// server restart. The table is also written to bench-results.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { benchLan } from './bench-lan.ts';

/** What the benchmark leaves on the page's window while it measures. */
declare global {
  interface Window {
    __keyFrame?: Promise<number>;
    __inDom?: number;
  }
}

const LOADS = 7;
const PASSES = 50;
/** The pause between two presses: a speaker reads at least this long before moving on. */
const READING_PAUSE_MS = 150;
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/** The value at quantile q of some numbers. */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/** Presses a key and returns the ms from keydown to the next animation frame, with the change on screen. */
async function keyToFrame(page: Page, key: string): Promise<number> {
  await page.evaluate(() => {
    window.__keyFrame = new Promise((resolve) => {
      addEventListener(
        'keydown',
        () => {
          const start = performance.now();
          requestAnimationFrame(() => resolve(performance.now() - start));
        },
        { once: true, capture: true },
      );
    });
  });
  await page.keyboard.press(key);
  return page.evaluate(() => window.__keyFrame ?? NaN);
}

/** The latest fit time the app recorded. */
function lastFit(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('lectern:fit').at(-1)?.duration ?? NaN);
}

async function main() {
  await build({ logLevel: 'warn' });
  const html = readFileSync('dist/index.html');
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

  try {
    // Cold load: a fresh context each time, so nothing is cached. The page paints nothing before
    // the app's first render, so the first contentful paint is the paint that shows the point.
    const coldLoad = async (hash: string) => {
      const painted: number[] = [];
      for (let i = 0; i < LOADS; i++) {
        const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
        const page = await context.newPage();
        // A string, not a function: the page must run it exactly as written. It notes when the
        // point enters the document, which is when React commits it, before any paint of it.
        await page.addInitScript({
          content: `new MutationObserver((_, observer) => {
            if (!document.querySelector('[data-testid="current-point"]')?.textContent) return;
            window.__inDom = performance.now();
            observer.disconnect();
          }).observe(document, { childList: true, subtree: true, characterData: true });`,
        });
        await page.goto(`${base}${hash}`);
        await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
        await page.waitForFunction(() => window.__inDom !== undefined);
        const [inDom, paint] = await page.evaluate(() => [
          window.__inDom ?? NaN,
          performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        ]);
        // Should the point come after the first paint, count the later of the two.
        painted.push(Math.max(inDom ?? NaN, paint ?? NaN));
        await context.close();
      }
      return quantile(painted, 0.5);
    };
    const presenterPainted = await coldLoad('#/present/1');
    const readingPainted = await coldLoad('#/read/1');

    // Key to next frame and fit: forward through the whole speech and back, at two podium sizes.
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${base}#/present/1`);
    await page.waitForSelector('[data-testid="current-point"]');
    const frames: number[] = [];
    const fits: number[] = [];
    for (const viewport of [{ width: 1920, height: 1080 }, { width: 1024, height: 768 }]) {
      await page.setViewportSize(viewport);
      await page.keyboard.press('Home');
      for (let lap = 0; lap < 2; lap++) {
        for (const key of ['PageDown', 'PageUp']) {
          let previous = '';
          for (;;) {
            const label = await page.textContent('[data-testid="progress"]');
            if (label === previous) break;
            previous = label ?? '';
            frames.push(await keyToFrame(page, key));
            fits.push(await lastFit(page));
            await page.waitForTimeout(READING_PAUSE_MS);
          }
        }
      }
    }

    // Fit from scratch: at a box size never seen, every screen needs the full search.
    const scratch: number[] = [];
    await page.keyboard.press('Home');
    for (let i = 0; ; i++) {
      await page.setViewportSize({ width: 1021 + i, height: 767 });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      scratch.push(await lastFit(page));
      const label = await page.textContent('[data-testid="progress"]');
      await page.keyboard.press('PageDown');
      await page.waitForTimeout(READING_PAUSE_MS);
      if ((await page.textContent('[data-testid="progress"]')) === label) break;
    }

    // Memory: the JS heap after moving through the whole speech PASSES times, against the start.
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    await page.keyboard.press('Home');
    const heapBefore = await heap();
    for (let pass = 0; pass < PASSES; pass++) {
      await page.keyboard.press('End');
      await page.keyboard.press('Home');
      for (let i = 0; i < 20; i++) await page.keyboard.press('PageDown');
      await page.keyboard.press('Home');
    }
    const heapAfter = await heap();
    const lan = await benchLan(browser);

    const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
    const ms = (value: number) => Math.round(value * 10) / 10;
    const results = {
      date: new Date().toISOString(),
      bytes: { raw: html.length, gzip: gzipSync(html, { level: 9 }).length },
      coldLoadMs: { presenterFirstPointPainted: ms(presenterPainted), readingDocumentPainted: ms(readingPainted), loads: LOADS },
      keyToNextFrameMs: { p50: ms(quantile(frames, 0.5)), p95: ms(quantile(frames, 0.95)), presses: frames.length },
      fitMs: { onKeyPathWorst: ms(Math.max(...fits)), fromScratchWorst: ms(Math.max(...scratch)), fromScratchMedian: ms(quantile(scratch, 0.5)) },
      heap: { beforeKB: kb(heapBefore), afterKB: kb(heapAfter), growthKB: kb(heapAfter - heapBefore), passes: PASSES },
      lan: {
        consoleKeyToPodiumMs: { p50: ms(quantile(lan.keyToPodiumMs, 0.5)), p95: ms(quantile(lan.keyToPodiumMs, 0.95)), presses: lan.keyToPodiumMs.length },
        reconnectAfterRestartMs: lan.reconnectMs,
        serverDownMs: lan.downMs,
      },
    };
    const rows: [string, string, string, boolean][] = [
      ['Built file, raw', `${kb(results.bytes.raw)} KB`, '', true],
      ['Built file, gzip', `${kb(results.bytes.gzip)} KB`, '≤ 80 KB', results.bytes.gzip <= 80 * 1024],
      [`Presenter: first point painted (median of ${LOADS} cold loads)`, `${results.coldLoadMs.presenterFirstPointPainted} ms`, '≤ 250 ms', results.coldLoadMs.presenterFirstPointPainted <= 250],
      [`Reading: document painted (median of ${LOADS} cold loads)`, `${results.coldLoadMs.readingDocumentPainted} ms`, '', true],
      [`Key to next frame, p50 (${frames.length} presses)`, `${results.keyToNextFrameMs.p50} ms`, '', true],
      [`Key to next frame, p95 (${frames.length} presses)`, `${results.keyToNextFrameMs.p95} ms`, '≤ 16.7 ms', results.keyToNextFrameMs.p95 <= 16.7],
      ['Fit on the key path (size found ahead), worst', `${results.fitMs.onKeyPathWorst} ms`, '', true],
      [`Fit from scratch (search), worst of ${scratch.length} screens`, `${results.fitMs.fromScratchWorst} ms`, '', true],
      [`JS heap growth after ${PASSES} passes`, `${results.heap.growthKB} KB`, '< 1024 KB', results.heap.growthKB < 1024],
      [`LAN: console key to podium DOM, p50 (${lan.keyToPodiumMs.length} presses)`, `${results.lan.consoleKeyToPodiumMs.p50} ms`, '', true],
      [`LAN: console key to podium DOM, p95 (${lan.keyToPodiumMs.length} presses)`, `${results.lan.consoleKeyToPodiumMs.p95} ms`, '≤ 50 ms', results.lan.consoleKeyToPodiumMs.p95 <= 50],
      [`LAN: reconnected after a server restart (down ${lan.downMs / 1000} s)`, `${lan.reconnectMs} ms`, '', true],
    ];
    console.log(`\n| Measure | Value | Budget | |\n| --- | --- | --- | --- |`);
    for (const [name, value, budget, ok] of rows) console.log(`| ${name} | ${value} | ${budget} | ${budget ? (ok ? 'within' : 'OVER') : ''} |`);
    writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`);
    console.log('\nWritten to bench-results.json');
    if (rows.some(([, , , ok]) => !ok)) process.exitCode = 1;
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
