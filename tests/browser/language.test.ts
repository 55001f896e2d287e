// A speech in another language and script, built on its own from a fixture (LECTERN_CONTENT
// pointing at it) and opened from disk: the page declares the speech's language, the table
// speaks French, and an Arabic point is laid out right to left.
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFixture } from '../fixtures/fixture.ts';
import { sharedBrowser, skipReason } from '../support/browser.ts';
import { buildApp } from '../support/build.ts';

describe.skipIf(skipReason)('a French speech with an Arabic point, built on its own', () => {
  const browser = sharedBrowser();
  let page: Page;
  let speechDir = '';
  let url = '';
  let builtFile = '';

  beforeAll(async () => {
    speechDir = writeFixture('any-script');
    const outDir = join(dirname(speechDir), 'dist');
    builtFile = await buildApp(outDir, speechDir);
    url = pathToFileURL(builtFile).href;
    page = await (await browser().newContext({ viewport: { width: 1280, height: 720 } })).newPage();
  });

  afterAll(() => {
    if (speechDir) rmSync(dirname(speechDir), { recursive: true, force: true });
  });

  /** Opens the built file at a route and waits for the screen. */
  async function go(hash: string) {
    await page.goto(`${url}${hash}`);
    await page.locator('[data-testid="current-point"]').waitFor();
  }

  it('declares lang="fr" on the page, in the built file and once running', async () => {
    await go('#/present/1');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(readFileSync(builtFile, 'utf8')).toMatch(/<html lang="fr"/);
  });

  it('lays out the Arabic point right to left, and the French one left to right', async () => {
    await go('#/present/2');
    const arabic = page.locator('[data-testid="current-point"] .point-text');
    expect(await arabic.evaluate((p) => [getComputedStyle(p).direction, p.matches(':dir(rtl)')])).toEqual(['rtl', true]);
    await go('#/present/1');
    const french = page.locator('[data-testid="current-point"] .point-text');
    expect(await french.evaluate((p) => getComputedStyle(p).direction)).toBe('ltr');
  });

  it('writes the table headings, the outcomes and the totals in French', async () => {
    await go('#/present/5');
    const table = page.getByRole('table', { name: 'Résultats par pays' });
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['Pays', 'Résultat', 'Remarque']);
    expect(await table.locator('tbody td').first().innerText()).toBe('Positif');
    expect(await table.locator('tfoot').innerText()).toMatch(/^Total\s+12 pays\u202f: 10 positif \+ 1 inexploitable \+ 1 négatif$/);
  });

  it('writes the signature screen and "Next" in French', async () => {
    await go('#/present/3');
    expect(await page.getByTestId('next-point').innerText()).toBe('Suite\u202f: Signature');
    expect(await page.getByTestId('progress').innerText()).toBe('3 / 3');
  });
});
