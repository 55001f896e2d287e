// Search in a long speech, for npm run bench: builds the app from a speech of 1,000 and of 2,000
// points made of the Icarus sentences, opens reading mode, types "Europol" into the search box a
// letter at a time and times each key from keydown to the frame that shows its highlights (the
// reader sees the count and the <mark>s of every point in the view). Run alone with `npx tsx tooling/bench/bench-search.ts`.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import type { Speech } from '../../src/model/speech/speech.ts';
import { indexTexts, searchableTexts, searchTexts } from '../../src/model/review/search.ts';
import { loadSpeech, speechDir } from '../content/load.ts';

/** What the benchmark leaves on the page's window while it measures. */
declare global {
  interface Window {
    __searchFrame?: Promise<number | string>;
  }
}

/** The speech lengths measured, each with its budget for every key. */
export const SEARCH_SIZES = process.env.BENCH_SEARCH_POINTS ? [{ points: Number(process.env.BENCH_SEARCH_POINTS), budgetMs: 50 }] : [
  { points: 1000, budgetMs: 50 },
  { points: 2000, budgetMs: 100 },
] as const;
const WORD = 'Europol';
const ROUNDS = 5;
/** The pause between two letters, about a quick typist's. */
const TYPING_PAUSE_MS = 120;
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/** The figures for one speech length: every key, and the first letters alone. */
export interface SearchFigures {
  points: number;
  budgetMs: number;
  firstLetterMs: number[];
  everyKeyMs: number[];
}

/**
 * Writes a copy of the speech folder whose points.yaml holds `count` points, the real ones
 * first (so the ids the note's figures name stay) and then copies of them under new ids.
 */
function writeLongSpeech(source: string, points: Speech['points'], count: number): string {
  const base = mkdtempSync(join(tmpdir(), 'lectern-long-'));
  const dir = join(base, 'icarus');
  cpSync(source, dir, { recursive: true });
  const lines = ['points:'];
  for (let i = 0; i < count; i++) {
    const point = points[i % points.length];
    if (!point) throw new Error('The speech has no points to copy.');
    const copy = Math.floor(i / points.length);
    lines.push(`  - id: ${copy === 0 ? point.id : `${point.id}-${copy + 1}`}`, `    text: ${JSON.stringify(point.text)}`);
  }
  writeFileSync(join(dir, 'points.yaml'), `${lines.join('\n')}\n`);
  return dir;
}

/** Builds the app as it ships from the speech in `dir`, and returns the built page. */
async function buildFrom(dir: string): Promise<Buffer> {
  const saved = process.env.LECTERN_CONTENT;
  process.env.LECTERN_CONTENT = dir;
  const outDir = join(dir, '..', 'dist');
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  } finally {
    if (saved === undefined) delete process.env.LECTERN_CONTENT;
    else process.env.LECTERN_CONTENT = saved;
  }
  return readFileSync(join(outDir, 'index.html'));
}

/**
 * Presses `key` in the focused search box and returns the ms from keydown to the first frame
 * in which the reader sees the search done: the count says `count` matches, and every point in
 * the view whose text holds the query shows its <mark>s. Points out of the view are left
 * plain until they come near it (src/app/components/highlights.ts), so they are not waited for.
 */
async function keyToHighlights(page: Page, key: string, query: string, count: number): Promise<number> {
  // A string, not a function: the page must run it exactly as written.
  await page.evaluate(`window.__searchFrame = new Promise((resolve) => {
    const query = ${JSON.stringify(query.toLowerCase())};
    const count = ${count};
    let start = 0;
    const shown = () => {
      const said = document.getElementById('search-count')?.textContent ?? '';
      if (count === 0 ? said !== 'No matches' : !said.endsWith(' of ' + String(count) + (count === 1 ? ' match' : ' matches'))) return false;
      const height = innerHeight;
      for (const point of document.querySelectorAll('main.document .reading-point')) {
        const box = point.getBoundingClientRect();
        if (box.bottom < 0 || box.top > height) continue;
        const text = point.querySelector('.point-text');
        if (text && text.textContent.toLowerCase().includes(query) && !text.querySelector('mark')) return false;
      }
      return true;
    };
    const frame = () => {
      if (performance.now() - start > 20000) return resolve('the highlights never showed: ' + document.getElementById('search-count')?.textContent);
      if (shown()) resolve(performance.now() - start);
      else requestAnimationFrame(frame);
    };
    addEventListener('keydown', () => {
      start = performance.now();
      requestAnimationFrame(frame);
    }, { once: true, capture: true });
  }); 0`);
  await page.keyboard.press(key);
  const result: unknown = await page.evaluate(() => window.__searchFrame);
  if (typeof result !== 'number') throw new Error(`"${query}": ${String(result)}`);
  return result;
}

