import { afterEach, describe, expect, it } from 'vitest';
import { HELD_MODULE_ID, HOLD_AT_MOST_MS, startApp, type StartWindow } from '../../src/boot/startApp.ts';

const CODE = 'window.__started = (window.__started ?? 0) + 1;';

/** A page whose first paint drew something (or not), and a window around it whose paint, timers and observers the test drives. */
function page({ painted = true, visible = true, observer = true, alreadyPainted = false } = {}) {
  document.body.innerHTML = `<div id="root">${painted ? '<main class="presenter"></main>' : ''}</div><script type="text/plain" id="${HELD_MODULE_ID}">${CODE}</script>`;
  Object.defineProperty(document, 'visibilityState', { value: visible ? 'visible' : 'hidden', configurable: true });
  const entries: string[] = alreadyPainted ? ['first-contentful-paint'] : [];
  const callbacks: PerformanceObserverCallback[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  let disconnected = 0;
  class FakeObserver {
    static supportedEntryTypes = ['paint'];
    constructor(private readonly callback: PerformanceObserverCallback) {}
    observe() {
      callbacks.push(this.callback);
    }
    disconnect() {
      disconnected += 1;
    }
  }
  const win: StartWindow = {
    document,
    setTimeout: (run, ms) => timers.push({ run, ms }),
    performance: { getEntriesByName: (name: string) => entries.filter((e) => e === name).map((e) => ({ name: e }) as PerformanceEntry) },
    ...(observer ? { PerformanceObserver: FakeObserver as unknown as StartWindow['PerformanceObserver'] } : {}),
  };
  const paint = (name: string) => {
    entries.push(name);
    const list = { getEntriesByName: (n: string) => (n === name ? [{ name } as PerformanceEntry] : []) } as unknown as PerformanceObserverEntryList;
    for (const callback of callbacks) callback(list, {} as PerformanceObserver);
  };
  /** The module scripts started: their code. */
  const started = () => [...document.querySelectorAll('script[type="module"]')].map((s) => s.textContent);
  return { win, paint, timers, started, disconnected: () => disconnected };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('starting the app after the first paint', () => {
  it('waits for the first contentful paint when the page painted the point, then starts the held code once', () => {
    const { win, paint, timers, started } = page();
    expect(startApp(win)).toBe(true);
    expect(started()).toEqual([]);
    paint('first-paint');
    expect(started()).toEqual([]);
    paint('first-contentful-paint');
    expect(started()).toEqual([CODE]);
    // The fallback timer firing later starts nothing more.
    for (const timer of timers) timer.run();
    expect(started()).toEqual([CODE]);
    // The started script stands right after the held text.
    expect(document.getElementById(HELD_MODULE_ID)?.nextElementSibling?.getAttribute('type')).toBe('module');
  });

  it('starts after the longest hold when no paint is reported', () => {
    const { win, timers, started, disconnected } = page();
    startApp(win);
    expect(timers.map((t) => t.ms)).toEqual([HOLD_AT_MOST_MS]);
    timers[0]?.run();
    expect(started()).toEqual([CODE]);
    expect(disconnected()).toBe(1);
  });

  it.each([
    ['the page painted nothing of its own', { painted: false }],
    ['the tab is hidden', { visible: false }],
    ['the browser cannot report paints', { observer: false }],
    ['the paint is already on screen', { alreadyPainted: true }],
  ])('starts at once when %s', (_, options) => {
    const { win, timers, started } = page(options);
    expect(startApp(win)).toBe(false);
    expect(started()).toEqual([CODE]);
    expect(timers).toEqual([]);
  });
});
