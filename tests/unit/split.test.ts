import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partsOf, splitText } from '../../src/deck/split.ts';

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
