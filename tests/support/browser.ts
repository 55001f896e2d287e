// Shared helpers of the browser tests: launch Chromium, open the served app at a route
// while recording what the page should never do, and read the current point. Two builds are
// served: the project's content (baseUrl), whatever speeches it holds, with their addresses and
// screens derived here from the content; and the Icarus fixture (icarusUrl), for Icarus's words.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import type { Mode } from '../../src/model/route.ts';
import type { Note, Speech } from '../../src/model/speech/speech.ts';
import { shipped } from './speech.ts';

/** The served app of the project's content, the Icarus fixture's, and the Chromium to drive, as the global setup provides them. */
export const baseUrl = inject('baseUrl');
export const icarusUrl = inject('icarusUrl');
export const chromePath = inject('chromePath');

/** The speeches of the build at baseUrl, in running order. */
export const speeches = shipped();

/** The address of a speech's mode, and screen (1-based) if given, in the build at baseUrl: its folder comes first when the build holds several. */
export function address(id: string, mode: Mode, number?: number): string {
  const prefix = speeches.length > 1 ? `#/${encodeURIComponent(id)}` : '#';
  return `${prefix}/${mode}${number === undefined ? '' : `/${number}`}`;
}

/** What one screen of a speech must show, as the content says it. */
export type ExpectedScreen =
  | { kind: 'point'; text: string }
  | { kind: 'signature'; name: string; role?: string }
  | { kind: 'note'; title: string; rows: string[] }
  | { kind: 'handover'; speaker: string };

/**
 * The screens of the speech at `index` of the build at baseUrl, in order, written apart from the
 * app's own list: each point (figures marked), the signature, the note when there is one, and the
 * handover when another speaker follows.
 */
export function expectedScreens(index: number): ExpectedScreen[] {
  const entry = speeches[index];
  if (!entry) throw new Error(`The build has no speech ${index + 1}.`);
  const { speech } = entry;
  const next = speeches[index + 1];
  return [
    ...speech.points.map((point): ExpectedScreen => ({ kind: 'point', text: shown(point.text, speech.note) })),
    { kind: 'signature', name: speech.signature.name, ...(speech.signature.role === undefined ? {} : { role: speech.signature.role }) },
    ...(speech.note ? [{ kind: 'note', title: speech.note.title, rows: speech.note.results.map((r) => r.remark ?? r.country) } as const] : []),
    ...(next ? [{ kind: 'handover', speaker: next.speech.signature.name } as const] : []),
  ];
}

/** Checks that `text`, the current screen's, shows what `expected` says. */
export function expectShown(text: string, expected: ExpectedScreen): void {
  switch (expected.kind) {
    case 'point':
      expect(text).toBe(expected.text);
      return;
    case 'signature':
      expect(text).toContain(expected.name);
      if (expected.role !== undefined) expect(text).toContain(expected.role);
      return;
    case 'note':
      expect(text).toContain(expected.title);
      for (const row of expected.rows) expect(text).toContain(normalise(row));
      return;
    case 'handover':
      expect(text).toContain(expected.speaker);
  }
}

/** A speech of the build at baseUrl with its place: for the tests that run through every speech. */
export function eachSpeech(): { id: string; index: number; speech: Speech; label: string }[] {
  return speeches.map(({ id, speech }, index) => ({ id, index, speech, label: speeches.length > 1 ? `${id}: ` : '' }));
}

/** Why a file's tests are skipped, or '' when they run. */
export const skipReason = chromePath === null ? 'no Chromium at CHROME_PATH or /usr/bin/chromium (install it, or point CHROME_PATH at one)' : '';
if (skipReason) console.warn(`Browser tests skipped: ${skipReason}.`);

/** Flags that keep headless Chromium quiet, offline and working inside containers. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Starts headless Chromium with a fresh profile (playwright's launch always uses a new one), with any flags a test adds. */
export function launch(extra: readonly string[] = []): Promise<Browser> {
  if (chromePath === null) throw new Error(`Cannot launch: ${skipReason}`);
  return chromium.launch({ executablePath: chromePath, headless: true, args: [...ARGS, ...extra] });
}

