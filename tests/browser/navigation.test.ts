// Navigation in the built app, as a speaker drives it: clicker and keyboard keys, typed
// point numbers, the URL as the place, deep links, reloads and the remembered point.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, currentText, sharedBrowser, normalise, open, shown, skipReason } from '../support/browser.ts';
import { icarus } from '../support/speech.ts';

const speech = icarus();
const points = speech.points.map((point) => shown(point.text, speech.note));
const screenCount = points.length + 2;

/** Waits until the page shows screen `number` (1-based) of `mode` in its URL. */
async function expectHash(page: Page, mode: 'present' | 'read', number: number) {
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/${mode}/${number}`);
}

/** Checks that the presenter shows screen `number` (1-based): a point, the signature or the note. */
async function expectScreen(page: Page, number: number) {
  await expectHash(page, 'present', number);
  const text = await currentText(page);
  if (number <= points.length) {
    expect(text).toBe(points[number - 1]);
  } else if (number === points.length + 1) {
    expect(text).toContain(speech.signature.name);
    expect(text).toContain(speech.signature.role);
  } else {
    expect(text).toContain(speech.note.title);
    for (const result of speech.note.results) expect(text).toContain(result.remark ?? result.country);
  }
}

describe.skipIf(skipReason !== '')('navigation', () => {
  const browser = sharedBrowser();

  it('knows the speech it expects: the figure 17 carries its footnote mark', () => {
    expect(points.length).toBeGreaterThan(10);
    expect(points.some((text) => text.includes('17* countries'))).toBe(true);
  });

  it('walks every screen forward with PageDown and back with PageUp', async () => {
    const { page } = await open(browser(), '#/present/1');
    await expectScreen(page, 1);
    for (let number = 2; number <= screenCount; number++) {
      await page.keyboard.press('PageDown');
      await expectScreen(page, number);
    }
    await page.keyboard.press('PageDown');
    await expectScreen(page, screenCount);
    for (let number = screenCount - 1; number >= 1; number--) {
      await page.keyboard.press('PageUp');
      await expectScreen(page, number);
    }
    await page.keyboard.press('PageUp');
    await expectScreen(page, 1);
    await page.context().close();
  });

  it('answers the arrow keys, Space, Home and End', async () => {
    const { page } = await open(browser(), '#/present/1');
    await page.keyboard.press('ArrowRight');
    await expectScreen(page, 2);
    await page.keyboard.press('ArrowRight');
    await expectScreen(page, 3);
    await page.keyboard.press('ArrowLeft');
    await expectScreen(page, 2);
    await page.keyboard.press('Space');
    await expectScreen(page, 3);
    await page.keyboard.press('End');
    await expectScreen(page, screenCount);
    await page.keyboard.press('Home');
    await expectScreen(page, 1);
    await page.context().close();
  });

  it('goes to point 12 when 1, 2 and Enter are typed', async () => {
    const { page } = await open(browser(), '#/present/3');
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await expect.poll(async () => normalise(await page.getByRole('status').filter({ hasText: 'Go to point' }).innerText())).toBe(
      'Go to point 12 Enter',
    );
    await expectScreen(page, 3);
    await page.keyboard.press('Enter');
    await expectScreen(page, 12);
    await expect.poll(() => page.getByText('Go to point').count()).toBe(0);
    await page.context().close();
  });

  it('follows an edited hash without reloading, and keeps the point over a reload', async () => {
    const { page } = await open(browser(), '#/present/1');
    await page.evaluate(() => Object.assign(window, { lecternMarker: 'same document' }));
    await page.evaluate(() => {
      window.location.hash = '#/present/5';
    });
    await expectScreen(page, 5);
    expect(await page.evaluate(() => (window as { lecternMarker?: string }).lecternMarker)).toBe('same document');

    await page.reload();
    await page.locator('[data-testid="current-point"]').waitFor();
    expect(await page.evaluate(() => (window as { lecternMarker?: string }).lecternMarker)).toBeUndefined();
    await expectScreen(page, 5);
    await page.context().close();
  });

  it('opens a deep link at its point in both modes', async () => {
    const presenter = await open(browser(), '#/present/7');
    await expectScreen(presenter.page, 7);
    await presenter.page.context().close();

    const reading = await open(browser(), '#/read/7');
    await expectHash(reading.page, 'read', 7);
    expect(await currentText(reading.page)).toBe(points[6]);
    await expect.poll(() => reading.page.getByRole('button', { name: 'Point 7', pressed: true }).count()).toBe(1);
    await reading.page.context().close();
  });

  it('restores the stored point when #/present is reloaded without a number', async () => {
    const { page } = await open(browser(), '#/present/1');
    for (let number = 2; number <= 9; number++) await page.keyboard.press('PageDown');
    await expectScreen(page, 9);
    await page.evaluate(() => window.history.replaceState(null, '', '#/present'));
    await page.reload();
    await page.locator('[data-testid="current-point"]').waitFor();
    await expectScreen(page, 9);

    // Another page of the same browser profile finds the same place.
    const second = await page.context().newPage();
    await second.goto(new URL('#/present', baseUrl).href);
    await expectScreen(second, 9);
    await page.context().close();
  });

  it('starts at the first point when nothing is stored', async () => {
    const { page } = await open(browser(), '#/present');
    await expectScreen(page, 1);
    await page.context().close();
  });
});
