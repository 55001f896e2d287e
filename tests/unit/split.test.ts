// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partsOf, splitRows, splitText } from '../../src/model/deck/split.ts';

/** A screen that holds at most `chars` characters. */
const upTo = (chars: number) => (part: string) => part.length <= chars;
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('splitting a long point', () => {
  it('leaves a point that fits whole', () => {
    expect(splitText('A short point.', upTo(100))).toEqual([]);
  });

  it('cuts at sentence ends, as few times as it can', () => {
    const text = 'One two three. Four five six. Seven eight nine. Ten eleven twelve.';
    const parts = partsOf(text, splitText(text, upTo(32)));
    expect(parts).toEqual(['One two three. Four five six.', 'Seven eight nine.', 'Ten eleven twelve.']);
  });

  it('cuts a sentence too long alone at its clauses, then at its words', () => {
    const text = 'Short. A very long sentence, with clauses, that goes on and on; End.';
    const parts = partsOf(text, splitText(text, upTo(24)));
    expect(parts).toEqual(['Short.', 'A very long sentence,', 'with clauses,', 'that goes on and on;', 'End.']);
    const clause = 'averyveryverylongword another word';
    expect(partsOf(clause, splitText(clause, upTo(12)))).toEqual(['averyveryverylongword', 'another word']);
  });

  it('cuts at the sentence marks of other scripts', () => {
    const text = 'これは最初の文です。 これは二番目の文です。';
    expect(partsOf(text, splitText(text, upTo(12)))).toEqual(['これは最初の文です。', 'これは二番目の文です。']);
  });

  it('keeps every word, in order, whatever the text and the screen', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}[.,;]?$/), { minLength: 1, maxLength: 120 }), fc.integer({ min: 8, max: 200 }), (list, chars) => {
        const text = list.join(' ');
        const starts = splitText(text, upTo(chars));
        const parts = partsOf(text, starts);
        expect(parts.flatMap(words)).toEqual(words(text));
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
        // Every part fits, but for a single word longer than a screen.
        for (const part of parts) expect(part.length <= chars || words(part).length === 1).toBe(true);
      }),
    );
  });
});

describe('splitting a long table between its rows', () => {
  /** A screen of `room` lines; rows take their height in lines, and the end (total, footnote) takes `end` lines. */
  const screenOf = (heights: readonly number[], room: number, end: number) => (from: number, to: number) =>
    heights.slice(from, to).reduce((sum, h) => sum + h, 0) + (to === heights.length ? end : 0) <= room;

  it('leaves a table that fits whole', () => {
    expect(splitRows(5, screenOf([1, 1, 1, 1, 1], 10, 2))).toEqual([]);
  });

  it('fills each screen with whole rows and keeps the end with the last rows', () => {
    // 10 rows of one line, 4 lines a screen, an end of 2 lines: 4 + 4 + (2 rows + end).
    expect(splitRows(10, screenOf(Array(10).fill(1), 4, 2))).toEqual([4, 8]);
    // The end does not fit after two full screens: the last row goes on with it.
    expect(splitRows(8, screenOf(Array(8).fill(1), 4, 2))).toEqual([4, 7]);
  });

  it('never cuts a row: a row too tall alone stands alone, and every row is shown once, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 3 }), (heights, room, end) => {
        const fits = screenOf(heights, room, end);
        const starts = splitRows(heights.length, fits);
        const bounds = [0, ...starts, heights.length];
        for (let i = 0; i + 1 < bounds.length; i++) {
          const [from, to] = [bounds[i] ?? 0, bounds[i + 1] ?? 0];
          expect(to).toBeGreaterThan(from);
          // A part that does not fit holds one row alone (or the last row and the end).
          if (!fits(from, to)) expect(to - from).toBe(1);
        }
      }),
    );
  });
});
