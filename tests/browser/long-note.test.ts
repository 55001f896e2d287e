// A long results table is never cut on the podium, in Chromium: a note of 45 rows with remarks
// is shown over several screens at podium sizes, each at or above the legible floor with nothing
// below the screen, every row once and in order, never cut, the intro on the first screen and
// the total and the footnote on the last alone.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legibleFloor } from '../../src/model/deck/fit.ts';
import { buildChangedIcarus } from '../support/build.ts';
import { sharedBrowser, skipReason } from '../support/browser.ts';
import { icarus } from '../support/speech.ts';

const speech = icarus();
const noteScreen = speech.points.length + 2;
/** 26 more rows, each with a remark long enough to wrap at 1024x768. */
const extra = Array.from({ length: 26 }, (_, i) => `Added country ${String(i + 1).padStart(2, '0')}`);
const rowNames = [...(speech.note?.results ?? []).map((r) => r.country), ...extra];

/** What the note's screen shows: the rows, whether anything is cut or below the screen, and its parts. */
function layout(page: Page) {
  return page.evaluate(() => {
    const content = document.querySelector<HTMLElement>('[data-testid="current-point"]');
    const box = content?.parentElement;
    if (!content || !box) throw new Error('No current screen.');
    const rows = [...content.querySelectorAll('tbody tr')];
    const bottom = Math.max(...[...content.querySelectorAll('tr, .footnote, .note-intro')].map((el) => el.getBoundingClientRect().bottom));
    return {
      size: parseFloat(getComputedStyle(content).fontSize),
      clipped: content.scrollHeight > box.clientHeight + 0.5 || content.scrollWidth > content.clientWidth + 0.5,
      overflowing: box.hasAttribute('data-overflowing'),
      belowScreen: bottom > window.innerHeight || bottom > box.getBoundingClientRect().bottom + 0.5,
      rows: rows.map((row) => row.querySelector('th')?.textContent ?? ''),
      total: content.querySelector('tfoot')?.textContent ?? null,
      footnote: content.querySelector('.footnote') !== null,
      intro: content.querySelector('.note-intro') !== null,
      progress: document.querySelector('[data-testid="progress"]')?.textContent ?? '',
      continues: document.querySelector('.continues') !== null,
    };
  });
}

describe.skipIf(skipReason !== '')('a long note at the podium', () => {
  const browser = sharedBrowser();
  let built = '';
  beforeAll(async () => {
    built = await buildChangedIcarus((file) =>
      file('note.yaml', (text) =>
        text.replace(
          '\nfigures:',
          `${extra.map((country) => `  - country: ${country}\n    outcome: not-actionable\n    remark: ${country} reported one target, which could not be acted on before the deadline set by the prosecutors.\n`).join('')}\nfigures:`,
        ),
      ),
    );
  }, 120_000);
  afterAll(() => rmSync(dirname(dirname(built)), { recursive: true, force: true }));

  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1024, height: 768 },
  ]) {
    it(`shows 45 rows over several screens at ${viewport.width}x${viewport.height}, none cut, the total and footnote last`, async () => {
      const context = await browser().newContext({ viewport });
      try {
        const page = await context.newPage();
        await page.goto(`${pathToFileURL(built).href}#/present/${noteScreen}`);
        await page.locator('[data-testid="current-point"]').waitFor();
        // The podium measures its split after the first paint.
        await expect.poll(async () => (await layout(page)).progress).toMatch(/^Note · 1 of \d+$/);
        const parts = Number(/of (\d+)$/.exec((await layout(page)).progress)?.[1]);
        expect(parts).toBeGreaterThan(1);
        const floor = legibleFloor(viewport.height);
        const shownRows: string[] = [];
        for (let part = 1; part <= parts; part++) {
          await expect.poll(async () => (await layout(page)).progress).toBe(`Note · ${part} of ${parts}`);
          const now = await layout(page);
          expect(now.size).toBeGreaterThanOrEqual(floor);
          expect(now.clipped).toBe(false);
          expect(now.overflowing).toBe(false);
          expect(now.belowScreen).toBe(false);
          expect(now.rows.length).toBeGreaterThan(0);
          expect(now.intro).toBe(part === 1);
          expect(now.footnote).toBe(part === parts);
          expect(now.total === null).toBe(part < parts);
          expect(now.continues).toBe(part < parts);
          shownRows.push(...now.rows);
          if (part === parts) expect(now.total).toContain('45');
          await page.keyboard.press('PageDown');
        }
        expect(shownRows).toEqual(rowNames);
        // Back from the last part goes through the parts.
        await page.keyboard.press('PageUp');
        await expect.poll(async () => (await layout(page)).progress).toBe(`Note · ${parts - 1} of ${parts}`);
      } finally {
        await context.close();
      }
    });
  }
});
