// Hygiene of the built app: the embargoed text never leaves the machine (no request to
// another origin), nothing goes wrong in the console, search engines are told to keep out,
// and axe finds no serious or critical accessibility problem in either mode or in the help.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sharedBrowser, open, skipReason, type Opened } from '../support/browser.ts';
import { icarus } from '../support/speech.ts';

const screenCount = icarus().points.length + 2;

/** Walks from the first screen to the last with PageDown, waiting for each. */
async function walk(page: Page, mode: 'present' | 'read') {
  for (let number = 2; number <= screenCount; number++) {
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/${mode}/${number}`);
  }
}

/** Opens the help with "?" and closes it with Escape, checking both happened. */
async function toggleHelp(page: Page) {
  await page.keyboard.press('?');
  await page.getByRole('dialog', { name: 'Keys' }).waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

/** Checks the page stayed on its origin and logged no error. */
function expectClean(opened: Opened) {
  expect(opened.requestCount, 'the request listener saw the page load').toBeGreaterThan(0);
  expect(opened.foreignRequests, 'requests to other origins').toEqual([]);
  expect(opened.consoleErrors, 'console errors').toEqual([]);
  expect(opened.pageErrors, 'uncaught page errors').toEqual([]);
}

/** The serious and critical axe violations on the page, one readable line per element. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.impact} ${v.id}: ${v.help} at ${node.target.join(' ')}\n    ${node.failureSummary ?? ''}`));
}

describe.skipIf(skipReason !== '')('hygiene', () => {
  const browser = sharedBrowser();

  for (const mode of ['present', 'read'] as const) {
    it(`${mode}: stays on its origin and logs no error through every screen and the help`, async () => {
      const opened = await open(browser(), `#/${mode}/1`);
      await walk(opened.page, mode);
      await toggleHelp(opened.page);
      await opened.page.keyboard.press('v');
      await expect.poll(() => opened.page.evaluate(() => window.location.hash)).toBe(
        `#/${mode === 'present' ? 'read' : 'present'}/${screenCount}`,
      );
      expectClean(opened);
      await opened.page.context().close();
    });
  }

  it('asks search engines not to index it', async () => {
    const { page } = await open(browser(), '#/present/1');
    const robots = await page.evaluate(() => document.querySelector('meta[name="robots"]')?.getAttribute('content') ?? null);
    expect(robots).toMatch(/^noindex\b/);
    await page.context().close();
  });

  it('has no serious or critical axe violations in presenter mode', async () => {
    const { page } = await open(browser(), '#/present/1');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/present/${screenCount}`);
    expect(await seriousViolations(page), 'on the note').toEqual([]);
    await page.context().close();
  });

  it('has no serious or critical axe violations in reading mode', async () => {
    const { page } = await open(browser(), '#/read/3');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('has no serious or critical axe violations with the help open', async () => {
    const { page } = await open(browser(), '#/present/1');
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keys' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
