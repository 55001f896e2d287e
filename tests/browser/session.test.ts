// The podium's state cannot be misled, left dark, or split, in real Chromium: two builds of
// the speech on one stick never move each other; hostile messages on the channel leave podium
// and console in step; a podium opened after a rehearsal shows text, a reloaded one keeps its
// blackout; typed numbers expire; a long cue is shown whole; a clicked button keeps no keys.
// All of it in the build of the Icarus fixture, whose points it names.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { DIGITS_EXPIRE_MS } from '../../src/model/config.ts';
import { buildChangedIcarus } from '../support/build.ts';
import { icarusUrl, currentText, sharedBrowser, shown, skipReason } from '../support/browser.ts';
import { icarus } from '../support/speech.ts';

const speech = icarus();
const points = speech.points.map((point) => shown(point.text, speech.note));

/** Opens `url` in a new page of `context` and waits for the current point. */
async function openIn(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-testid="current-point"]').waitFor();
  return page;
}

/** Waits until the page shows point `number` (1-based). */
async function expectPoint(page: Page, number: number) {
  await expect.poll(() => currentText(page)).toBe(points[number - 1]);
}

/** What the podium's blank screen shows, or 'text'. */
const displayOf = async (page: Page) => (await page.getByTestId('blank').count()) === 0 ? 'text' : await page.getByTestId('blank').getAttribute('data-display');

