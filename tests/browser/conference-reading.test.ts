// Reading a whole press conference, in real Chromium: a build of two speeches (Icarus, not
// approved, then the example statement, approved) read at #/read as one document in running
// order, each speech under its speaker's heading with its own approval, one search through both,
// the running order's links to read and print it, a PDF that holds both with each speech's pages
// under its own footer; and, at the podium and on the console, the handover's "Next:" line that
// names the next speaker instead of the end of the speech.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../tooling/content/fingerprint.ts';
import type { Speech } from '../../src/model/speech/speech.ts';
import { buildApp, twoSpeeches } from '../support/build.ts';
import { pdfPages } from '../support/pdf.ts';
import { normalise, sharedBrowser, shown, skipReason } from '../support/browser.ts';
import { icarus } from '../support/speech.ts';
import { seriousViolations } from '../support/axe.ts';

const director = icarus();
const APPROVER = 'Head of Press, Europol';

/** Where each text stands in `whole`, each searched after the one before; -1 for one missing or out of order. */
function placesInOrder(whole: string, texts: readonly string[]): number[] {
  let from = 0;
  return texts.map((text) => {
    const at = whole.indexOf(text, from);
    if (at >= 0) from = at + text.length;
    return at;
  });
}

describe.skipIf(skipReason !== '')('reading a whole conference of two speeches', () => {
  const browser = sharedBrowser();
  let base = '';
  let page = '';
  let statement: Speech;
  let context: BrowserContext;
  const directorPoints = director.points.map((p) => shown(p.text, director.note));
  let statementPoints: string[] = [];

  beforeAll(async () => {
    let content: string;
    ({ base, content, statement } = twoSpeeches('lectern-conference-read-'));
    statementPoints = statement.points.map((p) => normalise(p.text));
    // The statement is approved as it stands; Icarus is not.
    const eventPath = join(content, 'statement', 'event.yaml');
    const approval = `approval:\n  by: ${APPROVER}\n  date: 2011-10-05\n  fingerprint: "${fingerprintOf(statement)}"\n`;
    writeFileSync(eventPath, `${readFileSync(eventPath, 'utf8')}${approval}`);
    page = pathToFileURL(await buildApp(join(base, 'dist'), content)).href;
  }, 120_000);
  afterAll(() => {
    if (base) rmSync(base, { recursive: true, force: true });
  });
  /** Contexts a test opens beside its main one, closed with it. */
  const others: BrowserContext[] = [];
  afterEach(async () => {
    await context?.close();
    for (const other of others.splice(0)) await other.close();
  });

  /** Opens the build at `hash` in a new page of a new context of the given size. */
  async function openAt(hash: string, waitFor: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
    context = await browser().newContext({ viewport });
    const opened = await context.newPage();
    await opened.goto(`${page}${hash}`);
    await opened.locator(waitFor).first().waitFor();
    return opened;
  }

  it('shows every point of both speeches in running order, each under its speaker, allotment and approval', async () => {
    const reading = await openAt('#/read', '.conference-speech');
    const sections = reading.locator('.conference-speech');
    expect(await sections.count()).toBe(2);
    const headings = (await reading.locator('.conference-speech h2').allInnerTexts()).map(normalise);
    expect(headings[0]).toBe(`1. ${director.signature.name}${director.signature.role ? `, ${director.signature.role}` : ''}`);
    expect(headings[1]).toBe(`2. ${statement.signature.name}${statement.signature.role ? `, ${statement.signature.role}` : ''}`);
    expect(normalise(await sections.nth(0).locator('.speech-plan').innerText())).toContain('Allotted 8 min');
    expect(normalise(await sections.nth(1).locator('.speech-plan').innerText())).toContain('Allotted 3 min');

    const whole = normalise(await reading.locator('.document').innerText());
    const places = placesInOrder(whole, [headings[0] ?? '', ...directorPoints, director.note.title, headings[1] ?? '', ...statementPoints]);
    expect(places.filter((at) => at < 0)).toEqual([]);

    const first = normalise(await sections.nth(0).innerText());
    const second = normalise(await sections.nth(1).innerText());
    expect(first).toContain(`Content version ${fingerprintOf(director)}`);
    expect(first).toContain('Not approved yet');
    expect(second).toContain(`Content version ${fingerprintOf(statement)}`);
    expect(second).toContain(`Approved by ${APPROVER} on 2011-10-05.`);
    expect(second).not.toContain(director.points[0]?.text.slice(0, 40) ?? 'no point');
    expect(await reading.title()).toContain('Reading');
    expect(await seriousViolations(reading)).toEqual([]);
  });

  it('searches both speeches as one document, stepping from the first speech into the second', async () => {
    const reading = await openAt('#/read', '.conference-speech');
    // A word of the statement's first point that Icarus also says.
    const query = 'the';
    await reading.locator('#speech-search').fill(query);
    const inFirst = reading.locator('.conference-speech[data-speech="icarus"] mark.match');
    const inSecond = reading.locator('.conference-speech[data-speech="statement"] mark.match');
    await expect.poll(() => inSecond.count()).toBeGreaterThan(0);
    const [a, b] = [await inFirst.count(), await inSecond.count()];
    expect(a).toBeGreaterThan(0);
    expect(normalise((await reading.locator('#search-count').textContent()) ?? '')).toBe(`1 of ${a + b} matches`);
    // Back from the first match wraps to the last, which is in the second speech.
    await reading.locator('#speech-search').press('Shift+Enter');
    await expect.poll(() => reading.locator('.conference-speech[data-speech="statement"] mark.current-match').count()).toBe(1);
    expect(await reading.locator('.conference-speech[data-speech="icarus"] mark.current-match').count()).toBe(0);
  });

  it('is linked from the running order, to read and to print', async () => {
    const list = await openAt('#/', '.running-order');
    await list.getByRole('link', { name: 'Read the whole conference' }).click();
    await list.locator('.conference-speech').first().waitFor();
    expect(list.url()).toMatch(/#\/read$/);
    expect(await list.locator('.conference-speech').count()).toBe(2);

    const printing = await context.newPage();
    await printing.addInitScript({ content: 'window.printed = 0; window.print = () => { window.printed += 1; };' });
    await printing.goto(`${page}#/`);
    await printing.getByRole('link', { name: 'Print the whole conference' }).click();
    await expect.poll(() => printing.evaluate(() => (window as Window & { printed?: number }).printed)).toBe(1);
    expect(await printing.locator('.conference-speech').count()).toBe(2);
    // The address is the reading's again: opening it anew reads, and prints no more.
    expect(printing.url()).toMatch(/#\/read$/);
  });

  it('prints both speeches, each from a page of its own under its own footer and head', async () => {
    const reading = await openAt('#/read', '.conference-speech');
    await reading.emulateMedia({ media: 'print' });
    const pages = pdfPages(await reading.pdf({ preferCSSPageSize: true }));
    if (pages === null) return;
    const whole = pages.join(' ');
    for (const [i, point] of directorPoints.entries()) expect(whole, `Icarus point ${i + 1}`).toContain(point);
    for (const [i, point] of statementPoints.entries()) expect(whole, `statement point ${i + 1}`).toContain(point);
    for (const result of director.note.results) expect(whole).toContain(result.country);
    const start = pages.findIndex((p) => p.includes(statementPoints[0] ?? 'no point'));
    expect(start).toBeGreaterThan(0);
    const [icarusPages, statementPages] = [pages.slice(0, start), pages.slice(start)];
    // The second speech starts on a page of its own.
    expect(statementPages[0]).not.toContain(directorPoints.at(-1) ?? 'no point');
    for (const text of icarusPages) {
      expect(text).toContain(`${director.signature.name}`);
      expect(text).toContain(`Content version ${fingerprintOf(director)}`);
      expect(text).toContain('DRAFT, not approved');
    }
    for (const text of statementPages) {
      expect(text).toContain(`Content version ${fingerprintOf(statement)}`);
      expect(text).toContain(`Approved by ${APPROVER}`);
      expect(text).not.toContain('DRAFT');
    }
    expect(pages.at(-1)).toContain(`Page ${pages.length} of`);
  });

  it('says on the handover what comes next, at the podium and on the console: the next speaker\'s opening', async () => {
    const handover = director.points.length + 3;
    const podium = await openAt(`#/icarus/present/${handover}`, '[data-testid="current-point"] [data-testid="handover"]');
    const opening = statementPoints[0]?.split(' ').slice(0, 8).join(' ') ?? 'no point';
    const next = podium.locator('.presenter-footer [data-testid="next-point"]');
    await expect.poll(async () => normalise(await next.innerText())).toContain(statement.signature.name);
    expect(normalise(await next.innerText())).toContain(opening);
    expect(normalise(await next.innerText())).not.toContain('End of the speech');

    const console_ = await context.newPage();
    await console_.goto(`${page}#/icarus/console/${handover}`);
    const preview = console_.locator('.console-now [data-testid="next-point"]');
    await preview.waitFor();
    expect(normalise(await preview.innerText())).toContain(`${statement.signature.name}: “${opening}`);
    expect(normalise(await preview.innerText())).not.toContain('End of the speech');
    // Before the handover, the line names the next speaker; after the last speaker, the end. Each
    // console opens alone, where its address says, not in the session the pages above share.
    const alone = async () => {
      const other = await browser().newContext();
      others.push(other);
      return other.newPage();
    };
    const before = await alone();
    await before.goto(`${page}#/icarus/console/${handover - 1}`);
    await expect.poll(async () => normalise(await before.locator('.console-now [data-testid="next-point"]').innerText())).toBe(`Next: ${statement.signature.name}`);
    const last = await alone();
    await last.goto(`${page}#/statement/console/${statement.points.length + 1}`);
    await expect.poll(async () => normalise(await last.locator('.console-now [data-testid="next-point"]').innerText())).toBe('Next: End of the speech');
  });
});
