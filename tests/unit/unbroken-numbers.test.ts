// @vitest-environment node
// A number is never broken across lines or screens, whatever spaces it is written with: its
// groups are bound when it is shown, and a long point is split on breakable spaces only.
import { describe, expect, it } from 'vitest';
import { bindNumbers, numberStyle } from '../../src/model/speech/numbers.ts';
import { partsOf, splitText } from '../../src/model/deck/split.ts';

const bind = (text: string, language = 'fr') => bindNumbers(text, numberStyle(language));
/** A screen that holds at most `chars` characters. */
const upTo = (chars: number) => (part: string) => part.length <= chars;

describe('binding the groups of a number', () => {
  it('binds a number written with plain or thin spaces, keeping each space its width and the text its length', () => {
    const text = 'Les douanes ont saisi 1 250 000 euros et 2\u2009500 litres.';
    const bound = bind(text);
    expect(bound).toBe('Les douanes ont saisi 1\u00a0250\u00a0000 euros et 2\u202f500 litres.');
    expect(bound).toHaveLength(text.length);
  });

  it('binds only what the check reads as one number: a year before a number stays apart', () => {
    expect(bind('In 2024 250 000 people came.', 'en')).toBe('In 2024 250\u00a0000 people came.');
    expect(bind('Points 1 2 and 3 remain.', 'en')).toBe('Points 1 2 and 3 remain.');
  });
});

describe('splitting a point with numbers', () => {
  const sentence = 'Les douanes ont saisi 26\u00a0250\u00a0000 euros et 1\u00a0250\u00a0000 euros puis 3\u00a0125\u00a0000 euros encore';
  /** The numbers a part shows, each with its groups, spaces made plain. */
  const numbersIn = (part: string) => (part.match(/\d+(?:\s\d{3})*/g) ?? []).map((n) => n.replace(/\s/g, ' '));
  const whole = ['26 250 000', '1 250 000', '3 125 000'];

  it('never cuts at a no-break space: a number written with them stays on one screen', () => {
    for (let width = 20; width <= 60; width++) {
      const parts = partsOf(sentence, splitText(sentence, upTo(width)));
      expect(parts.join(' ')).toBe(sentence);
      for (const part of parts) for (const number of numbersIn(part)) expect(whole).toContain(number);
    }
  });

  it('never cuts a number written with plain spaces once its groups are bound', () => {
    const plain = sentence.replaceAll('\u00a0', ' ');
    for (let width = 20; width <= 60; width++) {
      const parts = partsOf(plain, splitText(bind(plain), upTo(width)));
      expect(parts.join(' ')).toBe(plain);
      for (const part of parts) for (const number of numbersIn(part)) expect(whole).toContain(number);
    }
  });

  it('still cuts at plain spaces between words', () => {
    expect(partsOf('one two three four', splitText('one two three four', upTo(9)))).toEqual(['one two', 'three', 'four']);
  });
});

describe('splitting a very long point', () => {
  it('measures a few times a part, not once a word, so a long point cannot hold the podium up', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `word${i}`).join(' ');
    let measured = 0;
    const starts = splitText(text, (part) => {
      measured++;
      return part.length <= 600;
    });
    expect(starts.length).toBeGreaterThan(200);
    expect(partsOf(text, starts).join(' ')).toBe(text);
    expect(measured).toBeLessThan(starts.length * 30);
  });
});