/** Measures typing the word into reading mode's search box in a speech of each length. */
export async function benchSearch(browser: Browser): Promise<SearchFigures[]> {
  const root = process.cwd();
  const source = speechDir(root);
  const loaded = loadSpeech(root, source);
  if (!loaded.ok) throw new Error('The content does not check: run npm run check.');
  const figures: SearchFigures[] = [];
  for (const { points, budgetMs } of SEARCH_SIZES) {
    const dir = writeLongSpeech(source, loaded.speech.points, points);
    const long = loadSpeech(root, dir);
    if (!long.ok) throw new Error(`The generated speech of ${points} points does not check: ${JSON.stringify(long.issues[0])}`);
    const texts = indexTexts(searchableTexts(long.speech));
    const html = await buildFrom(dir);
    const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/#/read/1`);
      await page.waitForSelector('#speech-search');
      await page.focus('#speech-search');
      const firstLetterMs: number[] = [];
      const everyKeyMs: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        for (let i = 1; i <= WORD.length; i++) {
          const query = WORD.slice(0, i);
          const ms = await keyToHighlights(page, WORD[i - 1] ?? '', query, searchTexts(texts, query).length);
          everyKeyMs.push(ms);
          if (i === 1) firstLetterMs.push(ms);
          await page.waitForTimeout(TYPING_PAUSE_MS);
        }
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => document.querySelector('main mark') === null);
        await page.waitForTimeout(TYPING_PAUSE_MS);
      }
      await page.close();
      figures.push({ points, budgetMs, firstLetterMs, everyKeyMs });
    } finally {
      server.close();
      rmSync(join(dir, '..'), { recursive: true, force: true });
    }
  }
  return figures;
}

/** The value at quantile q of some numbers. */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/** The bench's table rows for the search figures: measure, value, budget, within it. */
export function searchRows(figures: readonly SearchFigures[]): [string, string, string, boolean][] {
  const ms = (value: number) => `${Math.round(value * 10) / 10} ms`;
  return figures.flatMap(({ points, budgetMs, firstLetterMs, everyKeyMs }) => {
    const first = Math.max(...firstLetterMs);
    const worst = Math.max(...everyKeyMs);
    return [
      [`Search, ${points.toLocaleString('en')} points: first letter to highlights, p50 / worst of ${firstLetterMs.length}`, `${ms(quantile(firstLetterMs, 0.5))} / ${ms(first)}`, `≤ ${budgetMs} ms`, first <= budgetMs],
      [`Search, ${points.toLocaleString('en')} points: each key of "${WORD}" to highlights, p50 / worst of ${everyKeyMs.length}`, `${ms(quantile(everyKeyMs, 0.5))} / ${ms(worst)}`, `≤ ${budgetMs} ms`, worst <= budgetMs],
    ] satisfies [string, string, string, boolean][];
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const rows = searchRows(await benchSearch(browser));
    console.log(`\n| Measure | Value | Budget | |\n| --- | --- | --- | --- |`);
    for (const [name, value, budget, ok] of rows) console.log(`| ${name} | ${value} | ${budget} | ${ok ? 'within' : 'OVER'} |`);
    if (rows.some(([, , , ok]) => !ok)) process.exitCode = 1;
  } finally {
    await browser.close();
  }
}
