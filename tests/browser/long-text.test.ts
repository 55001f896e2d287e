// Any length is readable, in Chromium: a 2,000-word point is shown over several screens at
// podium sizes, each at or above the legible floor with nothing clipped, all its words in
// order; a 300-character web address in a point wraps and keeps the point at its size.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legibleFloor } from '../../src/model/deck/fit.ts';
import { buildChangedIcarus } from '../support/build.ts';
import { currentText, sharedBrowser, shown, skipReason } from '../support/browser.ts';
import { icarus } from '../support/speech.ts';

const speech = icarus();
/** 2,000 words made of the speech's own sentences, with its sentence ends. */
const sentences = speech.points.map((p) => p.text.replace(/;$/, '.'));
const longWords: string[] = [];
for (let i = 0; longWords.length < 2000; i++) longWords.push(...(sentences[i % sentences.length] ?? '').split(/\s+/));
const longText = longWords.slice(0, 2000).join(' ').replace(/[^.]$/, '$&.');
const address = `https://www.europol.europa.eu/${'operations-and-results/'.repeat(12)}icarus`.slice(0, 300);
const addressText = `The full report is published at ${address} for the press.`;

/** What the page shows: font size, whether it is clipped, the box and the text. */
function layout(page: Page) {
  return page.evaluate(() => {
    const content = document.querySelector<HTMLElement>('[data-testid="current-point"]');
    const box = content?.parentElement;
    if (!content || !box) throw new Error('No current point.');
    return {
      size: parseFloat(getComputedStyle(content).fontSize),
      clipped: content.scrollHeight > box.clientHeight + 0.5 || content.scrollWidth > content.clientWidth + 0.5,
      overflowing: box.hasAttribute('data-overflowing'),
      progress: document.querySelector('[data-testid="progress"]')?.textContent ?? '',
      continues: document.querySelector('.continues') !== null,
    };
  });
}

describe.skipIf(skipReason !== '')('long text at the podium', () => {
  const browser = sharedBrowser();
  let built = '';
  beforeAll(async () => {
    built = await buildChangedIcarus((file) =>
      file('points.yaml', (text) =>
        text.replace(
          'points:\n',
          `points:\n  - id: long\n    text: ${JSON.stringify(longText)}\n\n  - id: address\n    text: ${JSON.stringify(addressText)}\n\n`,
        ),
      ),
    );
  }, 120_000);
  afterAll(() => rmSync(dirname(dirname(built)), { recursive: true, force: true }));

  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1024, height: 768 },
  ]) {
    it(`shows a 2,000-word point over several screens at ${viewport.width}x${viewport.height}, legible, whole and in order`, async () => {
      const context = await browser().newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${pathToFileURL(built).href}#/present/1`);
      await page.locator('[data-testid="current-point"]').waitFor();
      // The podium measures its split after the first paint.
      await expect.poll(async () => (await layout(page)).progress).toMatch(/^1 \/ 21 · 1 of \d+$/);
      const parts = Number(/of (\d+)$/.exec((await layout(page)).progress)?.[1]);
      expect(parts).toBeGreaterThan(1);
      const floor = legibleFloor(viewport.height);
      const shownWords: string[] = [];
      for (let part = 1; part <= parts; part++) {
        await expect.poll(async () => (await layout(page)).progress).toBe(`1 / 21 · ${part} of ${parts}`);
        const now = await layout(page);
        expect(now.size).toBeGreaterThanOrEqual(floor);
        expect(now.clipped).toBe(false);
        expect(now.overflowing).toBe(false);
        expect(now.continues).toBe(part < parts);
        shownWords.push(...(await currentText(page)).split(' '));
        await page.keyboard.press('PageDown');
      }
      await expect.poll(async () => (await layout(page)).progress).toBe('2 / 21');
      expect(shownWords).toEqual(shown(longText, speech.note).split(' '));
      // Back from the next point lands on the last part.
      await page.keyboard.press('PageUp');
      await expect.poll(async () => (await layout(page)).progress).toBe(`1 / 21 · ${parts} of ${parts}`);
      await context.close();
    });
  }

  it('wraps a 300-character address instead of shrinking its point, and shows it whole', async () => {
    const context = await browser().newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(`${pathToFileURL(built).href}#/present/2`);
    await page.locator('[data-testid="current-point"]').waitFor();
    const withAddress = await layout(page);
    expect(await currentText(page)).toBe(addressText);
    expect(withAddress.clipped).toBe(false);
    // A neighbour of about the same length without the address.
    expect(withAddress.size).toBeGreaterThanOrEqual(legibleFloor(1080) * 1.5);
    await context.close();
  });
});
