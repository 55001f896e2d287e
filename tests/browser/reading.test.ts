// Reading mode in the built app, as the press office uses it: the whole speech as a
// document, the current point marked, a click to select, and the switch that keeps the place.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentText, sharedBrowser, normalise, open, shown, skipReason } from '../support/browser.ts';
import { icarus } from '../support/speech.ts';

const speech = icarus();
const points = speech.points.map((point) => shown(point.text, speech.note));

/** The 1-based screen number in the URL, and the mode. */
function hash(page: Page): Promise<string> {
  return page.evaluate(() => window.location.hash);
}

/**
 * Every element marked aria-current, as "value: text", and whether the current-point test id
 * is on it or inside it; a test then sees how many there are and which.
 */
function currentMarks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[aria-current]')].map((el) => {
      const id = el.matches('[data-testid="current-point"]') || el.querySelector('[data-testid="current-point"]') !== null;
      return `${el.getAttribute('aria-current')}${id ? ' with test id' : ''}: ${(el.textContent ?? '').slice(0, 30)}`;
    }),
  );
}

describe.skipIf(skipReason !== '')('reading mode', () => {
  const browser = sharedBrowser();

  it('shows the title, every point, the signature, the countries and the footnote', async () => {
    const { page } = await open(browser(), '#/read');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(speech.event.title);
    const body = normalise(await page.getByRole('main').innerText());
    for (const [i, text] of points.entries()) expect(body, `point ${i + 1}`).toContain(text);
    expect(body).toContain(speech.signature.name);
    expect(body).toContain(speech.signature.role);

    const note = page.getByRole('region', { name: speech.note.title });
    const table = note.getByRole('table', { name: 'Results by country' });
    const countries = (await table.locator('tbody').getByRole('rowheader').allInnerTexts()).map(normalise);
    expect(countries).toEqual(speech.note.results.map((result) => result.country));
    const rows = (await table.locator('tbody').getByRole('row').allInnerTexts()).map(normalise);
    expect(rows).toContain('Malta Not actionable Malta had one target but not actionable.');
    expect(rows).toContain('Croatia Negative Croatia reported negative results.');
    expect(normalise(await note.innerText())).toContain(shown(speech.note.intro ?? '', speech.note));
    expect(normalise(await note.innerText())).toMatch(
      /\*\s?Provisional figure subject to change until the date of the press event$/,
    );
    await page.context().close();
  });

  it('marks exactly one current point, with aria-current and the test id', async () => {
    const { page } = await open(browser(), '#/read/4');
    await expect.poll(() => hash(page)).toBe('#/read/4');
    expect(await currentText(page)).toBe(points[3]);
    expect(await currentMarks(page)).toEqual([`step with test id: 4${(points[3] ?? '').slice(0, 29)}`]);

    await page.keyboard.press('End');
    await expect.poll(() => hash(page)).toBe(`#/read/${points.length + 2}`);
    expect(await currentText(page)).toContain(speech.note.title);
    expect(await currentMarks(page)).toEqual([`step with test id: ${speech.note.title}${shown(speech.note.intro ?? '', speech.note).slice(0, 26)}`]);
    await page.context().close();
  });

  it('selects a point, the signature or the note when clicked', async () => {
    const { page } = await open(browser(), '#/read/1');
    await page.getByText(points[4] ?? '', { exact: false }).click();
    await expect.poll(() => hash(page)).toBe('#/read/5');
    expect(await currentText(page)).toBe(points[4]);
    expect(await currentMarks(page)).toHaveLength(1);

    await page.getByRole('button', { name: 'Point 9', exact: true }).click();
    await expect.poll(() => hash(page)).toBe('#/read/9');
    expect(await currentText(page)).toBe(points[8]);
    await expect.poll(() => page.getByRole('button', { name: 'Point 9', pressed: true }).count()).toBe(1);

    await page.getByText(speech.signature.role ?? 'Icarus has a role').click();
    await expect.poll(() => hash(page)).toBe(`#/read/${points.length + 1}`);
    expect(await currentText(page)).toContain(speech.signature.name);
    expect(await currentMarks(page)).toHaveLength(1);
    await page.context().close();
  });

  it('keeps the point when switching modes by the button and by V', async () => {
    const { page } = await open(browser(), '#/read/1');
    await page.getByRole('button', { name: 'Point 6' }).click();
    await expect.poll(() => hash(page)).toBe('#/read/6');

    await page.getByRole('button', { name: /Presenter mode/ }).click();
    await expect.poll(() => hash(page)).toBe('#/present/6');
    expect(await currentText(page)).toBe(points[5]);
    await expect.poll(() => page.getByRole('main', { name: 'Presenter' }).count()).toBe(1);

    await page.keyboard.press('PageDown');
    await expect.poll(() => hash(page)).toBe('#/present/7');
    await page.keyboard.press('v');
    await expect.poll(() => hash(page)).toBe('#/read/7');
    expect(await currentText(page)).toBe(points[6]);

    await page.getByRole('button', { name: /Reading mode|Presenter mode/ }).focus();
    await page.keyboard.press('V');
    await expect.poll(() => hash(page)).toBe('#/present/7');
    expect(await currentText(page)).toBe(points[6]);
    await page.context().close();
  });
});
