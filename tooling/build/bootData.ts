// The data the first paint needs, computed at build time from the validated speech by the
// same functions the views use, so the first paint shows exactly what the presenter will.
import { footnotesIn, markFigures } from '../../src/model/speech/figures.ts';
import { wordsFor } from '../../src/model/speech/language.ts';
import { bindNumbers, numberStyle } from '../../src/model/speech/numbers.ts';
import type { Speech } from '../../src/model/speech/speech.ts';
import { nextText, screenKey, screenLabel, screensOf } from '../../src/model/deck/screens.ts';
import type { BootData, BootPoint } from '../../src/model/embedded.ts';

/** The first-paint data of a speech. */
export function bootData(speech: Speech, id: string, version: string): BootData {
  const screens = screensOf(speech);
  const { note, event } = speech;
  const words = wordsFor(event.language);
  const points: Record<string, BootPoint> = {};
  screens.forEach((screen, i) => {
    if (screen.kind !== 'point') return;
    const { text } = screen.point;
    const bound = bindNumbers(text, numberStyle(event.language));
    const marks: [number, string][] = [];
    let offset = 0;
    for (const run of markFigures(text, note, event.language)) {
      if (run.mark === undefined) offset += run.text.length;
      else marks.push([offset, run.mark]);
    }
    const next = screens[i + 1];
    points[screenKey(screen)] = {
      point: screen.number - 1,
      ...(bound === text ? {} : { shown: bound }),
      marks,
      caveats: footnotesIn(text, note, event.language).map((footnote): [string, string] => [footnote.mark, footnote.text]),
      next: next?.kind === 'point' ? next.number - 1 : nextText(next, words),
      label: screenLabel(screen, speech),
    };
  });
  return { speech: id, version, keys: screens.map(screenKey), points, words: { next: words.next } };
}
