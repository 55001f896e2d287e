// Presenter mode answers the pointer as well as the keys: a tap or click on the right of the
// screen goes on, on the left third goes back, and a swipe moves either way.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, sharedBrowser, open, skipReason } from '../support/browser.ts';

const VIEWPORT = { width: 1280, height: 720 };
const MIDDLE = VIEWPORT.height / 2;

/** The progress line, such as "2 / 19". */
function progress(page: Page): Promise<string | null> {
  return page.getByTestId('progress').textContent();
}

/** Drags the mouse across the stage from one x to another, as a swipe. */
async function swipe(page: Page, fromX: number, toX: number) {
  await page.mouse.move(fromX, MIDDLE);
  await page.mouse.down();
  await page.mouse.move((fromX + toX) / 2, MIDDLE, { steps: 4 });
  await page.mouse.move(toX, MIDDLE, { steps: 4 });
  await page.mouse.up();
}

describe.skipIf(skipReason !== '')('pointer in presenter mode', () => {
  const browser = sharedBrowser();

  it('goes on with a click on the right and back with a click on the left third', async () => {
    const { page } = await open(browser(), '#/present/1', VIEWPORT);
    await page.mouse.click(VIEWPORT.width * 0.8, MIDDLE);
    await expect.poll(() => progress(page)).toBe('2 / 19');
    await page.mouse.click(VIEWPORT.width * 0.5, MIDDLE);
    await expect.poll(() => progress(page)).toBe('3 / 19');
    await page.mouse.click(VIEWPORT.width * 0.1, MIDDLE);
    await expect.poll(() => progress(page)).toBe('2 / 19');
    await page.context().close();
  });

  it('moves on a swipe to the left and back on a swipe to the right', async () => {
    const { page } = await open(browser(), '#/present/5', VIEWPORT);
    await swipe(page, VIEWPORT.width * 0.3, VIEWPORT.width * 0.1);
    await expect.poll(() => progress(page)).toBe('6 / 19');
    await swipe(page, VIEWPORT.width * 0.6, VIEWPORT.width * 0.9);
    await expect.poll(() => progress(page)).toBe('5 / 19');
    await page.context().close();
  });

  it('goes on with a tap on a touch screen', async () => {
    const context = await browser().newContext({ viewport: VIEWPORT, hasTouch: true });
    const page = await context.newPage();
    await page.goto(new URL('#/present/1', baseUrl).href);
    await page.getByTestId('current-point').waitFor();
    await page.touchscreen.tap(VIEWPORT.width * 0.8, MIDDLE);
    await expect.poll(() => progress(page)).toBe('2 / 19');
    await context.close();
  });

  it('does not move when a control is clicked', async () => {
    const { page } = await open(browser(), '#/present/3', VIEWPORT);
    await page.getByRole('button', { name: 'Keys' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await progress(page)).toBe('3 / 19');
    await page.context().close();
  });
});