/** Launches one Chromium for the tests of a file and closes it after them; returns a getter for it. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  // A context a test opens is closed after it even when the test fails before its own close;
  // those opened before the test (in beforeAll) are the describe's to keep.
  let kept = new Set<BrowserContext>();
  beforeEach(() => {
    kept = new Set(browser?.contexts() ?? []);
  });
  afterEach(async () => {
    await Promise.all((browser?.contexts() ?? []).filter((context) => !kept.has(context)).map((context) => context.close().catch(() => undefined)));
  });
  return () => {
    if (!browser) throw new Error('The browser is read before it was launched.');
    return browser;
  };
}

/** A page of the app and what it has done wrong since it opened. */
export interface Opened {
  page: Page;
  /** Console messages of type "error". */
  consoleErrors: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** Every request to an origin other than the served app's. */
  foreignRequests: string[];
  /** How many requests the page made in all, so a silent listener cannot pass for a clean page. */
  requestCount: number;
}

/** Opens the app at `hash` (such as "#/present/1") in a new context of the given size; `base` serves another build. */
export async function open(
  browser: Browser,
  hash: string,
  viewport: { width: number; height: number } = { width: 1280, height: 720 },
  base: string = baseUrl,
): Promise<Opened> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const origin = new URL(base).origin;
  const opened: Opened = { page, consoleErrors: [], pageErrors: [], foreignRequests: [], requestCount: 0 };
  page.on('console', (message) => {
    if (message.type() === 'error') opened.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => opened.pageErrors.push(String(error)));
  context.on('request', (request) => {
    opened.requestCount += 1;
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
    if (new URL(url).origin !== origin) opened.foreignRequests.push(url);
  });
  await page.goto(new URL(hash, base).href);
  await page.locator('[data-testid="current-point"]').waitFor();
  return opened;
}

/**
 * Waits until the presenter on `page` is at screen `number` (1-based) of speech `id` and checks
 * what it shows: a point, the signature, the note or the handover, against `screens`. The stage
 * shows that screen alone: the copies laid out around it for the next move are out of sight and
 * out of the accessibility tree.
 */
export async function expectPresenterAt(page: Page, id: string, screens: readonly ExpectedScreen[], number: number): Promise<void> {
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(address(id, 'present', number));
  const screen = screens[number - 1];
  if (!screen) throw new Error(`no screen ${number}`);
  expectShown(await currentText(page), screen);
  const stage = await page.evaluate(() => {
    const all = [...document.querySelectorAll('.stage .screen')];
    const visible = all.filter((el) => el.checkVisibility({ visibilityProperty: true }));
    return {
      visible: visible.map((el) => el.getAttribute('data-testid')),
      hiddenAreUnheard: all.filter((el) => !visible.includes(el)).every((el) => el.closest('[aria-hidden="true"]') !== null),
    };
  });
  expect(stage.visible).toEqual(['current-point']);
  expect(stage.hiddenAreUnheard).toBe(true);
}

/** Collapses runs of white space, as a reader sees the text. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of the current point, white space collapsed. */
export async function currentText(page: Page): Promise<string> {
  return normalise(await page.locator('[data-testid="current-point"]').innerText());
}

/**
 * A text as the page should show it: each figure with a footnote gets the footnote's mark
 * right after its number ("17* countries"). Written apart from the app's markFigures, so the
 * two can disagree.
 */
export function shown(text: string, note: Note | undefined): string {
  let result = text;
  for (const figure of note?.figures ?? []) {
    const footnote = note?.footnotes.find((f) => f.id === figure.footnote);
    if (!footnote) continue;
    result = result.replaceAll(figure.phrase, figure.phrase.replace(/\d[\d,.]*/, (n) => `${n}${footnote.mark}`));
  }
  return normalise(result);
}
