// Hygiene of the built app: the embargoed text never leaves the machine (no request to
// another origin), nothing goes wrong in the console, search engines are told to keep out,
// and axe finds no serious or critical accessibility problem in either mode or in the help.
// It runs on every speech of the project's build (the running order at #/ is checked in
// running-order.test.ts, whose build always has one).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { address, eachSpeech, expectedScreens, open, sharedBrowser, skipReason, speeches, type Opened } from '../support/browser.ts';
import { seriousViolations } from '../support/axe.ts';

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

describe.skipIf(skipReason !== '')('hygiene', () => {
  const browser = sharedBrowser();

  for (const { id, index, label } of eachSpeech()) {
    const screenCount = expectedScreens(index).length;

    /** Walks from the first screen to the last with PageDown, waiting for each. */
    const walk = async (page: Page, mode: 'present' | 'read') => {
      for (let number = 2; number <= screenCount; number++) {
        await page.keyboard.press('PageDown');
        await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(address(id, mode, number));
      }
    };

    for (const mode of ['present', 'read'] as const) {
      it(`${label}${mode}: stays on its origin and logs no error through every screen and the help`, async () => {
        const opened = await open(browser(), address(id, mode, 1));
        await walk(opened.page, mode);
        await toggleHelp(opened.page);
        await opened.page.keyboard.press('v');
        await expect.poll(() => opened.page.evaluate(() => window.location.hash)).toBe(
          address(id, mode === 'present' ? 'read' : 'present', screenCount),
        );
        expectClean(opened);
        await opened.page.context().close();
      });
    }

    it(`${label}has no serious or critical axe violations in presenter mode`, async () => {
      const { page } = await open(browser(), address(id, 'present', 1));
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('End');
      await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(address(id, 'present', screenCount));
      expect(await seriousViolations(page), 'on the last screen').toEqual([]);
      await page.context().close();
    });

    it(`${label}has no serious or critical axe violations in reading mode`, async () => {
      const { page } = await open(browser(), address(id, 'read', Math.min(3, screenCount)));
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    });

    it(`${label}has no serious or critical axe violations with the help open`, async () => {
      const { page } = await open(browser(), address(id, 'present', 1));
      await page.keyboard.press('?');
      await page.getByRole('dialog', { name: 'Keys' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    });
  }

  it('asks search engines not to index it', async () => {
    const { page } = await open(browser(), address(speeches[0]?.id ?? '', 'present', 1));
    const robots = await page.evaluate(() => document.querySelector('meta[name="robots"]')?.getAttribute('content') ?? null);
    expect(robots).toMatch(/^noindex\b/);
    await page.context().close();
  });

});
