// A key pressed as soon as the point is on screen acts, once: on a cold open and on a reload at
// point 7 (a crash, a cable pulled, a browser restart mid-speech), PageDown pressed 0 to 300 ms
// after the first contentful paint moves to point 8, whether the app has taken over yet or not.
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { TAKE_KEYS } from '../../src/app/boot/earlyKeys.ts';
import { currentText, icarusUrl, sharedBrowser, shown, skipReason } from '../support/browser.ts';
import { icarus } from '../support/speech.ts';

/** What the recording leaves on the page's window. */
declare global {
  interface Window {
    __fcp?: number;
    __taken?: boolean;
  }
}

/** Notes when the page first painted text, and when the app took over the keys held since. */
const RECORD = (takeKeys: string) => {
  new PerformanceObserver((list) => {
    const [entry] = list.getEntriesByName('first-contentful-paint');
    if (entry) window.__fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  window.addEventListener(takeKeys, () => {
    window.__taken = true;
  });
};

const speech = icarus();
const DELAYS_MS = [0, 50, 100, 200, 300];

/** Point `number`'s text as the presenter shows it. */
function pointText(number: number): string {
  return shown(speech.points[number - 1]?.text ?? `no point ${number}`, speech.note);
}

describe.skipIf(skipReason !== '')('a key at start', () => {
  const browser = sharedBrowser();
  let context: BrowserContext | undefined;

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  /** Presses PageDown `delay` ms after the page's first paint, and checks the app ends at point 8, having moved once. */
  async function pressAfterPaint(page: Page, delay: number): Promise<void> {
    // The page's own clock, polled each frame: the press goes as soon as that much time has passed since the paint.
    await page.waitForFunction((ms) => window.__fcp !== undefined && performance.now() >= window.__fcp + ms, delay, { polling: 'raf' });
    await page.keyboard.press('PageDown');
    // Once the app has taken the held keys, its state is final: the address it writes next (deferred by one task) says where it is.
    await page.waitForFunction(() => window.__taken === true);
    const hash = await page.evaluate(() => new Promise<string>((resolve) => setTimeout(() => resolve(window.location.hash), 0)));
    expect(hash).toBe('#/present/8');
    await expect.poll(() => currentText(page)).toBe(pointText(8));
  }

  for (const file of ['podium.html', 'index.html']) {
    for (const delay of DELAYS_MS) {
      it(`moves exactly one point when PageDown is pressed ${delay} ms after the first paint, on a cold open and on a reload of ${file} at point 7`, async () => {
        context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
        const page = await context.newPage();
        await page.addInitScript(RECORD, TAKE_KEYS);
        await page.goto(new URL(`${file}#/present/7`, icarusUrl).href, { waitUntil: 'commit' });
        await pressAfterPaint(page, delay);
        // Back to point 7 by the app's own key, then the page reloads there, mid-speech.
        await page.keyboard.press('PageUp');
        await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/present/7');
        await page.reload({ waitUntil: 'commit' });
        await pressAfterPaint(page, delay);
      });
    }
  }
});