describe.skipIf(skipReason !== '')('the podium session', () => {
  const browser = sharedBrowser();
  let context: BrowserContext;
  const at = (hash: string) => new URL(hash, icarusUrl).href;

  afterEach(async () => {
    await context?.close();
  });

  describe('two builds of the speech, one point inserted, opened from disk', () => {
    let oldFile: string;
    let newFile: string;
    beforeAll(async () => {
      oldFile = inject('icarusFile');
      newFile = await buildChangedIcarus((file) =>
        file('points.yaml', (text) =>
          text.replace('points:\n', 'points:\n  - id: inserted\n    text: A point added in the new version of the speech.\n\n'),
        ),
      );
    }, 120_000);
    afterAll(() => rmSync(dirname(dirname(newFile)), { recursive: true, force: true }));

    it('never move each other, and each says another version is open', async () => {
      context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
      const podium = await openIn(context, `${pathToFileURL(newFile).href}#/present/1`);
      const console_ = await openIn(context, `${pathToFileURL(oldFile).href}#/console/1`);
      await console_.keyboard.press('PageDown');
      await console_.keyboard.press('PageDown');
      await expectPoint(console_, 3);
      await expect.poll(() => currentText(podium)).toBe('A point added in the new version of the speech.');
      await console_.keyboard.press('b');
      expect(await displayOf(podium)).toBe('text');
      await expect.poll(() => podium.getByTestId('other-version').isVisible()).toBe(true);
      await expect.poll(() => console_.getByTestId('other-version').isVisible()).toBe(true);
      const versions = await Promise.all([podium, console_].map((page) => page.getByTestId('content-version').first().innerText()));
      expect(await podium.getByTestId('other-version').innerText()).toContain(versions[1]?.match(/[0-9a-f]{12}/)?.[0] ?? 'no version shown');
      expect(await console_.getByTestId('other-version').innerText()).toContain(versions[0]?.match(/[0-9a-f]{12}/)?.[0] ?? 'no version shown');
    });
  });

  /** A podium and a console of the served build in one context. */
  async function podiumAndConsole(viewport = { width: 1280, height: 720 }) {
    context = await browser().newContext({ viewport });
    const podium = await openIn(context, at('#/present/1'));
    const console_ = await openIn(context, at('#/console'));
    return { podium, console_ };
  }

  it('stays in step through hostile messages: a huge revision, every number at its maximum, a flood', async () => {
    const { podium, console_ } = await podiumAndConsole();
    const version = (await podium.getByTestId('content-version').first().innerText()).match(/[0-9a-f]{12}/)?.[0] ?? '';
    await podium.evaluate(
      ({ version, target }) => {
        const channel = new BroadcastChannel('lectern');
        const base = { protocol: 'lectern-sync/2', speech: 'icarus', version, type: 'state', from: 'hostile' };
        const run = { timer: { status: 'idle' }, spent: [], resetArmed: false };
        const state = { revision: Number.MAX_SAFE_INTEGER, writer: 'zzzz', screen: target, part: 0, splits: {}, display: 'text', cue: null, run, rehearsalRate: null, resumed: false };
        channel.postMessage({ ...base, state });
        channel.close();
      },
      { version, target: `point:${speech.points[5]?.id}` },
    );
    // A state far ahead is taken as the next revision: both windows show it, and stay in step.
    await expectPoint(podium, 6);
    await expectPoint(console_, 6);
    await podium.evaluate(
      ({ version }) => {
        const channel = new BroadcastChannel('lectern');
        const base = { protocol: 'lectern-sync/2', speech: 'icarus', version, type: 'state', from: 'hostile' };
        const run = { timer: { status: 'idle' }, spent: [], resetArmed: false };
        const state = { revision: 1, writer: 'zzzz', screen: 'point:welcome', part: 0, splits: {}, display: 'text', cue: null, run, rehearsalRate: null, resumed: false };
        const max = Number.MAX_VALUE;
        channel.postMessage({
          ...base,
          state: { ...state, revision: max, cue: { id: max, text: 'x' }, run: { timer: { status: 'running', since: max, before: max }, spent: [max], resetArmed: false }, rehearsalRate: max },
        });
        for (let i = 0; i < 2000; i++) channel.postMessage({ ...base, state: { ...state, revision: 5 + i, screen: 'point:welcome' } });
        channel.close();
      },
      { version },
    );
    // Whatever the two windows took in, they agree, and the console still drives the podium.
    await expect.poll(async () => (await currentText(podium)) === (await currentText(console_))).toBe(true);
    await console_.keyboard.press('Home');
    await console_.keyboard.press('PageDown');
    await expectPoint(podium, 2);
    await expectPoint(console_, 2);
    await console_.keyboard.press('b');
    await expect.poll(() => displayOf(podium)).toBe('black');
    await podium.keyboard.press('b');
    await expect.poll(() => console_.getByText('Podium screen is black').count()).toBe(0);
    expect(await displayOf(podium)).toBe('text');
  });

  it('keeps a blackout over a reload, and opens on the text after a rehearsal left blacked out', async () => {
    const { podium, console_ } = await podiumAndConsole();
    await console_.keyboard.press('PageDown');
    await console_.getByRole('button', { name: 'Wrap up' }).click();
    await console_.keyboard.press('b');
    await expect.poll(() => displayOf(podium)).toBe('black');
    await podium.reload();
    await podium.locator('[data-testid="current-point"]').waitFor();
    expect(await displayOf(podium)).toBe('black');
    await expect.poll(() => podium.getByRole('status', { name: 'Cue' }).textContent()).toContain('Wrap up');

    // Everything closed; the next morning (the saved state is a day old), the podium opens.
    await podium.close();
    await console_.close();
    const later = await context.newPage();
    await later.goto(at('#/read'));
    await later.evaluate(() => {
      for (const key of Object.keys(localStorage).filter((k) => k.startsWith('lectern:live:'))) {
        const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as { savedAt: number };
        localStorage.setItem(key, JSON.stringify({ ...stored, savedAt: stored.savedAt - 24 * 3600 * 1000 }));
      }
    });
    await later.goto('about:blank');
    await later.goto(at('#/present'));
    await later.locator('[data-testid="current-point"]').waitFor();
    await expectPoint(later, 2);
    expect(await displayOf(later)).toBe('text');
    expect(await later.getByRole('status', { name: 'Cue' }).count()).toBe(0);
    // The run left running is kept, and said to be resumed; the console offers a new run.
    expect(await later.getByTestId('elapsed').innerText()).toContain('resumed');
    const console2 = await openIn(context, at('#/console'));
    await console2.getByRole('button', { name: 'Start a new run…' }).click();
    await console2.getByRole('button', { name: 'Reset to 0:00' }).click();
    await expect.poll(() => console2.getByTestId('console-elapsed').innerText()).toMatch(/^0:00/);
  });

  it('shows a typed number while it is typed, and drops it after three seconds', async () => {
    context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const podium = await context.newPage();
    // The page's time is the test's: the number expires when the clock is moved, not after a wait.
    await podium.clock.install();
    await podium.goto(at('#/present/1'));
    await podium.locator('[data-testid="current-point"]').waitFor();
    await podium.clock.pauseAt((await podium.evaluate(() => Date.now())) + 1000);
    await podium.keyboard.press('1');
    await expect.poll(() => podium.getByText('Go to point 1').isVisible()).toBe(true);
    await podium.clock.runFor(DIGITS_EXPIRE_MS - 200);
    expect(await podium.getByText('Go to point 1').isVisible()).toBe(true);
    await podium.clock.runFor(400);
    await expect.poll(() => podium.getByText(/Go to point/).count()).toBe(0);
    await podium.keyboard.press('2');
    await podium.keyboard.press('Enter');
    await expectPoint(podium, 2);
  });

  it('after a click on a console button, the clicker keys still move the speech', async () => {
    const { podium, console_ } = await podiumAndConsole();
    await console_.getByRole('button', { name: 'Start now' }).click();
    await console_.getByRole('button', { name: 'Pause' }).click();
    await console_.keyboard.press('Space');
    await expectPoint(podium, 2);
    await console_.keyboard.press('Enter');
    await expectPoint(podium, 3);
    await console_.keyboard.press('PageDown');
    await expectPoint(podium, 4);
    // The timer stayed paused: Space and Enter did not press Resume.
    await expect.poll(() => console_.getByRole('button', { name: 'Resume' }).count()).toBe(1);
  });
});
