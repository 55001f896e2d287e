// Reading mode in the built app, as the press office uses it: the whole speech as a
// document, the current point marked, a click to select, and the switch that keeps the place.
// It runs on every speech of the project's build, and reads Icarus's own rows and footnote in
// the Icarus fixture's build.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/model/speech/language.ts';
import {
  address,
  currentText,
  eachSpeech,
  expectedScreens,
  expectShown,
  icarusUrl,
  normalise,
  open,
  sharedBrowser,
  shown,
  skipReason,
} from '../support/browser.ts';
import { icarus } from '../support/speech.ts';

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

  it('shows Icarus whole: the title, every point, the signature, the countries and the footnote', async () => {
    const speech = icarus();
    const points = speech.points.map((point) => shown(point.text, speech.note));
    const { page } = await open(browser(), '#/read', undefined, icarusUrl);
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

  for (const { id, index, speech, label } of eachSpeech()) {
    const screens = expectedScreens(index);
    const points = speech.points.map((point) => shown(point.text, speech.note));
    const last = points.length;
    const at = (mode: 'present' | 'read', number?: number) => address(id, mode, number);
    /** The screen `number` (1-based) must show. */
    const screen = (number: number) => {
      const found = screens[number - 1];
      if (!found) throw new Error(`no screen ${number}`);
      return found;
    };

    it(`${label}shows the title, every point, the signature, and the note with its rows, outcomes and footnotes`, async () => {
      const { page } = await open(browser(), at('read'));
      await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(speech.event.title);
      const body = normalise(await page.getByRole('main').innerText());
      for (const [i, text] of points.entries()) expect(body, `point ${i + 1}`).toContain(text);
      expect(body).toContain(speech.signature.name);
      if (speech.signature.role !== undefined) expect(body).toContain(speech.signature.role);
      const { note } = speech;
      const caption = wordsFor(speech.event.language).resultsCaption;
      if (!note) {
        expect(await page.getByRole('table', { name: caption }).count(), 'a speech with no note has no results table').toBe(0);
      } else {
        const region = page.getByRole('region', { name: note.title });
        const text = normalise(await region.innerText());
        if (note.intro !== undefined) expect(text).toContain(shown(note.intro, note));
        for (const footnote of note.footnotes) expect(text).toContain(normalise(footnote.text));
        const table = region.getByRole('table', { name: caption });
        expect(await table.count()).toBe(note.results.length > 0 ? 1 : 0);
        if (note.results.length > 0) {
          // In the file's order, or grouped in the order of the outcomes when the file says so.
          const order = note.groupResults ? note.outcomes.flatMap((o) => note.results.filter((r) => r.outcome === o.id)) : note.results;
          const label = (outcome: string) => note.outcomes.find((o) => o.id === outcome)?.label ?? `no outcome ${outcome}`;
          const rows = (await table.locator('tbody').getByRole('row').allInnerTexts()).map(normalise);
          expect(rows).toEqual(order.map((r) => normalise(`${r.country} ${label(r.outcome)} ${r.remark ?? ''}`)));
        }
      }
      await page.context().close();
    });

    it(`${label}marks exactly one current point, with aria-current and the test id`, async () => {
      const number = Math.min(4, last);
      const { page } = await open(browser(), at('read', number));
      await expect.poll(() => hash(page)).toBe(at('read', number));
      expect(await currentText(page)).toBe(points[number - 1]);
      expect(await currentMarks(page)).toEqual([`step with test id: ${number}${(points[number - 1] ?? '').slice(0, 29)}`]);

      // End reaches the document's last item: the signature, the note, or the handover to the
      // next speaker, which the document ends with as the podium does.
      await page.keyboard.press('End');
      await expect.poll(() => hash(page)).toBe(at('read', screens.length));
      expectShown(await currentText(page), screen(screens.length));
      const marks = await currentMarks(page);
      expect(marks).toHaveLength(1);
      expect(marks[0]).toMatch(/^step with test id: /);
      await page.context().close();
    });

    it(`${label}selects a point, the signature or the note when clicked`, async () => {
      const clicked = Math.min(5, last);
      const pressed = Math.max(1, last - 1);
      const { page } = await open(browser(), at('read', clicked === 1 ? 2 : 1));
      await page.getByText(points[clicked - 1] ?? '', { exact: false }).click();
      await expect.poll(() => hash(page)).toBe(at('read', clicked));
      expect(await currentText(page)).toBe(points[clicked - 1]);
      expect(await currentMarks(page)).toHaveLength(1);

      await page.getByRole('button', { name: `Point ${pressed}`, exact: true }).click();
      await expect.poll(() => hash(page)).toBe(at('read', pressed));
      expect(await currentText(page)).toBe(points[pressed - 1]);
      await expect.poll(() => page.getByRole('button', { name: `Point ${pressed}`, pressed: true }).count()).toBe(1);

      await page.getByText(speech.signature.role ?? speech.signature.name).click();
      await expect.poll(() => hash(page)).toBe(at('read', last + 1));
      expect(await currentText(page)).toContain(speech.signature.name);
      expect(await currentMarks(page)).toHaveLength(1);
      await page.context().close();
    });

    it(`${label}keeps the point when switching modes by the button and by V`, async () => {
      const chosen = Math.max(1, Math.min(6, last - 1));
      const { page } = await open(browser(), at('read', 1));
      await page.getByRole('button', { name: `Point ${chosen}`, exact: true }).click();
      await expect.poll(() => hash(page)).toBe(at('read', chosen));

      await page.getByRole('button', { name: /Presenter mode/ }).click();
      await expect.poll(() => hash(page)).toBe(at('present', chosen));
      expect(await currentText(page)).toBe(points[chosen - 1]);
      await expect.poll(() => page.getByRole('main', { name: 'Presenter' }).count()).toBe(1);

      await page.keyboard.press('PageDown');
      await expect.poll(() => hash(page)).toBe(at('present', chosen + 1));
      await page.keyboard.press('v');
      await expect.poll(() => hash(page)).toBe(at('read', chosen + 1));
      expectShown(await currentText(page), screen(chosen + 1));

      await page.getByRole('button', { name: /Reading mode|Presenter mode/ }).focus();
      await page.keyboard.press('V');
      await expect.poll(() => hash(page)).toBe(at('present', chosen + 1));
      expectShown(await currentText(page), screen(chosen + 1));
      await page.context().close();
    });
  }
});
