// @vitest-environment node
// The word-level difference: it must give back both texts exactly, mark only the words that
// changed, and count the places where a number changed.
import { describe, expect, it } from 'vitest';
import { changedNumbers, diffWords, formatPieces, type Piece } from '../../src/model/review/worddiff.ts';

/** The text a difference reads as before (kept and removed words) and after (kept and added). */
const before = (pieces: Piece[]) => pieces.filter((p) => p.kind !== 'ins').map((p) => p.text).join('');
const after = (pieces: Piece[]) => pieces.filter((p) => p.kind !== 'del').map((p) => p.text).join('');

describe('diffWords', () => {
  it('marks a changed number as removed and added, the rest kept', () => {
    expect(diffWords('So far 220 suspects have been identified', 'So far 230 suspects have been identified')).toEqual([
      { kind: 'same', text: 'So far ' },
      { kind: 'del', text: '220 ' },
      { kind: 'ins', text: '230 ' },
      { kind: 'same', text: 'suspects have been identified' },
    ]);
  });

  it('marks added and removed words at the start and the end', () => {
    expect(diffWords('Good morning, today', 'Today')).toEqual([
      { kind: 'del', text: 'Good morning, today ' },
      { kind: 'ins', text: 'Today' },
    ]);
    expect(diffWords('the end', 'the end of it')).toEqual([
      { kind: 'same', text: 'the end ' },
      { kind: 'ins', text: 'of it' },
    ]);
  });

  it('finds nothing to mark in equal texts, and everything in a new one', () => {
    expect(diffWords('a b c', 'a b c')).toEqual([{ kind: 'same', text: 'a b c' }]);
    expect(diffWords('', 'new words')).toEqual([{ kind: 'ins', text: 'new words' }]);
    expect(diffWords('old words', '')).toEqual([{ kind: 'del', text: 'old words' }]);
  });

  it('gives back both texts, words and single spaces, whatever they are', () => {
    // A fixed pseudo-random sequence, so a failure can be replayed.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const vocabulary = ['17', 'countries', 'have', 'reported', 'positive', 'results.', 'Europol', 'will', '220'];
    const sentence = () => Array.from({ length: Math.floor(random() * 12) }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ');
    for (let n = 0; n < 300; n++) {
      const a = sentence();
      const b = sentence();
      const pieces = diffWords(a, b);
      expect(before(pieces).trim()).toBe(a);
      expect(after(pieces).trim()).toBe(b);
      // Every piece but the last ends with a space, so no two words run together on screen.
      expect(pieces.slice(0, -1).every((p) => p.text.endsWith(' '))).toBe(true);
    }
  });
});

describe('changedNumbers', () => {
  it('counts each place where a number changed, not other words', () => {
    expect(changedNumbers(diffWords('17 countries and 220 suspects', '18 countries and 230 suspects'))).toBe(2);
    expect(changedNumbers(diffWords('Good morning', 'Good afternoon'))).toBe(0);
  });
});

describe('formatPieces', () => {
  it('writes removed and added words as a terminal word diff does', () => {
    expect(formatPieces(diffWords('So far 220 suspects', 'So far 230 suspects'))).toBe('So far [-220-] {+230+} suspects');
  });
});
