// The data the first paint needs, computed at build time from the validated speech by the
// same functions the views use, so the first paint shows exactly what the presenter will.
import { footnotesIn, markFigures } from '../content/figures.ts';
import type { Speech } from '../content/speech.ts';
import { nextText, screenKey, screenLabel, screensOf } from '../deck/screens.ts';
import type { BootData, BootPoint } from './paintFirst.ts';

/** The first-paint data of a speech. */
export function bootData(speech: Speech, id: string, version: string): BootData {
  const screens = screensOf(speech);
  const points: Record<string, BootPoint> = {};
  screens.forEach((screen, i) => {
    if (screen.kind !== 'point') return;
    const { text, id: place } = screen.point;
    const marks: [number, string][] = [];
    let offset = 0;
    for (const run of markFigures(text, place, speech.note)) {
      if (run.mark === undefined) offset += run.text.length;
      else marks.push([offset, run.mark]);
    }
    const next = screens[i + 1];
    points[screenKey(screen)] = {
      point: screen.number - 1,
      marks,
      caveats: footnotesIn(text, place, speech.note).map((footnote): [string, string] => [footnote.mark, footnote.text]),
      next: next?.kind === 'point' ? next.number - 1 : nextText(next, speech.note.title),
      label: screenLabel(screen, speech.points.length, speech.note.title),
    };
  });
  return { speech: id, version, keys: screens.map(screenKey), points, words: { next: 'Next' } };
}
