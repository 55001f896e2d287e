// The podium's first paint, in Chromium: the point is on screen before React runs, and React
// takes over with the same words at the same size, so the speaker sees no flash. On every
// speech of the project's build: its first point, one in the middle and its last.
import { describe, expect, it } from 'vitest';
import { address, baseUrl, currentText, eachSpeech, sharedBrowser, shown, skipReason } from '../support/browser.ts';

/** What the recording leaves on the page's window. */
declare global {
  interface Window {
    __firstPaint?: { text: string; size: string };
  }
}

/** Notes the first point the page paints before the app's own render replaces it. */
const RECORD_FIRST_PAINT = `
  new MutationObserver((_, observer) => {
    const text = document.querySelector('#root .point-text');
    if (!text || document.querySelector('[data-testid="current-point"]')) return;
    window.__firstPaint = { text: text.textContent, size: text.closest('.screen').style.fontSize };
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
`;

describe.skipIf(skipReason !== '')('the first paint', () => {
  const browser = sharedBrowser();

  for (const { id, speech, label, width, height, number } of eachSpeech().flatMap((entry) => [
    { ...entry, width: 1920, height: 1080, number: entry.speech.points.length },
    { ...entry, width: 1024, height: 768, number: Math.ceil(entry.speech.points.length / 2) },
    { ...entry, width: 1024, height: 768, number: 1 },
  ])) {
    it(`${label}shows point ${number} before the app runs, and the app takes over unchanged, at ${width}x${height}`, async () => {
      const context = await browser().newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.addInitScript({ content: RECORD_FIRST_PAINT });
      await page.goto(new URL(address(id, 'present', number), baseUrl).href);
      await page.locator('[data-testid="current-point"]').waitFor();
      const point = speech.points[number - 1];
      const expected = point ? shown(point.text, speech.note) : 'no such point';
      const first = await page.evaluate(() => window.__firstPaint);
      expect(first?.text.replace(/\s+/g, ' ')).toBe(expected);
      expect(await currentText(page)).toBe(expected);
      const size = await page.locator('[data-testid="current-point"]').evaluate((el) => (el as HTMLElement).style.fontSize);
      expect(first?.size).toBe(size);
      await context.close();
    });
  }
});
