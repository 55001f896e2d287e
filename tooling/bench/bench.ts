// npm run bench: builds the app, serves its two files (the podium file and the whole app) on
// loopback beside a floor page (a static page with the first point in its markup, drawn at the
// size the podium draws it, and a bare key handler that swaps the text), drives the podium file
// and the floor in Chromium turn about, counts the keys lost right after the first paint
// (bench-keys.ts), and prints size, load, key, fit and memory figures against their budgets, the podium's as ratios of
// the floor's; then the LAN figures (bench-lan.ts): console
// key to podium over the network, and reconnection after a server restart; then search in
// reading mode in a generated long speech (tooling/bench/bench-search.ts). The figures are written to
// docs/bench-results.json, with the machine and its load, and docs/performance.md is rendered
// from them (tooling/commands/docs.ts), so no figure in the docs is copied by hand.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { screensOf } from '../../src/model/deck/screens.ts';
import { benchKeysAtStart } from './bench-keys.ts';
import { benchLan } from './bench-lan.ts';
import { benchSearch, searchRows } from './bench-search.ts';
import { loadSpeech, speechDir } from '../content/load.ts';
import { BENCH_RESULTS, PERFORMANCE_PAGE, writeDocs, type BenchResults } from '../commands/docs.ts';

/** What the benchmark leaves on the page's window while it measures. */
declare global {
  interface Window {
    __keyFrame?: Promise<number>;
    __keyLaidOut?: Promise<number>;
    __inDom?: number;
    __pointMutations?: number;
  }
}

const LOADS = 11;
const PASSES = 50;
/** The pause between two presses: a speaker reads at least this long before moving on. */
const READING_PAUSE_MS = 150;
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/** The letters of a text, without spaces, figures or marks. */
function letters(text: string): string {
  return text.replace(/[^\p{L}]/gu, '');
}

/** The value at quantile q of some numbers. */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/** Presses a key and returns the ms from keydown to the next animation frame, with the change on screen. */
async function keyToFrame(page: Page, key: string): Promise<number> {
  await page.evaluate(() => {
    window.__keyFrame = new Promise((resolve) => {
      addEventListener(
        'keydown',
        () => {
          const start = performance.now();
          requestAnimationFrame(() => resolve(performance.now() - start));
        },
        { once: true, capture: true },
      );
    });
  });
  await page.keyboard.press(key);
  return page.evaluate(() => window.__keyFrame ?? NaN);
}

/**
 * Presses a key and returns the ms from keydown to the first change in the element that shows
 * the point (its text, its children or their attributes: the app shows a copy laid out ahead by
 * making it visible), with the page then laid out: what a speaker waits for, the same measure for
 * the app and the floor.
 */
async function keyToLaidOut(page: Page, key: string, selector: string): Promise<number> {
  await page.evaluate((selector) => {
    window.__keyLaidOut = new Promise((resolve) => {
      const target = document.querySelector(selector);
      let start = 0;
      const observer = new MutationObserver(() => {
        observer.disconnect();
        void document.body.offsetHeight;
        resolve(performance.now() - start);
      });
      addEventListener(
        'keydown',
        () => {
          start = performance.now();
          if (target) observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: true });
        },
        { once: true, capture: true },
      );
    });
  }, selector);
  await page.keyboard.press(key);
  return page.evaluate(() => window.__keyLaidOut ?? NaN);
}

/** The size earlier floors drew the point at, kept as a reference. */
const REFERENCE_FLOOR_PX = 56;

/**
 * The floor: the first point in the markup, a bare key handler, the presenter's colours, the
 * point at `size` px: the podium's own size, so that the floor draws what the podium draws.
 */
