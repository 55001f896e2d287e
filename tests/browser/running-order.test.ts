// A press conference in one build, in real Chromium: two speeches (Icarus and the example
// statement) in a running order, each at its own addresses, the running order at #/, the
// handover from one speaker to the next, each speaker's time on the console, and consoles of the
// two speeches that never move each other's podium.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Speech } from '../../src/model/speech/speech.ts';
import { buildApp, twoSpeeches } from '../support/build.ts';
import { currentText, normalise, sharedBrowser, shown, skipReason } from '../support/browser.ts';
import { seriousViolations } from '../support/axe.ts';
import { icarus } from '../support/speech.ts';

const director = icarus();
const first = (speech: Speech) => normalise(speech.points[0]?.text ?? '');

describe.skipIf(skipReason !== '')('a running order of two speeches in one build', () => {
  const browser = sharedBrowser();
  let base = '';
  let page = '';
  let statement: Speech;
  let context: BrowserContext;

  beforeAll(async () => {
    let content: string;
    ({ base, content, statement } = twoSpeeches('lectern-conference-'));
    page = pathToFileURL(await buildApp(join(base, 'dist'), content)).href;
  }, 120_000);
  afterAll(() => {
    if (base) rmSync(base, { recursive: true, force: true });
  });
  afterEach(async () => {
    await context?.close();
  });

  /** Opens the build at `hash` in a new page of the test's context. */
  async function openAt(hash: string, waitFor = '[data-testid="current-point"]'): Promise<Page> {
    const opened = await context.newPage();
    await opened.goto(`${page}${hash}`);
    await opened.locator(waitFor).first().waitFor();
    return opened;
  }

  it('has no serious or critical axe violations on the running order at #/, and logs no error there', async () => {
    context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    context.on('weberror', (error) => errors.push(String(error.error())));
    context.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const list = await openAt('#/', '.running-order');
    expect(await seriousViolations(list)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('lists the running order at #/ with each speaker, words, time and allotment, linking to each speech', async () => {
    context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const list = await openAt('#/', '.running-order');
    const rows = list.locator('.running-order tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const [one, two] = [normalise(await rows.nth(0).innerText()), normalise(await rows.nth(1).innerText())];
    expect(one).toContain(director.signature.name);
    expect(one).toContain(`${director.points.length}`);
    expect(one).toContain('8 min');
    expect(two).toContain(statement.signature.name);
    expect(two).toContain('3 min');
    await rows.nth(1).getByRole('link', { name: 'Podium' }).click();
    await list.locator('[data-testid="current-point"]').waitFor();
    expect(await currentText(list)).toBe(first(statement));
    expect(list.url()).toMatch(/#\/statement\/present\/1$/);
  });

  it('shows the right speech at each address', async () => {
    context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const second = await openAt('#/statement/present/2');
    expect(await currentText(second)).toBe(normalise(statement.points[1]?.text ?? ''));
    const seventh = await openAt('#/icarus/present/7');
    expect(await currentText(seventh)).toBe(shown(director.points[6]?.text ?? '', director.note));
    const reading = await openAt('#/statement/read', '.document');
    expect(normalise(await reading.locator('.document').innerText())).toContain(normalise(statement.points[5]?.text ?? ''));
    expect(normalise(await reading.locator('.document').innerText())).not.toContain(normalise(director.points[0]?.text ?? ''));
  });

  it('paints the point of the speech its address names before the app runs', async () => {
    context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const opened = await context.newPage();
    await opened.addInitScript({
      content: `new MutationObserver((_, observer) => {
        const text = document.querySelector('#root .point-text');
        if (!text || document.querySelector('[data-testid="current-point"]')) return;
        window.firstPaintText = text.textContent;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });`,
    });
    await opened.goto(`${page}#/statement/present/3`);
    await opened.locator('[data-testid="current-point"]').waitFor();
    const painted = await opened.evaluate(() => (window as Window & { firstPaintText?: string }).firstPaintText);
    expect(normalise(painted ?? 'nothing painted first')).toBe(normalise(statement.points[2]?.text ?? ''));
    expect(await currentText(opened)).toBe(normalise(statement.points[2]?.text ?? ''));
  });

  it('hands over after the last screen to the next speaker, and Next opens their first point', async () => {
    context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const podium = await openAt(`#/icarus/present/${director.points.length}`);
    // The one on screen: the copy that fits the next screen ahead may still hold it for a moment.
    const handover = podium.getByTestId('current-point').getByTestId('handover');
    // The signature, the note (over as many screens as its table takes at this size), then the handover.
    for (let press = 0; press < 8 && !(await handover.isVisible()); press++) {
      const progress = await podium.getByTestId('progress').textContent();
      await podium.keyboard.press('PageDown');
      await expect.poll(() => podium.getByTestId('progress').textContent()).not.toBe(progress);
    }
    await handover.waitFor();
    const words = normalise((await handover.textContent()) ?? '');
    expect(words).toContain('Next speaker');
    expect(words).toContain(statement.signature.name);
    expect(words).toContain(first(statement).split(' ').slice(0, 6).join(' '));
    await podium.keyboard.press('PageDown');
    await expect.poll(() => podium.url()).toMatch(/#\/statement\/present\/1$/);
    await expect.poll(() => currentText(podium)).toBe(first(statement));
  });

  it('goes on from the handover to the next speech\'s console with the console\'s Next', async () => {
    context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    // The points, the signature, the note, then the handover.
    const console_ = await openAt(`#/icarus/console/${director.points.length + 3}`);
    expect(normalise((await console_.getByTestId('current-point').textContent()) ?? '')).toContain(statement.signature.name);
    await console_.getByRole('button', { name: 'Next →' }).click();
    await expect.poll(() => console_.url()).toMatch(/#\/statement\/console\/1$/);
    await expect.poll(() => currentText(console_)).toBe(first(statement));
  });

  it('tells the first speech\'s console that the podium handed over, claims nothing it does after, and follows on request', async () => {
    context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const podium = await openAt(`#/icarus/present/${director.points.length + 3}`, '[data-testid="current-point"] [data-testid="handover"]');
    const console_ = await openAt('#/icarus/console');
    await expect.poll(() => console_.getByTestId('podium-heard').count()).toBe(1);
    await podium.keyboard.press('PageDown');
    await expect.poll(() => podium.url()).toMatch(/#\/statement\/present\/1$/);
    await console_.getByText('No podium is showing this speech.').waitFor();
    await console_.getByText(`The podium has moved on to ${statement.signature.name}'s speech.`).waitFor();
    await console_.getByRole('button', { name: 'Black', exact: true }).click();
    await console_.getByRole('button', { name: 'Wrap up' }).click();
    await expect.poll(() => console_.getByText('No podium is heard: no cue is shown.').count()).toBe(1);
    expect(await console_.getByText('Podium screen is black').count()).toBe(0);
    expect(await console_.getByText(/^On the podium:/).count()).toBe(0);
    expect(await console_.getByText('Nothing shown yet.').count()).toBe(0);
    expect(await podium.getByTestId('blank').count()).toBe(0);
    await console_.getByRole('button', { name: `Follow it to ${statement.signature.name}'s console` }).click();
    await expect.poll(() => console_.url()).toMatch(/#\/statement\/console\/1$/);
    await expect.poll(() => console_.getByTestId('podium-heard').textContent()).toContain(`1 of ${statement.points.length}`);
    await console_.keyboard.press('PageDown');
    await expect.poll(() => currentText(podium)).toBe(normalise(statement.points[1]?.text ?? ''));
  });

  it('says on the console of one speech that the only podium shows another', async () => {
    context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    await openAt('#/icarus/present/2');
    const console_ = await openAt('#/statement/console/1');
    await console_.getByText('No podium is showing this speech.').waitFor();
    await console_.getByText(`A podium is showing another speech: ${director.signature.name}'s.`).waitFor();
    expect(await console_.getByText('Not on any podium').count()).toBe(1);
  });

  it('shows each speaker\'s time used against the allotment on the console', async () => {
    context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    // The pages' time is the test's: the timer counts when the clock is moved on, not during a wait.
    await context.clock.install();
    const first_ = await openAt('#/icarus/console');
    await first_.getByRole('button', { name: 'Start now' }).click();
    await context.clock.runFor(2_200);
    await first_.getByRole('button', { name: /Pause/ }).click();
    const second = await openAt('#/statement/console');
    const times = second.locator('.running-order-panel li');
    await expect.poll(() => times.count()).toBe(2);
    await expect.poll(async () => normalise(await times.nth(0).innerText())).toMatch(new RegExp(`^${director.signature.name} 0:0[2-9] / 8 min$`));
    expect(normalise(await times.nth(1).innerText())).toBe(`${statement.signature.name} 0:00 / 3 min`);
  });

  it('never lets the console of one speech move the podium of the other', async () => {
    context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const statementPodium = await openAt('#/statement/present/1');
    const icarusPodium = await openAt('#/icarus/present/1');
    const icarusConsole = await openAt('#/icarus/console/1');
    for (let i = 0; i < 3; i++) await icarusConsole.keyboard.press('PageDown');
    await expect.poll(() => currentText(icarusPodium)).toBe(shown(director.points[3]?.text ?? '', director.note));
    const statementConsole = await openAt('#/statement/console/1');
    await statementConsole.keyboard.press('PageDown');
    await expect.poll(() => currentText(statementPodium)).toBe(normalise(statement.points[1]?.text ?? ''));
    await icarusConsole.keyboard.press('PageDown');
    await expect.poll(() => currentText(icarusPodium)).toBe(shown(director.points[4]?.text ?? '', director.note));
    expect(await currentText(statementPodium)).toBe(normalise(statement.points[1]?.text ?? ''));
    expect(statementPodium.url()).toMatch(/#\/statement\/present\/2$/);
  });

  it('moves no podium when a console\'s address is changed to another speech', async () => {
    context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const icarusPodium = await openAt('#/icarus/present/2');
    const console_ = await openAt('#/icarus/console/2');
    await console_.evaluate(() => {
      window.location.hash = '#/statement/console/5';
    });
    await console_.waitForURL(/#\/statement\/console\/5$/);
    await console_.locator('[data-testid="current-point"]').waitFor();
    await expect.poll(() => currentText(console_)).toBe(normalise(statement.points[4]?.text ?? ''));
    // A console opened now says hello on the Icarus speech: once the podium's answer reaches it, a
    // move sent before would have been acted on, and the answer itself says the podium is still at 2.
    const witness = await openAt('#/icarus/console');
    await expect.poll(() => witness.getByTestId('podium-heard').textContent(), { timeout: 10_000 }).toContain(`2 of ${director.points.length}`);
    expect(await currentText(icarusPodium)).toBe(shown(director.points[1]?.text ?? '', director.note));
    expect(icarusPodium.url()).toMatch(/#\/icarus\/present\/2$/);
  });
});
