// The podium file (podium.html), built beside the whole app: presenter mode alone, opened from
// disk as on the podium's machine. It shows every speech of the build at its own addresses,
// keeps in step with a console opened from index.html, sends every other address and the switch
// to reading mode to index.html, and is as clean as the whole app: no error, no other origin,
// the same strict policy, no serious axe finding.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { seriousViolations } from '../support/axe.ts';
import { address, baseUrl, eachSpeech, expectedScreens, expectPresenterAt, open, sharedBrowser, skipReason } from '../support/browser.ts';

const dist = pathToFileURL(dirname(inject('builtFile'))).href;
const podiumFile = `${dist}/podium.html`;
const wholeApp = `${dist}/index.html`;

describe.skipIf(skipReason !== '')('the podium file', () => {
  const browser = sharedBrowser();

  for (const { id, index, label } of eachSpeech()) {
    const screens = expectedScreens(index);
    /** Checks that the podium file shows screen `number` (1-based), and it alone. */
    const expectScreen = (page: Page, number: number) => expectPresenterAt(page, id, screens, number);

    it(`${label}opens from disk at its point and walks every screen with the clicker's keys`, async () => {
      const context = await browser().newContext({ viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      await page.goto(`${podiumFile}${address(id, 'present', 2)}`);
      await expectScreen(page, 2);
      await page.keyboard.press('PageUp');
      await expectScreen(page, 1);
      for (let number = 2; number <= screens.length; number++) {
        await page.keyboard.press('PageDown');
        await expectScreen(page, number);
      }
      await context.close();
    });

    it(`${label}keeps in step with a console opened from the whole app, both ways`, async () => {
      const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
      const podium = await context.newPage();
      await podium.goto(`${podiumFile}${address(id, 'present', 1)}`);
      await expectScreen(podium, 1);
      const console_ = await context.newPage();
      await console_.goto(`${wholeApp}${address(id, 'console', 1)}`);
      await console_.locator('[data-testid="current-point"]').waitFor();
      await console_.keyboard.press('PageDown');
      await expectScreen(podium, 2);
      await podium.keyboard.press('PageDown');
      await expect.poll(() => console_.evaluate(() => window.location.hash)).toBe(address(id, 'console', 3));
      await context.close();
    });

    it(`${label}opens reading mode and the console in the whole app, at the same place`, async () => {
      const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.goto(`${podiumFile}${address(id, 'present', 3)}`);
      await expectScreen(page, 3);
      // The switch to reading mode, from the keyboard.
      await page.keyboard.press('v');
      await expect.poll(() => page.url()).toBe(`${wholeApp}${address(id, 'read', 3)}`);
      await expect.poll(() => page.locator('[data-testid="current-point"]').count()).toBe(1);
      // An address of another mode, typed or followed.
      for (const mode of ['read', 'console'] as const) {
        await page.goto(`${podiumFile}${address(id, mode, 2)}`);
        await expect.poll(() => page.url()).toBe(`${wholeApp}${address(id, mode, 2)}`);
      }
      await context.close();
    });
  }

  it('opens the running order in the whole app in a build of several speeches, and the speech in one of one', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${podiumFile}#/`);
    if (eachSpeech().length > 1) {
      await expect.poll(() => page.url()).toBe(`${wholeApp}#/`);
      await expect.poll(() => page.getByRole('link').count()).toBeGreaterThan(0);
    } else {
      await page.locator('[data-testid="current-point"]').waitFor();
      expect(page.url()).toMatch(/podium\.html#\/present\/\d+$/);
    }
    await context.close();
  });

  it('stays on its origin, logs no error, carries the strict policy, and has no serious or critical axe violations', async () => {
    const first = eachSpeech()[0];
    if (!first) throw new Error('The build has no speech.');
    const opened = await open(browser(), address(first.id, 'present', 1), { width: 1920, height: 1080 }, `${baseUrl}podium.html`);
    const { page } = opened;
    await page.keyboard.press('PageDown');
    await page.keyboard.press('?');
    expect(await seriousViolations(page)).toEqual([]);
    expect(opened.requestCount, 'the request listener saw the page load').toBeGreaterThan(0);
    expect(opened.foreignRequests).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("connect-src 'none'");
    await page.context().close();
  });

  it('carries none of the console, reading mode or LAN panels, which the whole app beside it does', () => {
    const folder = dirname(inject('builtFile'));
    const podium = readFileSync(join(folder, 'podium.html'), 'utf8');
    const whole = readFileSync(join(folder, 'index.html'), 'utf8');
    // A line of the console's reset dialog, a heading of reading mode's timing, the LAN's pairing panel.
    for (const words of ['Reset the timer?', 'Words per minute', 'Add a device']) {
      expect(whole).toContain(words);
      expect(podium).not.toContain(words);
    }
  });
});
