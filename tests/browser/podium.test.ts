// The podium-grade presenter in the built app: a podium and a console window in one browser
// (BroadcastChannel needs the same origin and context) driving the same speech in step, cues,
// clicker-proofing, blanking, mirror, text size, wake lock, and a timer no key can reset; in the
// build of the Icarus fixture, whose points they name.
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { icarusUrl, currentText, sharedBrowser, shown, skipReason } from '../support/browser.ts';
import { icarus } from '../support/speech.ts';
import { seriousViolations } from '../support/axe.ts';

const speech = icarus();
const points = speech.points.map((point) => shown(point.text, speech.note));

/** A stand-in for the Screen Wake Lock API that records each request on the page. */
const WAKE_LOCK_STUB = () => {
  const requests: string[] = [];
  const sentinels: { released: boolean }[] = [];
  Object.defineProperty(window, '__wakeLock', { value: { requests, sentinels } });
  Object.defineProperty(navigator, 'wakeLock', {
    configurable: true,
    value: {
      request(type: string) {
        requests.push(type);
        const sentinel = {
          released: false,
          type,
          release() {
            sentinel.released = true;
            return Promise.resolve();
          },
          addEventListener() {},
          removeEventListener() {},
        };
        sentinels.push(sentinel);
        return Promise.resolve(sentinel);
      },
    },
  });
};

/** Opens `hash` in a new page of `context` and waits for the current point. */
async function openIn(context: BrowserContext, hash: string, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(new URL(hash, icarusUrl).href);
  await page.locator('[data-testid="current-point"]').waitFor();
  return page;
}

/** Waits until the page's current point is point `number` (1-based). */
async function expectPoint(page: Page, number: number) {
  await expect.poll(() => currentText(page)).toBe(points[number - 1]);
}

