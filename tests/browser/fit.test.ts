// Fitting in the built app: at the podium's usual screen sizes, every screen of every speech
// of the project's build shows whole, inside the stage and above the footer, at a size the
// speaker can read, and refits when the window changes size. Icarus's points keep the sizes
// measured for them.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { legibleFloor } from '../../src/model/deck/fit.ts';
import { address, eachSpeech, expectedScreens, icarusUrl, open, sharedBrowser, skipReason } from '../support/browser.ts';
import { icarus } from '../support/speech.ts';

/**
 * The smallest font size an Icarus point may get at each size, in CSS pixels. Measured with
 * Debian Chromium 156 and DejaVu Sans (what system-ui resolves to on Debian): the longest point
 * ("feedback") gets the smallest size, 70px at 1920x1080, 47px at 1280x720 and 44px at
 * 1024x768. The floors sit about 15% below, so a font of other metrics still passes, while a
 * fit that wastes the stage or a longer text that no longer fits legibly does not. Any other
 * speech is held to the app's legible floor, which long points are split to keep.
 */
const SIZES = [
  { width: 1920, height: 1080, floor: 60 },
  { width: 1280, height: 720, floor: 40 },
  { width: 1024, height: 768, floor: 38 },
];

/** What the layout of the current screen looks like, measured in the page. */
interface Layout {
  fontSize: number;
  /** The content's size, including anything that overflows it. */
  scrollWidth: number;
  scrollHeight: number;
  clientWidth: number;
  content: { top: number; bottom: number; left: number; right: number };
  box: { top: number; bottom: number; left: number; right: number; width: number; height: number };
  footerTop: number;
  viewport: { width: number; height: number };
  document: { scrollWidth: number; scrollHeight: number };
}

/** Measures the current screen's content, its .fit-box, the footer and the document. */
function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const content = document.querySelector<HTMLElement>('[data-testid="current-point"]');
    const box = content?.parentElement;
    const footer = document.querySelector('.presenter-footer');
    if (!content || !box?.classList.contains('fit-box') || !footer) throw new Error('No fitted screen on the page.');
    const c = content.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    return {
      fontSize: parseFloat(getComputedStyle(content).fontSize),
      scrollWidth: content.scrollWidth,
      scrollHeight: content.scrollHeight,
      clientWidth: content.clientWidth,
      content: { top: c.top, bottom: c.bottom, left: c.left, right: c.right },
      box: { top: b.top, bottom: b.bottom, left: b.left, right: b.right, width: b.width, height: b.height },
      footerTop: footer.getBoundingClientRect().top,
      viewport: { width: window.innerWidth, height: window.innerHeight },
      document: {
        scrollWidth: document.documentElement.scrollWidth,
        scrollHeight: document.documentElement.scrollHeight,
      },
    };
  });
}

/** Lists every way the screen fails to show whole; empty when it fits. */
function problems(layout: Layout): string[] {
  const found: string[] = [];
  const { content: c, box: b, viewport: v } = layout;
  // Half a pixel of slack for sub-pixel layout; a clipped line is far more than that.
  const slack = 0.5;
  if (layout.scrollHeight > b.height + slack) found.push(`content is ${layout.scrollHeight}px tall in a ${b.height}px box`);
  if (layout.scrollWidth > layout.clientWidth) found.push(`content is ${layout.scrollWidth}px wide in ${layout.clientWidth}px`);
  if (c.top < b.top - slack || c.bottom > b.bottom + slack) found.push(`content spans ${c.top}..${c.bottom}, box ${b.top}..${b.bottom}`);
  if (c.left < b.left - slack || c.right > b.right + slack) found.push(`content spans ${c.left}..${c.right}, box ${b.left}..${b.right}`);
  if (c.top < 0 || c.left < 0 || c.right > v.width || c.bottom > v.height) found.push('content leaves the viewport');
  if (c.bottom > layout.footerTop + slack) found.push(`content ends at ${c.bottom}, below the footer's top ${layout.footerTop}`);
  if (layout.document.scrollHeight > v.height || layout.document.scrollWidth > v.width) {
    found.push(`the document scrolls: ${layout.document.scrollWidth}x${layout.document.scrollHeight} in ${v.width}x${v.height}`);
  }
  return found;
}

describe.skipIf(skipReason !== '')('fitting', () => {
  const browser = sharedBrowser();

  for (const { id, index, speech, label } of eachSpeech()) {
    const screenCount = expectedScreens(index).length;
    for (const { width, height } of SIZES) {
      it(`${label}shows every screen whole and legible at ${width}x${height}`, async () => {
        const { page } = await open(browser(), address(id, 'present', 1), { width, height });
        const failures: string[] = [];
        const pointSizes: number[] = [];
        for (let number = 1; number <= screenCount; number++) {
          if (number > 1) await page.keyboard.press('PageDown');
          await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(address(id, 'present', number));
          const layout = await measure(page);
          for (const problem of problems(layout)) failures.push(`screen ${number}: ${problem}`);
          if (number <= speech.points.length) pointSizes.push(layout.fontSize);
        }
        expect(failures).toEqual([]);
        expect(pointSizes).toHaveLength(speech.points.length);
        expect(Math.min(...pointSizes), `smallest point font at ${width}x${height}`).toBeGreaterThanOrEqual(legibleFloor(height));
        await page.context().close();
      });
    }
  }

  it('gives the longest Icarus point the size measured for it at each podium size', async () => {
    const speech = icarus();
    const longest = speech.points.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    const number = speech.points.indexOf(longest) + 1;
    const { page } = await open(browser(), `#/present/${number}`, SIZES[0], icarusUrl);
    for (const { width, height, floor } of SIZES) {
      await page.setViewportSize({ width, height });
      await expect.poll(async () => problems(await measure(page)), { message: `at ${width}x${height}` }).toEqual([]);
      await expect.poll(async () => (await measure(page)).fontSize, { message: `the "${longest.id}" font at ${width}x${height}` }).toBeGreaterThanOrEqual(floor);
    }
    await page.context().close();
  });

  it('refits when the window changes size', async () => {
    const speech = icarus();
    const longest = speech.points.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    const number = speech.points.indexOf(longest) + 1;
    const { page } = await open(browser(), `#/present/${number}`, { width: 1280, height: 720 }, icarusUrl);
    const start = await measure(page);
    expect(problems(start)).toEqual([]);

    await page.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(async () => (await measure(page)).fontSize).toBeLessThan(start.fontSize);
    const narrow = await measure(page);
    expect(problems(narrow)).toEqual([]);

    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(async () => (await measure(page)).fontSize).toBeGreaterThan(start.fontSize);
    expect(problems(await measure(page))).toEqual([]);

    // Squeezed to a phone held sideways: still whole, however small.
    await page.setViewportSize({ width: 740, height: 360 });
    await expect.poll(async () => problems(await measure(page))).toEqual([]);
    await page.context().close();
  });
});
