// A cue a speaker cannot miss, in Chromium: sent from the console, it shows on the podium in a band
// across the top at or above the legible floor, whole up to 120 characters, over neither the text
// nor the time strip, at a full HD podium screen and an older projector's.
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { legibleFloor } from '../../src/model/deck/fit.ts';
import { icarusUrl, sharedBrowser, skipReason } from '../support/browser.ts';

/** 120 characters, the longest cue. */
const LONGEST = 'Please slow down a little: the interpreters are behind, and the minister still has the closing statement after yours.'.padEnd(120, '.');

/** Where the cue, the time strip and the text stand, and whether any of them is cut. */
function layout(page: Page) {
  return page.evaluate(() => {
    const rect = (el: Element | null) => {
      if (!el) throw new Error('missing element');
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width };
    };
    const cue = document.querySelector('.cue');
    const text = document.querySelector('.cue-text');
    const content = document.querySelector<HTMLElement>('[data-testid="current-point"]');
    const box = content?.parentElement;
    if (!cue || !text || !content || !box) throw new Error('No cue or no point.');
    return {
      size: parseFloat(getComputedStyle(text).fontSize),
      shown: (text as HTMLElement).innerText,
      cueCut: text.scrollHeight > text.clientHeight + 0.5 || text.scrollWidth > text.clientWidth + 0.5,
      cue: rect(cue),
      time: rect(document.querySelector('.time-strip')),
      words: rect(content.querySelector('.point-text')),
      textCut: content.scrollHeight > box.clientHeight + 0.5,
      width: window.innerWidth,
    };
  });
}

describe.skipIf(skipReason !== '')('a cue on the podium', () => {
  const browser = sharedBrowser();
  let context: BrowserContext | undefined;
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1024, height: 768 },
  ]) {
    it(`shows a 120-character cue whole, at the legible floor or above, over neither text nor time, at ${viewport.width}x${viewport.height}`, async () => {
      context = await browser().newContext({ viewport });
      const podium = await context.newPage();
      await podium.goto(new URL('#/present/14', icarusUrl).href);
      await podium.locator('[data-testid="current-point"]').waitFor();
      const console_ = await context.newPage();
      await console_.goto(new URL('#/console', icarusUrl).href);
      await console_.getByLabel('Own words').fill(LONGEST);
      await console_.getByRole('button', { name: 'Send', exact: true }).click();
      await podium.getByRole('status', { name: 'Cue' }).waitFor();
      // The stage makes room for the band: wait for the text to be fitted again.
      await expect.poll(async () => (await layout(podium)).textCut).toBe(false);
      const now = await layout(podium);
      expect(now.shown).toBe(LONGEST);
      expect(now.cueCut).toBe(false);
      expect(now.size).toBeGreaterThanOrEqual(legibleFloor(viewport.height));
      expect(now.cue.width).toBeGreaterThanOrEqual(now.width * 0.99);
      // Below the time strip, above the text.
      expect(now.cue.top).toBeGreaterThanOrEqual(now.time.bottom);
      expect(now.words.top).toBeGreaterThanOrEqual(now.cue.bottom);
    });
  }
});
