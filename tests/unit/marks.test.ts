// @vitest-environment node
// The page places the footnote marks the build found, and places them where reading the numbers
// itself would: in every point, in the note's intro, and in each part of a point shown over
// several screens.
import { describe, expect, it } from 'vitest';
import { markFigures } from '../../src/model/speech/figures.ts';
import { marksWithin, runsOf } from '../../src/model/speech/marks.ts';
import { partOffsets, partsOf } from '../../src/model/deck/split.ts';
import { markedSpeech } from '../../tooling/build/marks.ts';
import { icarus } from '../support/speech.ts';

const speech = icarus();
const { marks = {} } = markedSpeech(speech);
const texts = [...speech.points.map((point) => point.text), ...(speech.note.intro === undefined ? [] : [speech.note.intro])];

describe('the marks the build hands the page', () => {
  it('are found in the Icarus speech, and only for texts that carry one', () => {
    expect(Object.keys(marks).length).toBeGreaterThan(0);
    for (const list of Object.values(marks)) expect(list.length).toBeGreaterThan(0);
  });

  it('place each mark where reading the numbers does, in every text', () => {
    for (const text of texts) expect(runsOf(text, marks[text] ?? [])).toEqual(markFigures(text, speech.note, speech.event.language));
  });

  it('place each mark of a point shown over several screens in its part, once, after the same number, at every split', () => {
    for (const [text, whole] of Object.entries(marks)) {
      // Every space is a place a screen may end, even inside a figure's phrase ("17 | countries").
      for (const { index: at } of text.matchAll(/ /g)) {
        const parts = partsOf(text, [at]);
        const from = partOffsets(text, [at]);
        const placed = parts.flatMap((part, i) => {
          const start = from[i] ?? 0;
          expect(text.slice(start, start + part.length)).toBe(part);
          return marksWithin(whole, start, part.length).map((mark) => ({ ...mark, at: mark.at + start }));
        });
        expect(placed).toEqual(whole);
      }
    }
  });
});
