// Search in a long document, in Chromium: the count covers every match at once, points near the
// view show their marks, a point far down shows its marks once it is scrolled near, and the point
// holding the current match is marked wherever it stands.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexTexts, searchableTexts, searchTexts } from '../../src/model/review/search.ts';
import { buildChangedIcarus } from '../support/build.ts';
import { sharedBrowser, skipReason } from '../support/browser.ts';
import { icarus } from '../support/speech.ts';

const speech = icarus();
/** The Icarus points, then 300 more made of their texts: a document long enough to mark by view. */
const EXTRA = 300;
const extra = Array.from({ length: EXTRA }, (_, i) => ({ id: `copy-${i + 1}`, text: speech.points[i % speech.points.length]?.text ?? '' }));
const allTexts = [...speech.points.map((p) => p.text), ...extra.map((p) => p.text)];
// Every match in the document (points, venue, signature, note), as the search module counts them.
const europol = searchTexts(indexTexts(searchableTexts({ ...speech, points: [...speech.points, ...extra] })), 'Europol').length;

/** How many <mark>s a point shows, by its 1-based number. */
function marksIn(page: Page, number: number): Promise<number> {
  return page.locator('.reading-point').nth(number - 1).locator('mark').count();
}

describe.skipIf(skipReason !== '')('search in a long document', () => {
  const browser = sharedBrowser();
  let built = '';
  beforeAll(async () => {
    built = await buildChangedIcarus((file) =>
      file('points.yaml', (text) => `${text.trimEnd()}\n${extra.map((p) => `\n  - id: ${p.id}\n    text: ${JSON.stringify(p.text)}\n`).join('')}`),
    );
  }, 120_000);
  afterAll(() => rmSync(dirname(dirname(built)), { recursive: true, force: true }));

  it('counts every match, marks the points near the view, and marks a far point once it comes near', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${pathToFileURL(built).href}#/read/1`);
    await page.locator('#speech-search').fill('Europol');
    await expect.poll(() => page.locator('#search-count').textContent()).toBe(`1 of ${europol} matches`);
    // Point 1 has no "Europol"; point 2 has one, near the top.
    await expect.poll(() => marksIn(page, 2)).toBe(1);
    const last = allTexts.length;
    const lastHas = allTexts[last - 1]?.match(/europol/gi)?.length ?? 0;
    expect(lastHas).toBeGreaterThan(0);
    expect(await marksIn(page, last)).toBe(0);
    await page.locator('.reading-point').nth(last - 1).scrollIntoViewIfNeeded();
    await expect.poll(() => marksIn(page, last)).toBe(lastHas);
    // Shift+Enter from the first match goes to the last one, far up the document: marked and in view.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('#speech-search').focus();
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => page.locator('#search-count').textContent()).toBe(`${europol} of ${europol} matches`);
    await expect.poll(() => page.locator('mark.current-match').count()).toBe(1);
    await expect.poll(() => page.locator('mark.current-match').evaluate((mark) => {
      const box = mark.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    })).toBe(true);
    await context.close();
  });
});