/** The timer on the console, in seconds. */
async function consoleSeconds(console_: Page): Promise<number> {
  const text = await console_.getByTestId('console-elapsed').innerText();
  const match = /^(\d+):(\d\d)/.exec(text.trim());
  if (!match) throw new Error(`No time in "${text}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

describe.skipIf(skipReason !== '')('podium and console', () => {
  const browser = sharedBrowser();
  let context: BrowserContext;
  let podium: Page;
  let console_: Page;
  let errors: string[];


  /** A fresh browser context with a podium at point 1 and a console beside it. */
  async function twoWindows() {
    errors = [];
    context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript(WAKE_LOCK_STUB);
    podium = await openIn(context, '#/present/1', errors);
    console_ = await openIn(context, '#/console', errors);
    await expectPoint(console_, 1);
  }
  afterEach(async () => {
    expect(errors).toEqual([]);
    await context?.close();
  });

  it('the console moves the podium, and the podium moves the console', async () => {
    await twoWindows();
    await console_.keyboard.press('ArrowRight');
    await expectPoint(podium, 2);
    await console_.getByRole('navigation', { name: 'All points' }).getByRole('button').nth(4).click();
    await expectPoint(podium, 5);
    await expect.poll(() => podium.evaluate(() => window.location.hash)).toBe('#/present/5');
    await podium.keyboard.press('PageUp');
    await expectPoint(console_, 4);
    await podium.keyboard.press('PageDown');
    await podium.keyboard.press('PageDown');
    await expectPoint(console_, 6);
    await expectPoint(podium, 6);
  });

  it('a reloaded podium rejoins at the current point and keeps following', async () => {
    await twoWindows();
    for (let i = 0; i < 5; i++) await console_.keyboard.press('PageDown');
    await expectPoint(podium, 6);
    await podium.reload();
    await podium.locator('[data-testid="current-point"]').waitFor();
    await expectPoint(podium, 6);
    await console_.keyboard.press('PageDown');
    await expectPoint(podium, 7);
    // A second podium opened without a point joins where the speech is.
    const second = await openIn(context, '#/present', errors);
    await expectPoint(second, 7);
  });

  it('sends cues to the podium edge until dismissed or replaced', async () => {
    await twoWindows();
    const cue = podium.getByRole('status').filter({ has: podium.getByRole('button', { name: 'Dismiss cue' }) });
    await console_.getByRole('button', { name: 'Slow down' }).click();
    await expect.poll(() => cue.innerText()).toContain('Slow down');
    await console_.getByLabel('Own words').fill('Water is on the left');
    await console_.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => cue.innerText()).toContain('Water is on the left');
    expect(await podium.getByText('Slow down').count()).toBe(0);
    await podium.getByRole('button', { name: 'Dismiss cue' }).click();
    await expect.poll(() => cue.count()).toBe(0);
    await expect.poll(() => console_.getByText('No cue on the podium.').count()).toBe(1);
  });

  it('moves one point however long a key is held', async () => {
    await twoWindows();
    await podium.evaluate(() => {
      const seen = { repeats: 0 };
      Object.defineProperty(window, '__keys', { value: seen });
      window.addEventListener('keydown', (event) => {
        if (event.repeat) seen.repeats += 1;
      });
    });
    for (let i = 0; i < 8; i++) await podium.keyboard.down('PageDown');
    await podium.keyboard.up('PageDown');
    expect(await podium.evaluate(() => (Reflect.get(window, '__keys') as { repeats: number }).repeats)).toBe(7);
    await expectPoint(podium, 2);
    await expectPoint(console_, 2);
  });

  it('blacks out and whites out with B, the period and W, keeping the place', async () => {
    await twoWindows();
    await podium.keyboard.press('PageDown');
    const blank = podium.getByTestId('blank');
    await podium.keyboard.press('b');
    await expect.poll(() => blank.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    await expect.poll(() => console_.getByText('Podium screen is black').count()).toBe(1);
    await podium.keyboard.press('b');
    await expect.poll(() => blank.count()).toBe(0);
    await podium.keyboard.press('.');
    await expect.poll(() => blank.count()).toBe(1);
    // The speaker presses on in the dark: the text comes back where it was.
    await podium.keyboard.press('PageDown');
    await expect.poll(() => blank.count()).toBe(0);
    await expectPoint(podium, 2);
    await podium.keyboard.press('w');
    await expect.poll(() => blank.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
    // The console can blank the podium too.
    await console_.getByRole('button', { name: 'Text', exact: true }).click();
    await expect.poll(() => blank.count()).toBe(0);
    await console_.getByRole('button', { name: 'Black', exact: true }).click();
    await expect.poll(() => blank.count()).toBe(1);
  });

  it('keeps the place on the clicker start and stop buttons: F5 does not reload, Esc does not move', async () => {
    await twoWindows();
    await podium.keyboard.press('PageDown');
    await expectPoint(podium, 2);
    await podium.evaluate(() => {
      const f5: boolean[] = [];
      Object.defineProperty(window, '__stillHere', { value: true });
      Object.defineProperty(window, '__f5', { value: f5 });
      window.addEventListener('keydown', (event) => {
        if (event.key === 'F5') f5.push(event.defaultPrevented);
      });
    });
    await podium.keyboard.press('F5');
    await podium.keyboard.press('Shift+F5');
    await podium.keyboard.press('Escape');
    expect(await podium.evaluate(() => Reflect.get(window, '__f5'))).toEqual([true, true]);
    expect(await podium.evaluate(() => Reflect.get(window, '__stillHere'))).toBe(true);
    await expectPoint(podium, 2);
  });

  it('mirrors the text with M and remembers it after a reload', async () => {
    await twoWindows();
    const stage = podium.locator('.stage');
    expect(await stage.evaluate((el) => getComputedStyle(el).transform)).toBe('none');
    await podium.keyboard.press('m');
    await expect.poll(() => stage.evaluate((el) => getComputedStyle(el).transform)).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    await podium.reload();
    await podium.locator('[data-testid="current-point"]').waitFor();
    expect(await podium.getByRole('main', { name: 'Presenter' }).getAttribute('data-mirrored')).toBe('true');
    await podium.keyboard.press('m');
    await expect.poll(() => stage.evaluate((el) => getComputedStyle(el).transform)).toBe('none');
  });

  it('changes the text size around the fitted size with + and -, remembered per screen', async () => {
    await twoWindows();
    const size = () => podium.getByTestId('current-point').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const fitted = await size();
    await podium.keyboard.press('-');
    await podium.keyboard.press('-');
    await expect.poll(size).toBeLessThan(fitted * 0.85);
    await podium.keyboard.press('PageDown');
    const nextFitted = await size();
    await podium.keyboard.press('PageUp');
    await expect.poll(size).toBeLessThan(fitted * 0.85);
    await podium.reload();
    await podium.locator('[data-testid="current-point"]').waitFor();
    await expect.poll(size).toBeLessThan(fitted * 0.85);
    await podium.keyboard.press('+');
    await podium.keyboard.press('+');
    await expect.poll(size).toBeCloseTo(fitted, -1);
    expect(nextFitted).toBeGreaterThan(0);
  });

  it('asks for a screen wake lock while presenting, and again when the page is shown again', async () => {
    await twoWindows();
    type Stub = { requests: string[]; sentinels: { released: boolean }[] };
    const wake = () => podium.evaluate(() => (Reflect.get(window, '__wakeLock') as Stub).requests.length);
    await expect.poll(wake).toBe(1);
    expect(await podium.evaluate(() => (Reflect.get(window, '__wakeLock') as Stub).requests[0])).toBe('screen');
    // The browser releases the lock when the page is hidden; on coming back it is taken again.
    await podium.evaluate(() => {
      for (const sentinel of (Reflect.get(window, '__wakeLock') as Stub).sentinels) sentinel.released = true;
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect.poll(wake).toBe(2);
    // The console keeps no lock: it is not the screen being read.
    expect(await console_.evaluate(() => (Reflect.get(window, '__wakeLock') as Stub).requests.length)).toBe(0);
  });

  it('never resets the timer from a single key; only the confirmed reset does', async () => {
    await twoWindows();
    await podium.keyboard.press('PageDown');
    await expect.poll(() => consoleSeconds(console_), { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    const keys = ['r', 'R', '0', 'Delete', 'Backspace', 'Escape', 'Enter', 'Home', 'End', 'F5', 't', 'x', ' ', 'Tab'];
    for (const page of [console_, podium]) {
      for (const key of keys) await page.keyboard.press(key);
    }
    expect(await consoleSeconds(console_)).toBeGreaterThanOrEqual(2);
    // Asking for a reset and pressing Enter keeps the time: the safe button has the focus.
    await console_.getByRole('button', { name: 'Reset…' }).click();
    await console_.getByRole('alertdialog', { name: 'Reset the timer?' }).waitFor();
    await console_.keyboard.press('Enter');
    await expect.poll(() => console_.getByRole('alertdialog').count()).toBe(0);
    expect(await consoleSeconds(console_)).toBeGreaterThanOrEqual(2);
    // The deliberate way works.
    await console_.getByRole('button', { name: 'Reset…' }).click();
    await console_.getByRole('button', { name: 'Reset to 0:00' }).click();
    await expect.poll(() => consoleSeconds(console_)).toBe(0);
    await expect.poll(() => podium.getByTestId('elapsed').innerText()).toBe('0:00');
  });

  it('tests the clicker from the help: shows the key and what it does, and moves nothing', async () => {
    await twoWindows();
    await podium.keyboard.press('?');
    await podium.getByRole('button', { name: 'Test the clicker' }).click();
    const test = podium.getByRole('dialog', { name: 'Clicker test' });
    await podium.keyboard.press('PageDown');
    await podium.keyboard.press('b');
    await expect.poll(() => test.innerText()).toContain('Next point');
    expect(await test.innerText()).toContain('Black screen');
    expect(await podium.getByTestId('blank').count()).toBe(0);
    await test.getByRole('button', { name: 'Done' }).click();
    await expectPoint(podium, 1);
  });

  it('keeps the console, a cued podium and the clicker test free of serious axe violations, and off other origins', async () => {
    await twoWindows();
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    await console_.getByRole('button', { name: 'Two minutes' }).click();
    await console_.keyboard.press('PageDown');
    await console_.getByRole('button', { name: 'Reset…' }).click();
    await podium.keyboard.press('?');
    await podium.getByRole('button', { name: 'Test the clicker' }).click();
    await podium.keyboard.press('PageDown');
    for (const page of [console_, podium]) {
      expect(await seriousViolations(page)).toEqual([]);
    }
    const origin = new URL(icarusUrl).origin;
    expect(requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin)).toEqual([]);
  });

  it('hides the pointer after two seconds still, and not a moment before', async () => {
    errors = [];
    context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    await context.clock.install();
    podium = await openIn(context, '#/present/1', errors);
    const cursor = () => podium.locator('.stage').evaluate((el) => getComputedStyle(el).cursor);
    // The page's time stands still from here: only runFor moves it, however busy the machine.
    await podium.clock.pauseAt((await podium.evaluate(() => Date.now())) + 1000);
    await podium.mouse.move(400, 300);
    await podium.mouse.move(420, 310);
    expect(await cursor()).not.toBe('none');
    await podium.clock.runFor(1900);
    expect(await cursor()).not.toBe('none');
    await podium.clock.runFor(200);
    await expect.poll(cursor).toBe('none');
    await podium.mouse.move(500, 320);
    await expect.poll(cursor).not.toBe('none');
  });
});
