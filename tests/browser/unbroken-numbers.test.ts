// Numbers never break on the podium, in Chromium at 1024x768: a number written with plain
// spaces stays on one line, and a long point of numbers written with no-break spaces is split
// over screens between numbers, never inside one.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChangedIcarus } from '../support/build.ts';
import { currentText, normalise, sharedBrowser, skipReason } from '../support/browser.ts';

/** Amounts of euros written with grouped thousands, such as "3 252 000", or "3 252 000 000" when `billions`. */
const amounts = (count: number, space: string, billions = false) =>
  Array.from({ length: count }, (_, i) => `${(i % 9) + 1}${space}${250 + i}${space}000${billions ? `${space}000` : ''}`);
const listText = `Amounts seized, in euros: ${amounts(24, ' ').join(', ')}.`;
/** One sentence too long for a screen, without a comma, so it is split between words. */
const longText = `${amounts(400, '\u00a0', true).map((amount) => `then ${amount} euros`).join(' ')}.`;
/** Every number a text states, its spaces made plain. */
const numbersIn = (text: string) => (normalise(text).match(/\d+(?: \d{3})*/g) ?? []);

/** The numbers of the current point that are laid out over more than one line. */
function brokenNumbers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const point = document.querySelector('[data-testid="current-point"]');
    if (!point) throw new Error('No current point.');
    const nodes: { node: Text; start: number }[] = [];
    let text = '';
    const walker = document.createTreeWalker(point, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node: node as Text, start: text.length });
      text += node.textContent ?? '';
    }
    const at = (offset: number): [Text, number] => {
      const found = [...nodes].reverse().find((n) => n.start <= offset);
      if (!found) throw new Error('No text.');
      return [found.node, offset - found.start];
    };
    const broken: string[] = [];
    for (const match of text.matchAll(/\d+(?:\s\d{3})+/g)) {
      const range = document.createRange();
      range.setStart(...at(match.index));
      range.setEnd(...at(match.index + match[0].length));
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top / 4)));
      if (tops.size > 1) broken.push(match[0]);
    }
    return broken;
  });
}

describe.skipIf(skipReason !== '')('numbers at the podium', () => {
  const browser = sharedBrowser();
  let built = '';
  beforeAll(async () => {
    built = await buildChangedIcarus((file) =>
      file('points.yaml', (text) =>
        text.replace(
          'points:\n',
          `points:\n  - id: amounts\n    text: ${JSON.stringify(listText)}\n\n  - id: long-amounts\n    text: ${JSON.stringify(longText)}\n\n`,
        ),
      ),
    );
  }, 120_000);
  afterAll(() => rmSync(dirname(dirname(built)), { recursive: true, force: true }));

  it('keeps each number written with plain spaces on one line', async () => {
    const context = await browser().newContext({ viewport: { width: 1024, height: 768 } });
    try {
      const page = await context.newPage();
      await page.goto(`${pathToFileURL(built).href}#/present/1`);
      await page.locator('[data-testid="current-point"]').waitFor();
      expect(numbersIn(await currentText(page))).toHaveLength(24);
      expect(await brokenNumbers(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('splits a long point between numbers written with no-break spaces, never inside one', async () => {
    const context = await browser().newContext({ viewport: { width: 1024, height: 768 } });
    try {
      const page = await context.newPage();
      await page.goto(`${pathToFileURL(built).href}#/present/2`);
      const progress = page.locator('[data-testid="progress"]');
      await expect.poll(() => progress.textContent()).toMatch(/^2 \/ 21 · 1 of \d+$/);
      const parts = Number(/of (\d+)$/.exec((await progress.textContent()) ?? '')?.[1]);
      expect(parts).toBeGreaterThan(1);
      const whole = new Set(numbersIn(longText));
      const seen: string[] = [];
      for (let part = 1; part <= parts; part++) {
        await expect.poll(() => progress.textContent()).toBe(`2 / 21 · ${part} of ${parts}`);
        const numbers = numbersIn(await currentText(page));
        for (const number of numbers) expect(whole).toContain(number);
        seen.push(...numbers);
        expect(await brokenNumbers(page)).toEqual([]);
        await page.keyboard.press('PageDown');
      }
      expect(seen).toEqual(numbersIn(longText));
    } finally {
      await context.close();
    }
  });
});
