// Shared helpers of the browser tests: launch Chromium, open the served app at a route
// while recording what the page should never do, and read the current point.
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Note } from '../../src/content/speech.ts';

/** The served app and the Chromium to drive, as the global setup provides them. */
export const baseUrl = inject('baseUrl');
export const chromePath = inject('chromePath');

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

/** Starts headless Chromium with a fresh profile (playwright's launch always uses a new one). */
export function launch(): Promise<Browser> {
  if (chromePath === null) throw new Error(`Cannot launch: ${skipReason}`);
  return chromium.launch({ executablePath: chromePath, headless: true, args: ARGS });
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
export function shown(text: string, note: Note): string {
  let result = text;
  for (const figure of note.figures) {
    const footnote = note.footnotes.find((f) => f.id === figure.footnote);
    if (!footnote) continue;
    result = result.replaceAll(figure.phrase, figure.phrase.replace(/\d[\d,.]*/, (n) => `${n}${footnote.mark}`));
  }
  return normalise(result);
}