function floorPage(points: readonly string[], size: number): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title>
<style>html,body{margin:0;height:100%;background:#000;color:#fff;font-family:system-ui,sans-serif}
p{margin:0;padding:4vh 5vw;font-size:${size}px;line-height:1.3;font-weight:500}</style></head>
<body><p id="point">${escape(points[0] ?? '')}</p><script>
const points = ${JSON.stringify(points).replace(/</g, '\\u003c')};
let i = 0;
addEventListener('keydown', (e) => {
  if (e.key === 'PageDown') i = Math.min(i + 1, points.length - 1);
  else if (e.key === 'PageUp') i = Math.max(i - 1, 0);
  else return;
  document.getElementById('point').textContent = points[i];
});
</script></body></html>`;
}

/**
 * Gzip size (level 9) of the app's own code in each built page: its scripts and styles as built
 * with react and react-dom left out. The speech embedded in the page is content, not code, and is
 * left out too.
 */
async function ownCodeGzip(): Promise<{ whole: number; podium: number }> {
  const outDir = mkdtempSync(join(tmpdir(), 'lectern-own-'));
  try {
    const external = (id: string) => /^(react|react-dom|scheduler)(\/|$)/.test(id);
    await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true, rollupOptions: { external } } });
    const own = (file: string) => {
      const page = readFileSync(join(outDir, file), 'utf8');
      const code = [...page.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi)]
        .filter((m) => !/type="application\/json"/.test(m[2] ?? ''))
        .map((m) => m[3] ?? '')
        .join('\n');
      return gzipSync(code, { level: 9 }).length;
    };
    return { whole: own('index.html'), podium: own('podium.html') };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The latest fit time the app recorded. */
function lastFit(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('lectern:fit').at(-1)?.duration ?? NaN);
}

async function main() {
  const loadBefore = loadavg()[0] ?? 0;
  const loaded = loadSpeech(process.cwd(), speechDir(process.cwd()));
  if (!loaded.ok) throw new Error('The content does not check: run npm run check.');
  const pointTexts = screensOf(loaded.speech).flatMap((s) => (s.kind === 'point' ? [s.point.text] : []));
  const ownGzip = await ownCodeGzip();
  await build({ logLevel: 'warn' });
  const html = readFileSync('dist/index.html');
  // The podium's own file: presenter mode alone (tooling/build/vite-plugin-podium.ts). The podium's
  // figures are its; reading mode's are the whole app's.
  const podiumHtml = readFileSync('dist/podium.html');
  // The floor draws the point at the size the podium gives it, once that size is known; a
  // second floor draws it at 56 px, as earlier runs did, for reference.
  const referenceFloor = floorPage(pointTexts, REFERENCE_FLOOR_PX);
  let floor = referenceFloor;
  const server = createServer((req, res) =>
    res
      // Isolated, so that the pages' clocks read to the microsecond rather than to 0.1 ms.
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' })
      .end(req.url?.startsWith('/floor-reference') ? referenceFloor : req.url?.startsWith('/floor') ? floor : req.url?.startsWith('/podium.html') ? podiumHtml : html),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser: Browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

  try {
    // Cold load: a fresh context each time, so nothing is cached; the floor and the app turn
    // about. Painted is the later of the first contentful paint and the point entering the
    // document, so a paint of anything else never counts.
    const coldLoad = async (url: string, selector: string) => {
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      // A string, not a function: the page must run it exactly as written.
      await page.addInitScript({
        content: `new MutationObserver((_, observer) => {
          if (!document.querySelector(${JSON.stringify(selector)})?.textContent) return;
          window.__inDom = performance.now();
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true, characterData: true });`,
      });
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      await page.waitForFunction(() => window.__inDom !== undefined);
      const [inDom, paint] = await page.evaluate(() => [
        window.__inDom ?? NaN,
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      ]);
      await context.close();
      return Math.max(inDom ?? NaN, paint ?? NaN);
    };
    let floorSize: number;
    {
      const sizing = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await sizing.goto(`${base}podium.html#/present/1`);
      floorSize = await sizing.locator('[data-testid="current-point"]').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      floor = floorPage(pointTexts, floorSize);
      await sizing.close();
    }
    const floorPainted: number[] = [];
    const referencePainted: number[] = [];
    const appPainted: number[] = [];
    const readPainted: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      floorPainted.push(await coldLoad(`${base}floor`, '#point'));
      appPainted.push(await coldLoad(`${base}podium.html#/present/1`, '#root .point-text'));
      referencePainted.push(await coldLoad(`${base}floor-reference`, '#point'));
      readPainted.push(await coldLoad(`${base}#/read/1`, '[data-testid="current-point"]'));
    }
    const presenterPainted = quantile(appPainted, 0.5);
    const readingPainted = quantile(readPainted, 0.5);
    // The first click after a cold open or a reload at point 7, 0 to 300 ms after the first paint (bench-keys.ts).
    const keysAtStart = await benchKeysAtStart(browser, base);
    const floorFirstPaint = quantile(floorPainted, 0.5);
    const referenceFirstPaint = quantile(referencePainted, 0.5);

    // Key to the next point changed and laid out, the floor and the app turn about.
    let pointMutationsWhileTicking: number;
    const floorKeys: number[] = [];
    const appKeys: number[] = [];
    {
      const floorTab = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await floorTab.goto(`${base}floor`);
      const appTab = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await appTab.goto(`${base}podium.html#/present/1`);
      await appTab.waitForSelector('[data-testid="current-point"]');
      for (let lap = 0; lap < 2; lap++) {
        for (const key of ['PageDown', 'PageUp']) {
          for (let i = 1; i < pointTexts.length; i++) {
            floorKeys.push(await keyToLaidOut(floorTab, key, '#point'));
            appKeys.push(await keyToLaidOut(appTab, key, '.stage'));
            // Only a move to the right point counts (its words: the screen adds footnote marks).
            const expected = pointTexts[key === 'PageDown' ? i : pointTexts.length - 1 - i] ?? '';
            const shown = (await appTab.textContent('[data-testid="current-point"]')) ?? '';
            if (letters(shown) !== letters(expected)) throw new Error(`After ${key}, the podium showed "${shown.slice(0, 60)}…", not "${expected.slice(0, 60)}…".`);
            await appTab.waitForTimeout(READING_PAUSE_MS);
          }
        }
      }
      // While the timer runs and the clock ticks, the point's DOM is left alone.
      await appTab.keyboard.press('F5');
      await appTab.evaluate(() => {
        window.__pointMutations = 0;
        const point = document.querySelector('[data-testid="current-point"]');
        if (point) new MutationObserver((records) => (window.__pointMutations = (window.__pointMutations ?? 0) + records.length)).observe(point, { subtree: true, childList: true, characterData: true, attributes: true });
      });
      await appTab.waitForTimeout(3500);
      pointMutationsWhileTicking = await appTab.evaluate(() => window.__pointMutations ?? NaN);
      await floorTab.close();
      await appTab.close();
    }

    // Key to next frame and fit: forward through the whole speech and back, at two podium sizes.
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${base}podium.html#/present/1`);
    await page.waitForSelector('[data-testid="current-point"]');
    const frames: number[] = [];
    const fits: number[] = [];
    for (const viewport of [{ width: 1920, height: 1080 }, { width: 1024, height: 768 }]) {
      await page.setViewportSize(viewport);
      await page.keyboard.press('Home');
      for (let lap = 0; lap < 2; lap++) {
        for (const key of ['PageDown', 'PageUp']) {
          let previous = '';
          for (;;) {
            const label = await page.textContent('[data-testid="progress"]');
            if (label === previous) break;
            previous = label ?? '';
            frames.push(await keyToFrame(page, key));
            fits.push(await lastFit(page));
            await page.waitForTimeout(READING_PAUSE_MS);
          }
        }
      }
    }

    // Fit from scratch: at a box size never seen, every screen needs the full search. The window
    // grows by 3 px a screen, so that the box (nine tenths of its width) grows by whole pixels;
    // each fit is read only once it has been made at this size.
    const scratch: number[] = [];
    await page.keyboard.press('Home');
    for (let i = 0; ; i++) {
      await page.evaluate(() => performance.clearMeasures('lectern:fit'));
      await page.setViewportSize({ width: 1021 + 3 * i, height: 767 });
      await page.waitForFunction(() => performance.getEntriesByName('lectern:fit').length > 0, undefined, { timeout: 5_000 });
      scratch.push(await lastFit(page));
      const label = await page.textContent('[data-testid="progress"]');
      await page.keyboard.press('PageDown');
      await page.waitForTimeout(READING_PAUSE_MS);
      if ((await page.textContent('[data-testid="progress"]')) === label) break;
    }

    // Memory: the JS heap after moving through the whole speech PASSES times, against the start.
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    await page.keyboard.press('Home');
    const heapBefore = await heap();
    for (let pass = 0; pass < PASSES; pass++) {
      await page.keyboard.press('End');
      await page.keyboard.press('Home');
      for (let i = 0; i < 20; i++) await page.keyboard.press('PageDown');
      await page.keyboard.press('Home');
    }
    const heapAfter = await heap();
    const lan = await benchLan(browser);

    await page.close();
    // Search in reading mode, in speeches of 1,000 and 2,000 points.
    const search = await benchSearch(browser);

    // A copy fitted ahead is shown as it stands: such a press records no fit.
    const keyFits = fits.filter(Number.isFinite);
    const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
    const ms = (value: number) => Math.round(value * 10) / 10;
    const results = {
      date: new Date().toISOString(),
      bytes: {
        podium: { raw: podiumHtml.length, gzip: gzipSync(podiumHtml, { level: 9 }).length, ownCodeGzip: ownGzip.podium },
        whole: { raw: html.length, gzip: gzipSync(html, { level: 9 }).length, ownCodeGzip: ownGzip.whole },
      },
      coldLoadMs: {
        floorFirstPointPainted: ms(floorFirstPaint),
        presenterFirstPointPainted: ms(presenterPainted),
        ratio: Math.round((presenterPainted / floorFirstPaint) * 100) / 100,
        floorPx: floorSize,
        referenceFloorFirstPointPainted: ms(referenceFirstPaint),
        ratioToReferenceFloor: Math.round((presenterPainted / referenceFirstPaint) * 100) / 100,
        readingDocumentPainted: ms(readingPainted),
        loads: LOADS,
      },
      keysAtStart,
      keyToLaidOutMs: {
        floorP50: ms(quantile(floorKeys, 0.5)),
        appP50: ms(quantile(appKeys, 0.5)),
        appP95: ms(quantile(appKeys, 0.95)),
        ratio: Math.round((quantile(appKeys, 0.5) / quantile(floorKeys, 0.5)) * 100) / 100,
        presses: appKeys.length,
      },
      pointMutationsWhileClockTicks: pointMutationsWhileTicking,
      keyToNextFrameMs: { p50: ms(quantile(frames, 0.5)), p95: ms(quantile(frames, 0.95)), presses: frames.length },
      fitMs: { onKeyPathWorst: ms(Math.max(0, ...keyFits)), onKeyPathPresses: keyFits.length, presses: fits.length, fromScratchWorst: ms(Math.max(...scratch)), fromScratchMedian: ms(quantile(scratch, 0.5)) },
      heap: { beforeKB: kb(heapBefore), afterKB: kb(heapAfter), growthKB: kb(heapAfter - heapBefore), passes: PASSES },
      lan: {
        consoleKeyToPodiumMs: { p50: ms(quantile(lan.keyToPodiumMs, 0.5)), p95: ms(quantile(lan.keyToPodiumMs, 0.95)), presses: lan.keyToPodiumMs.length },
        reconnectAfterRestartMs: lan.reconnectMs,
        serverDownMs: lan.downMs,
      },
      searchKeyToHighlightsMs: search,
    };
    const { coldLoadMs: load, keyToLaidOutMs: key } = results;
    const rows: [string, string, string, boolean][] = [
      ['Podium file (podium.html), raw', `${kb(results.bytes.podium.raw)} KB`, '', true],
      ['Podium file, gzip', `${kb(results.bytes.podium.gzip)} KB`, '≤ 100 KB', results.bytes.podium.gzip <= 100 * 1024],
      ["Podium file: the app's own code (scripts and styles, all but react and react-dom), gzip", `${kb(ownGzip.podium)} KB`, '≤ 25 KB', ownGzip.podium <= 25 * 1024],
      ['Whole app (index.html), raw / gzip', `${kb(results.bytes.whole.raw)} KB / ${kb(results.bytes.whole.gzip)} KB`, '', true],
      ["Whole app: the app's own code, gzip", `${kb(ownGzip.whole)} KB`, '', true],
      [`Floor (the point at the podium's ${floorSize} px): first point painted (median of ${LOADS} cold loads)`, `${load.floorFirstPointPainted} ms`, '', true],
      [`Presenter: first point painted (median of ${LOADS} cold loads)`, `${load.presenterFirstPointPainted} ms (${load.ratio}x the floor)`, '≤ 1.5x the floor', load.ratio <= 1.5],
      [`For reference, a floor at ${REFERENCE_FLOOR_PX} px: first point painted (median of ${LOADS} cold loads)`, `${load.referenceFloorFirstPointPainted} ms (the presenter: ${load.ratioToReferenceFloor}x)`, '', true],
      [`Floor: key to point changed and laid out, p50 (${key.presses} presses)`, `${key.floorP50} ms`, '', true],
      [`Presenter: key to point changed and laid out, p50`, `${key.appP50} ms (${key.ratio}x the floor)`, '≤ 2x the floor', key.ratio <= 2],
      [`Presenter: key to point changed and laid out, p95`, `${key.appP95} ms`, '', true],
      ['Changes to the point while the clock ticks, 3.5 s', `${results.pointMutationsWhileClockTicks}`, '0', results.pointMutationsWhileClockTicks === 0],
      [`Keys lost, PageDown 0 to 300 ms after the first paint (${keysAtStart.presses} presses, cold and reloaded at point 7)`, `${keysAtStart.lost}`, '0', keysAtStart.lost === 0],
      ['Keys acted on twice, of the same presses', `${keysAtStart.doubled}`, '0', keysAtStart.doubled === 0],
      [`Reading: document painted (median of ${LOADS} cold loads)`, `${results.coldLoadMs.readingDocumentPainted} ms`, '', true],
      [`Key to next frame, p50 (${frames.length} presses)`, `${results.keyToNextFrameMs.p50} ms`, '', true],
      [`Key to next frame, p95 (${frames.length} presses)`, `${results.keyToNextFrameMs.p95} ms`, '≤ 16.7 ms', results.keyToNextFrameMs.p95 <= 16.7],
      ['Fit on the key path, worst (presses that needed one: a copy not yet fitted, or a new size)', `${results.fitMs.onKeyPathWorst} ms (${keyFits.length} of ${fits.length})`, '', true],
      [`Fit from scratch (search), worst of ${scratch.length} screens`, `${results.fitMs.fromScratchWorst} ms`, '', true],
      [`JS heap growth after ${PASSES} passes`, `${results.heap.growthKB} KB`, '< 1024 KB', results.heap.growthKB < 1024],
      [`LAN: console key to podium DOM, p50 (${lan.keyToPodiumMs.length} presses)`, `${results.lan.consoleKeyToPodiumMs.p50} ms`, '', true],
      [`LAN: console key to podium DOM, p95 (${lan.keyToPodiumMs.length} presses)`, `${results.lan.consoleKeyToPodiumMs.p95} ms`, '≤ 50 ms', results.lan.consoleKeyToPodiumMs.p95 <= 50],
      [`LAN: reconnected after a server restart (down ${lan.downMs / 1000} s)`, `${lan.reconnectMs} ms`, '', true],
      ...searchRows(search),
    ];
    console.log(`\n| Measure | Value | Budget | |\n| --- | --- | --- | --- |`);
    for (const [name, value, budget, ok] of rows) console.log(`| ${name} | ${value} | ${budget} | ${budget ? (ok ? 'within' : 'OVER') : ''} |`);
    const round = (value: number) => Math.round(value * 100) / 100;
    const written: BenchResults = {
      machine: {
        date: new Date().toISOString().slice(0, 10),
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
        node: process.version,
        chromium: `Chromium ${browser.version()}`,
        loadAverage: { before: round(loadBefore), after: round(loadavg()[0] ?? 0) },
      },
      rows: rows.map(([measure, value, budget, within]) => ({ measure, value, budget, within })),
      figures: results,
    };
    writeFileSync(BENCH_RESULTS, `${JSON.stringify(written, null, 2)}\n`);
    writeDocs();
    console.log(`\nWritten to ${BENCH_RESULTS}, and its tables to ${PERFORMANCE_PAGE}`);
    if (rows.some(([, , , ok]) => !ok)) process.exitCode = 1;
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
