// The podium's plan for long points and a long note: which points cannot be shown whole at the
// legible floor on this screen, and where each splits (src/model/deck/split.ts); and where the note's
// table splits between its rows (measureNote.tsx). Measured once the first point
// is painted and again when the window changes size, out of sight, in a box the size of the
// stage's boxes, and handed to the live state, so the console and the reading mode see the splits
// the podium shows. A point is measured only if its length says it might not fit.
import { useEffect, type RefObject } from 'react';
import { bindNumbers, numberSeparators } from '../../model/speech/numbers.ts';
import type { Speech } from '../../model/speech/speech.ts';
import { legibleFloor } from '../../model/deck/fit.ts';
import type { Screen } from '../../model/deck/screens.ts';
import { screenKey } from '../../model/deck/screens.ts';
import { splitText } from '../../model/deck/split.ts';
import { measureNoteSplit } from './measureNote.tsx';

/** A part must fit in this share of the box, leaving room for the "continues" line and a caveat. */
const ROOM = 0.9;
/** Below this share of the box's area, by a generous estimate of its glyphs, a text surely fits. */
const SURELY_FITS = 0.45;
/** How long the window must rest at a new size before the plan is measured again. */
const RESIZE_SETTLE_MS = 250;

/**
 * Measures the split of every long point, and of the note's table, for the size of the stage's
 * boxes, each point's text with its numbers bound and the note with its marks as the podium shows them (in the
 * speech's language), so no number is cut.
 */
export function measureSplits(stage: HTMLElement, screens: readonly Screen[], speech: Pick<Speech, 'note' | 'event' | 'marks'>, doc: Document = document): Record<string, number[]> {
  // Every screen on the stage stands in a box of the same size: measure in one of that size.
  const shown = stage.querySelector<HTMLElement>('.fit-box');
  const width = shown?.clientWidth ?? 0;
  const height = shown?.clientHeight ?? 0;
  const plan: Record<string, number[]> = {};
  if (width <= 0 || height <= 0) return plan;
  const floor = legibleFloor(doc.defaultView?.innerHeight ?? height);
  const box = doc.createElement('div');
  box.className = 'fit-box';
  box.setAttribute('aria-hidden', 'true');
  Object.assign(box.style, { position: 'fixed', left: '0', top: '0', width: `${width}px`, height: `${height}px`, visibility: 'hidden', pointerEvents: 'none' });
  const screen = doc.createElement('div');
  screen.className = 'screen screen-point';
  screen.style.fontSize = `${floor}px`;
  const paragraph = doc.createElement('p');
  paragraph.className = 'point-text';
  screen.appendChild(paragraph);
  box.appendChild(screen);
  (stage.closest('main') ?? doc.body).appendChild(box);
  try {
    const fits = (text: string) => {
      paragraph.textContent = text;
      return screen.scrollHeight <= height * ROOM;
    };
    for (const item of screens) {
      if (item.kind !== 'point') continue;
      const text = bindNumbers(item.point.text, numberSeparators(speech.event.language));
      // Each glyph takes at most about a line-height square: a text well under the box surely fits.
      if (text.length * floor * floor * 0.6 * 1.3 < width * height * SURELY_FITS) continue;
      const starts = splitText(text, fits);
      if (starts.length > 0) plan[screenKey(item)] = starts;
    }
    const note = screens.find((item) => item.kind === 'note');
    if (note) {
      screen.className = 'screen screen-note';
      screen.replaceChildren();
      const starts = measureNoteSplit(screen, { ...speech, note: note.note }, (laid) => laid.scrollHeight <= height * ROOM);
      if (starts.length > 0) plan[screenKey(note)] = starts;
    }
  } finally {
    box.remove();
  }
  return plan;
}

/** Keeps the plan measured for the stage: after the first paint, and when the window changes size. */
export function useSplitPlan(stage: RefObject<HTMLElement | null>, screens: readonly Screen[], speech: Pick<Speech, 'note' | 'event' | 'marks'>, onPlan: (plan: Record<string, number[]>) => void) {
  useEffect(() => {
    const measure = () => {
      if (stage.current) onPlan(measureSplits(stage.current, screens, speech));
    };
    let timer = window.setTimeout(measure, 0);
    const onResize = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(measure, RESIZE_SETTLE_MS);
    };
    window.addEventListener('resize', onResize);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('resize', onResize);
    };
  }, [stage, screens, speech, onPlan]);
}
