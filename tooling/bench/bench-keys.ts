// The keys-at-start part of `npm run bench`: a speaker's first click after a cold open or a
// reload mid-speech. Each page (the podium file and the whole app) is opened at point 7 in a
// fresh context and reloaded there, and PageDown is pressed 0 to 300 ms after the page's first
// contentful paint, by the page's own clock. Once the app is up and settled, the address says
// where it ended: point 8 is right, point 7 a key lost, point 9 a key acted on twice.
import type { Browser, Page } from 'playwright-core';

/** What the benchmark leaves on the page's window while it measures. */
declare global {
  interface Window {
    __firstPaintAt?: number;
  }
}

/** How long after the first contentful paint each press goes. */
const DELAYS_MS = [0, 50, 100, 200, 300];
/** Each delay is tried this many times, on each page, cold and on a reload. */
const ROUNDS = 2;

/** The figures this part reports. */
export interface KeysAtStart {
  presses: number;
  lost: number;
  doubled: number;
}

/** Notes the time of the first contentful paint; a string, so the page runs it exactly as written. */
const RECORD_PAINT = `new PerformanceObserver((list) => {
  const entry = list.getEntriesByName('first-contentful-paint')[0];
  if (entry) window.__firstPaintAt = entry.startTime;
}).observe({ type: 'paint', buffered: true });`;

/** Presses PageDown `delay` ms after the first paint; returns the screen number the app settles on. */
async function pressAfterPaint(page: Page, delay: number): Promise<number> {
  await page.waitForFunction((ms) => window.__firstPaintAt !== undefined && performance.now() >= window.__firstPaintAt + ms, delay, { polling: 'raf' });
  await page.keyboard.press('PageDown');
  await page.waitForSelector('[data-testid="current-point"]');
  // Settled: the app's keyboard listener is in place after its first render, and the address is written a task after a move.
  const hash = await page.evaluate(
    () => new Promise<string>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(window.location.hash), 0)))),
  );
  return Number(/\/(\d+)$/.exec(hash)?.[1] ?? NaN);
}

/** Counts the PageDown presses lost, and acted on twice, right after the first paint. */
export async function benchKeysAtStart(browser: Browser, base: string): Promise<KeysAtStart> {
  const figures: KeysAtStart = { presses: 0, lost: 0, doubled: 0 };
  const count = (screen: number) => {
    figures.presses += 1;
    if (screen === 7) figures.lost += 1;
    else if (screen !== 8) figures.doubled += 1;
  };
  for (let round = 0; round < ROUNDS; round++) {
    for (const file of ['podium.html', '']) {
      for (const delay of DELAYS_MS) {
        const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
        try {
          const page = await context.newPage();
          await page.addInitScript({ content: RECORD_PAINT });
          await page.goto(`${base}${file}#/present/7`, { waitUntil: 'commit' });
          count(await pressAfterPaint(page, delay));
          // Back at point 7 by the address, then a reload there, mid-speech.
          await page.evaluate(() => window.history.replaceState(null, '', '#/present/7'));
          await page.reload({ waitUntil: 'commit' });
          count(await pressAfterPaint(page, delay));
        } finally {
          await context.close();
        }
      }
    }
  }
  return figures;
}
