// The app's module waits in the built page as text, and starts once the first paint is on
// screen. Compiling and running React takes the main thread for tens of milliseconds; started
// at once, it competes with the browser for the frame that shows the point. Where the page
// painted nothing of its own (reading mode, the console, a blacked-out podium), or will not
// paint soon (a hidden tab), or the browser cannot say when it painted, the app starts at once.
// Like the first paint, this is written out into the page as source (scripts/boot-script.ts).

/** The id of the element that holds the app's module until it starts. */
export const HELD_MODULE_ID = 'lectern-app';

/** The app starts this long after the page is read at the latest, painted or not. */
export const HOLD_AT_MOST_MS = 500;

/** What starting needs of the page's window. */
export interface StartWindow {
  document: Document;
  setTimeout: (run: () => void, ms: number) => unknown;
  performance: Pick<Performance, 'getEntriesByName'>;
  PerformanceObserver?: Pick<typeof PerformanceObserver, 'supportedEntryTypes'> & (new (callback: PerformanceObserverCallback) => Pick<PerformanceObserver, 'observe' | 'disconnect'>);
}

/** Starts the held module once the first paint is on screen, or at once; returns whether it waits. */
export function startApp(win: StartWindow): boolean {
  const doc = win.document;
  const held = doc.getElementById(HELD_MODULE_ID);
  if (!held) return false;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const script = doc.createElement('script');
    script.type = 'module';
    script.textContent = held.textContent;
    held.after(script);
  };
  const painted = () => win.performance.getEntriesByName('first-contentful-paint').length > 0;
  const Observer = win.PerformanceObserver;
  const waits = doc.getElementById('root')?.firstElementChild && doc.visibilityState === 'visible' && !painted() && Observer?.supportedEntryTypes?.includes('paint');
  if (!waits || !Observer) {
    start();
    return false;
  }
  const observer = new Observer((entries) => {
    if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    start();
  });
  observer.observe({ type: 'paint' });
  win.setTimeout(() => {
    observer.disconnect();
    start();
  }, HOLD_AT_MOST_MS);
  return true;
}
