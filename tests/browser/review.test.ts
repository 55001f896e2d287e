// The press office's review tools in the built app: search with highlights, the caveat on
// the point that states the provisional figure in both modes, and the printed document; read in
// the build of the Icarus fixture, whose words and caveat they name.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../tooling/content/fingerprint.ts';
import { icarusUrl, sharedBrowser, normalise, open, shown, skipReason } from '../support/browser.ts';
import { pdfPages } from '../support/pdf.ts';
import { icarus } from '../support/speech.ts';

const speech = icarus();
const points = speech.points.map((point) => shown(point.text, speech.note));
const caveat = speech.note.footnotes[0]?.text ?? '';
const caveatPoint = speech.points.findIndex((point) => shown(point.text, speech.note).includes('*'));

/** The text of every <mark> on the page, and which one is current. */
function marks(page: Page): Promise<{ texts: string[]; current: string | null }> {
  return page.evaluate(() => ({
    texts: [...document.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
    current: document.querySelector('mark[aria-current="true"]')?.getAttribute('data-match') ?? null,
  }));
}

describe.skipIf(skipReason !== '')('review tools', () => {
  const browser = sharedBrowser();

  it('knows the speech it expects: one point states the provisional figure', () => {
    expect(caveatPoint).toBeGreaterThanOrEqual(0);
    expect(caveat).toMatch(/^Provisional figure/);
  });

  it('highlights search matches and moves between them with Enter and Shift+Enter', async () => {
    const { page, consoleErrors } = await open(browser(), '#/read/1', undefined, icarusUrl);
    const box = page.getByRole('searchbox', { name: 'Search' });
    await box.fill('interpol');
    await expect.poll(() => marks(page)).toEqual({ texts: ['Interpol', 'Interpol'], current: '0' });
    const status = page.locator('#search-count');
    expect(await status.innerText()).toBe('1 of 2 matches');

    await box.press('Enter');
    await expect.poll(() => marks(page).then((m) => m.current)).toBe('1');
    expect(await status.innerText()).toBe('2 of 2 matches');
    // The current match is scrolled into view.
    await expect.poll(() => page.locator('mark[aria-current="true"]').isVisible()).toBe(true);
    await box.press('Shift+Enter');
    await expect.poll(() => marks(page).then((m) => m.current)).toBe('0');

    // Keys typed in the box never move the reading position.
    expect(await page.evaluate(() => window.location.hash)).toBe('#/read/1');

    await box.fill('croatia');
    await expect.poll(() => page.locator('table mark').allInnerTexts()).toEqual(['Croatia', 'Croatia']);
    await box.press('Escape');
    await expect.poll(() => marks(page).then((m) => m.texts)).toEqual([]);
    expect(await box.inputValue()).toBe('');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('shows the caveat under the point that states the provisional figure, in reading mode', async () => {
    const { page } = await open(browser(), `#/read/${caveatPoint + 1}`, undefined, icarusUrl);
    const item = page.locator('li', { has: page.locator('[data-testid="current-point"]') });
    expect(normalise(await item.innerText())).toContain(`* ${caveat}`);
    // Only that point carries it.
    expect(await page.locator('.points li', { hasText: caveat }).count()).toBe(1);
    await page.context().close();
  });

  it('shows the caveat discreetly on that point in presenter mode, and not on the others', async () => {
    const { page } = await open(browser(), `#/present/${caveatPoint + 1}`, undefined, icarusUrl);
    expect(normalise(await page.locator('[data-testid="current-point"]').innerText())).toBe(points[caveatPoint]);
    const line = page.getByText(caveat);
    expect(await line.isVisible()).toBe(true);
    const [pointSize, caveatSize] = await Promise.all([
      page.locator('[data-testid="current-point"]').evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
      line.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
    ]);
    expect(caveatSize).toBeLessThan(pointSize / 2);

    await page.keyboard.press('PageUp');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/present/${caveatPoint}`);
    expect(await page.getByText(caveat).count()).toBe(0);
    await page.context().close();
  });

  it('shows the same content version in both modes', async () => {
    const { page } = await open(browser(), '#/read/1', undefined, icarusUrl);
    const version = fingerprintOf(speech);
    expect(await page.getByTestId('content-version').innerText()).toContain(version);
    await page.keyboard.press('v');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/present/1');
    expect(await page.getByTestId('content-version').innerText()).toContain(version);
    await page.context().close();
  });

  it('prints without any control, keeping every point, the table and the footnote', async () => {
    const { page } = await open(browser(), '#/read/3', undefined, icarusUrl);
    await page.emulateMedia({ media: 'print' });
    const visibleControls = await page.evaluate(() =>
      [...document.querySelectorAll('button, input, select, textarea, nav, [role="search"]')]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        .map((el) => el.outerHTML.slice(0, 60)),
    );
    expect(visibleControls).toEqual([]);
    const body = normalise(await page.locator('body').innerText());
    for (const [i, text] of points.entries()) expect(body, `point ${i + 1}`).toContain(text);
    expect(await page.getByRole('table', { name: 'Results by country' }).isVisible()).toBe(true);
    expect(body).toContain('19 countries: 17 positive + 1 not actionable + 1 negative');
    expect(body).toContain(`*${caveat}`);
    expect(body).toContain(`Content version ${fingerprintOf(speech)}`);
    await page.context().close();
  });

  it('produces an A4 PDF that holds every point, the table, the footnote and the version', async () => {
    const { page } = await open(browser(), '#/read/1', undefined, icarusUrl);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdfPages(pdf);
    if (pages === null) return;
    const flat = pages.join(' ');
    // Whole points, each on one page: none is split across a page break.
    for (const [i, point] of points.entries()) expect(pages.some((onePage) => onePage.includes(point)), `point ${i + 1} on one page`).toBe(true);
    for (const result of speech.note.results) expect(flat).toContain(result.country);
    expect(flat).toContain('Malta had one target but not actionable.');
    expect(flat).toContain(caveat);
    expect(flat).toContain(`Content version ${fingerprintOf(speech)}`);
    expect(flat).toMatch(/Page 1 of \d/);
    await page.context().close();
  });
});
