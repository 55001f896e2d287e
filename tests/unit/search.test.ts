// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cutMatches, findInText, indexTexts, searchableTexts, searchKey, searchTexts, stepMatch } from '../../src/model/review/search.ts';
import { icarus } from '../support/speech.ts';

const speech = icarus();

describe('findInText', () => {
  it('finds every occurrence, ignoring case', () => {
    expect(findInText('Europol and EUROPOL and europol', 'europol')).toEqual([
      { start: 0, end: 7 },
      { start: 12, end: 19 },
      { start: 24, end: 31 },
    ]);
  });

  it('finds curly quotes and apostrophes with straight ones', () => {
    expect(findInText('about Europol’s involvement', "europol's")).toEqual([{ start: 6, end: 15 }]);
    expect(findInText('called “Icarus”', '"icarus"')).toEqual([{ start: 7, end: 15 }]);
  });

  it('collapses white space in the query and finds nothing for an empty one', () => {
    expect(findInText('17 countries', ' 17   countries ')).toEqual([{ start: 0, end: 12 }]);
    expect(findInText('anything', '   ')).toEqual([]);
  });

  it('treats the query as text, not a pattern', () => {
    expect(findInText('(i.e. child', '(i.e.')).toEqual([{ start: 0, end: 5 }]);
    expect(findInText('abc', '.')).toEqual([]);
  });
});

describe('searchTexts', () => {
  it('numbers matches in document order: points, then the note, then the table', () => {
    const matches = searchTexts(indexTexts(searchableTexts(speech)), 'Croatia');
    expect(matches.map((m) => [m.key, m.index])).toEqual([
      [searchKey.result('Croatia', 'country'), 0],
      [searchKey.result('Croatia', 'remark'), 1],
    ]);
    const positive = searchTexts(indexTexts(searchableTexts(speech)), 'positive');
    expect(positive[0]?.key).toBe(searchKey.point('feedback'));
    expect(positive.filter((m) => m.key.endsWith(':outcome'))).toHaveLength(17);
  });

  it('searches the points, the signature, the note and the footnotes', () => {
    const keys = new Set(searchableTexts(speech).map((t) => t.key));
    expect(keys).toContain(searchKey.point('welcome'));
    expect(keys).toContain(searchKey.signature('name'));
    expect(keys).toContain(searchKey.noteIntro);
    expect(keys).toContain(searchKey.result('Malta', 'remark'));
    expect(keys).toContain(searchKey.footnote('provisional'));
  });
});

describe('stepMatch', () => {
  it('moves forward and back, wrapping round', () => {
    expect(stepMatch(0, 3, 1)).toBe(1);
    expect(stepMatch(2, 3, 1)).toBe(0);
    expect(stepMatch(0, 3, -1)).toBe(2);
    expect(stepMatch(0, 0, 1)).toBe(0);
  });
});

describe('cutMatches', () => {
  it('cuts a text into plain pieces and matches', () => {
    expect(cutMatches('So far 17 countries', [{ start: 7, end: 9, index: 4 }])).toEqual([
      { text: 'So far ' },
      { text: '17', match: 4 },
      { text: ' countries' },
    ]);
  });

  it('cuts a part of a text by its offset, so a match can span a footnote mark', () => {
    const match = [{ start: 7, end: 19, index: 0 }];
    expect(cutMatches('So far 17', match, 0)).toEqual([{ text: 'So far ' }, { text: '17', match: 0 }]);
    expect(cutMatches(' countries have', match, 9)).toEqual([{ text: ' countries', match: 0 }, { text: ' have' }]);
  });

  it('keeps every character of the text', () => {
    const text = 'Europol, Europol’s Europol';
    const pieces = cutMatches(text, findInText(text, 'europol').map((r, index) => ({ ...r, index })));
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.match !== undefined)).toHaveLength(3);
  });
});
