// Navigation in the built app, as a speaker drives it: clicker and keyboard keys, typed
// point numbers, the URL as the place, deep links, reloads and the remembered point. It runs on
// every speech of the project's build, each at its own addresses, with the screens each must
// show derived from its content.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Mode } from '../../src/model/route.ts';
import {
  address,
  baseUrl,
  currentText,
  eachSpeech,
  expectedScreens,
  expectPresenterAt,
  expectShown,
  icarusUrl,
  normalise,
  open,
  sharedBrowser,
  skipReason,
} from '../support/browser.ts';
import { icarus } from '../support/speech.ts';

describe.skipIf(skipReason !== '')('navigation', () => {
  const browser = sharedBrowser();

  it('shows a figure with its footnote mark at the podium: Icarus\'s "17* countries"', async () => {
    const speech = icarus();
    const number = speech.points.findIndex((p) => p.text.includes('17 countries')) + 1;
    expect(number).toBeGreaterThan(0);
    const { page } = await open(browser(), `#/present/${number}`, undefined, icarusUrl);
    expect(await currentText(page)).toContain('17* countries');
    await page.context().close();
  });

  for (const { id, index, speech, label } of eachSpeech()) {
    const screens = expectedScreens(index);
    const count = screens.length;
    const lastPoint = speech.points.length;
    const at = (mode: Mode, number?: number) => address(id, mode, number);

    /** Waits until the page shows screen `number` (1-based) of `mode` in its URL. */
    const expectHash = async (page: Page, mode: 'present' | 'read', number: number) => {
      await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(at(mode, number));
    };

    /** Checks that the presenter shows screen `number` (1-based), and it alone. */
    const expectScreen = (page: Page, number: number) => expectPresenterAt(page, id, screens, number);

    it(`${label}walks every screen forward with PageDown and back with PageUp`, async () => {
      const { page } = await open(browser(), at('present', 1));
      await expectScreen(page, 1);
      for (let number = 2; number <= count; number++) {
        await page.keyboard.press('PageDown');
        await expectScreen(page, number);
      }
      // Past the last screen nothing moves; a handover's Next goes on to the next speaker instead.
      if (screens.at(-1)?.kind !== 'handover') {
        await page.keyboard.press('PageDown');
        await expectScreen(page, count);
      }
      for (let number = count - 1; number >= 1; number--) {
        await page.keyboard.press('PageUp');
        await expectScreen(page, number);
      }
      await page.keyboard.press('PageUp');
      await expectScreen(page, 1);
      await page.context().close();
    });

    it(`${label}answers the arrow keys, Space, Home and End`, async () => {
      const { page } = await open(browser(), at('present', 1));
      let number = 1;
      const keys: [string, (n: number) => number][] = [
        ['ArrowRight', (n) => Math.min(n + 1, count)],
        ['ArrowRight', (n) => Math.min(n + 1, count)],
        ['ArrowLeft', (n) => Math.max(n - 1, 1)],
        ['Space', (n) => Math.min(n + 1, count)],
        ['End', () => count],
        ['Home', () => 1],
      ];
      for (const [key, move] of keys) {
        await page.keyboard.press(key);
        number = move(number);
        await expectScreen(page, number);
      }
      await page.context().close();
    });

    it(`${label}goes to point ${lastPoint} when ${[...String(lastPoint)].join(', ')} and Enter are typed`, async () => {
      const from = lastPoint === 1 ? 2 : 1;
      const { page } = await open(browser(), at('present', from));
      for (const digit of String(lastPoint)) await page.keyboard.press(digit);
      await expect.poll(async () => normalise(await page.getByRole('status').filter({ hasText: 'Go to point' }).innerText())).toBe(
        `Go to point ${lastPoint} Enter`,
      );
      await expectScreen(page, from);
      await page.keyboard.press('Enter');
      await expectScreen(page, lastPoint);
      await expect.poll(() => page.getByText('Go to point').count()).toBe(0);
      await page.context().close();
    });

    it(`${label}follows an edited hash without reloading, and keeps the point over a reload`, async () => {
      const { page } = await open(browser(), at('present', 1));
      await page.evaluate(() => Object.assign(window, { lecternMarker: 'same document' }));
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, at('present', count));
      await expectScreen(page, count);
      expect(await page.evaluate(() => (window as { lecternMarker?: string }).lecternMarker)).toBe('same document');

      await page.reload();
      await page.locator('[data-testid="current-point"]').waitFor();
      expect(await page.evaluate(() => (window as { lecternMarker?: string }).lecternMarker)).toBeUndefined();
      await expectScreen(page, count);
      await page.context().close();
    });

    it(`${label}opens a deep link at its point in both modes`, async () => {
      const presenter = await open(browser(), at('present', lastPoint));
      await expectScreen(presenter.page, lastPoint);
      await presenter.page.context().close();

      const reading = await open(browser(), at('read', lastPoint));
      await expectHash(reading.page, 'read', lastPoint);
      const screen = screens[lastPoint - 1];
      if (!screen) throw new Error(`no screen ${lastPoint}`);
      expectShown(await currentText(reading.page), screen);
      await expect.poll(() => reading.page.getByRole('button', { name: `Point ${lastPoint}`, pressed: true }).count()).toBe(1);
      await reading.page.context().close();
    });

    it(`${label}restores the stored point when ${at('present')} is reloaded without a number`, async () => {
      const { page } = await open(browser(), at('present', 1));
      for (let number = 2; number <= lastPoint; number++) await page.keyboard.press('PageDown');
      await expectScreen(page, lastPoint);
      await page.evaluate((hash) => window.history.replaceState(null, '', hash), at('present'));
      await page.reload();
      await page.locator('[data-testid="current-point"]').waitFor();
      await expectScreen(page, lastPoint);

      // Another page of the same browser profile finds the same place.
      const second = await page.context().newPage();
      await second.goto(new URL(at('present'), baseUrl).href);
      await expectScreen(second, lastPoint);
      await page.context().close();
    });

    it(`${label}starts at the first point when nothing is stored`, async () => {
      const { page } = await open(browser(), at('present'));
      await expectScreen(page, 1);
      await page.context().close();
    });
  }
});
