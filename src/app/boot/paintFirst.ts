// The first paint of the podium, before React has run: a few lines inlined in the page that
// draw the current point from the speech embedded in the page at build time, in the presenter's own markup and
// at the size the presenter's fit would find, so the text is on screen at once and React takes
// over in place without a flash. It paints only what the app would show on opening: the point
// the address names, else the one stored on this machine, else the first; nothing at all when
// the stored session is blacked out or whited out, or when the screen is not a point. It reads
// the address, the storage and the fit with the app's own code: firstPaint.ts, the entry that
// calls it, is bundled into the page as a script of its own.
import { parseRoute } from '../../model/route.ts';
import { fitTrial, guessSize, largestFitting, legibleFloor, LINES_AT_MOST_SIZE } from '../../model/deck/fit.ts';
import { ALIVE_MS, liveKey } from '../../model/config.ts';
import type { Embedded } from '../../model/embedded.ts';

/**
 * Paints the current point into `root` if the window opens on one; returns whether it did.
 * `hash` is the address without the speech's folder, in a build of several speeches.
 */
export function paintFirst({ speech, boot: data }: Embedded, doc: Document, storage: Pick<Storage, 'getItem'> | null, now: number, hash = doc.location.hash): boolean {
  const route = parseRoute(hash, data.keys.length);
  if (route.mode !== 'present') return false;
  let key = route.index === null ? undefined : data.keys[route.index];
  try {
    const stored = JSON.parse(storage?.getItem(liveKey({ speech: data.speech, version: data.version })) ?? 'null') as {
      live?: { screen?: unknown; display?: unknown };
      savedAt?: unknown;
    } | null;
    const live = stored?.live;
    const alive = typeof stored?.savedAt === 'number' && now - stored.savedAt >= 0 && now - stored.savedAt <= ALIVE_MS;
    if (alive && live?.display !== 'text') return false;
    if (key === undefined && typeof live?.screen === 'string') key = live.screen;
  } catch {
    // Unreadable storage: the address or the first point.
  }
  const point = data.points[key ?? data.keys[0] ?? ''];
  const words = point && (point.shown ?? speech.points[point.point]?.text);
  const root = doc.getElementById('root');
  if (!point || words === undefined || !root) return false;

  const element = (tag: string, className: string, parent: Element, text?: string) => {
    const child = doc.createElement(tag);
    child.className = className;
    if (text !== undefined) child.textContent = text;
    parent.appendChild(child);
    return child;
  };
  doc.documentElement.dataset.mode = 'present';
  const main = element('main', 'presenter', root);
  const stage = element('div', 'stage', main);
  const box = element('div', 'fit-box', stage);
  const screen = element('div', 'screen screen-point', box);
  const text = element('p', 'point-text', screen);
  text.dir = 'auto';
  let from = 0;
  for (const [at, mark] of point.marks) {
    text.appendChild(doc.createTextNode(words.slice(from, at)));
    element('span', 'footnote-mark', text, mark);
    from = at;
  }
  text.appendChild(doc.createTextNode(words.slice(from)));
  const caveat = element('div', 'point-caveat', main);
  for (const [mark, footnote] of point.caveats) {
    const line = element('p', 'figure-footnote', caveat);
    element('span', 'footnote-mark', line, mark);
    line.appendChild(doc.createTextNode(` ${footnote}`));
  }
  const footer = element('footer', 'presenter-footer', main);
  const next = element('p', 'next-point', footer);
  element('span', 'next-label', next, data.words.next);
  element('span', '', next, typeof point.next === 'number' ? (speech.points[point.next]?.text ?? '') : point.next).dir = 'auto';
  const progress = element('div', 'progress', footer);
  element('span', '', progress, point.label);
  element('span', 'progress-bar', progress);

  // The presenter's fit (FitToBox): the largest whole size, up to a seventh of the box, that
  // shows it all, never under the legible floor. The box is measured before the text is in it,
  // so the text is first laid out at a size guessed from its length, not at the page's.
  text.hidden = true;
  const { clientWidth: width, clientHeight: height } = box;
  text.hidden = false;
  const floor = legibleFloor(doc.defaultView?.innerHeight ?? 1080);
  const largest = Math.max(floor, Math.floor(height / LINES_AT_MOST_SIZE));
  const search = fitTrial(screen, height);
  const size = width > 0 ? largestFitting(search.fits, floor, largest, search.estimate, guessSize(words.length, width, height)) : floor;
  screen.style.fontSize = `${size}px`;
  return true;
}
