// Presenter mode answers the pointer as well as the keys: a tap or click on the right of the
// screen goes on, on the left third goes back, and a swipe moves either way. On the first speech
// of the project's build.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { address, baseUrl, expectedScreens, sharedBrowser, open, skipReason, speeches } from '../support/browser.ts';

const VIEWPORT = { width: 1280, height: 720 };
const MIDDLE = VIEWPORT.height / 2;
const id = speeches[0]?.id ?? '';
const count = expectedScreens(0).length;
/** Screen `number`, or the last when the speech has fewer. */
const upTo = (number: number) => Math.min(number, count);

/** The screen the address names, such as 2. */
async function screen(page: Page): Promise<number> {
  const hash = await page.evaluate(() => window.location.hash);
  return Number(/\/present\/(\d+)$/.exec(hash)?.[1] ?? 0);
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
    const { page } = await open(browser(), address(id, 'present', 1), VIEWPORT);
    await page.mouse.click(VIEWPORT.width * 0.8, MIDDLE);
    await expect.poll(() => screen(page)).toBe(2);
    await page.mouse.click(VIEWPORT.width * 0.5, MIDDLE);
    await expect.poll(() => screen(page)).toBe(upTo(3));
    await page.mouse.click(VIEWPORT.width * 0.1, MIDDLE);
    await expect.poll(() => screen(page)).toBe(upTo(3) - 1);
    await page.context().close();
  });

  it('moves on a swipe to the left and back on a swipe to the right', async () => {
    const start = Math.max(1, Math.min(5, count - 1));
    const { page } = await open(browser(), address(id, 'present', start), VIEWPORT);
    await swipe(page, VIEWPORT.width * 0.3, VIEWPORT.width * 0.1);
    await expect.poll(() => screen(page)).toBe(start + 1);
    await swipe(page, VIEWPORT.width * 0.6, VIEWPORT.width * 0.9);
    await expect.poll(() => screen(page)).toBe(start);
    await page.context().close();
  });

  it('goes on with a tap on a touch screen', async () => {
    const context = await browser().newContext({ viewport: VIEWPORT, hasTouch: true });
    const page = await context.newPage();
    await page.goto(new URL(address(id, 'present', 1), baseUrl).href);
    await page.getByTestId('current-point').waitFor();
    await page.touchscreen.tap(VIEWPORT.width * 0.8, MIDDLE);
    await expect.poll(() => screen(page)).toBe(2);
    await context.close();
  });

  it('does not move when a control is clicked', async () => {
    const { page } = await open(browser(), address(id, 'present', upTo(3)), VIEWPORT);
    const before = await page.getByTestId('progress').textContent();
    await page.getByRole('button', { name: 'Keys' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await screen(page)).toBe(upTo(3));
    expect(await page.getByTestId('progress').textContent()).toBe(before);
    await page.context().close();
  });
});
