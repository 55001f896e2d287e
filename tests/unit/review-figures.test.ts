// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { figureAgreement, footnotesIn, outcomeTotals } from '../../src/model/speech/figures.ts';
import { findFigures, listFigures } from '../../src/model/review/figures.ts';
import { changed, icarus, noteOf } from '../support/speech.ts';

const speech = icarus();

describe('findFigures', () => {
  it('finds counts, years, dates and numbers written as words, in reading order', () => {
    expect(findFigures('On 21 September 2011, two teams found 1,250 files in 2001 and 24 hours.')).toEqual([
      { value: '21 September 2011', kind: 'date', start: 3 },
      { value: 'two', kind: 'number', start: 22 },
      { value: '1,250', kind: 'number', start: 38 },
      { value: '2001', kind: 'year', start: 53 },
      { value: '24', kind: 'number', start: 62 },
    ]);
  });

  it('ignores digits and number words inside other words', () => {
    expect(findFigures('someone took COVID19 and a stone')).toEqual([]);
  });
});

describe('listFigures', () => {
  const figures = listFigures(speech);
  const at = (value: string) => figures.filter((f) => f.value === value).map((f) => f.pointNumber ?? 'note');

  it('lists every number the Icarus points state, with its point', () => {
    expect(figures.map((f) => `${f.pointNumber ?? 'note'}:${f.value}`)).toEqual([
      '3:2001',
      '4:25',
      '9:two',
      '11:25',
      '12:21 September 2011',
      '13:25',
      '13:24',
      '17:17',
      '17:220',
      '17:101',
      'note:17',
    ]);
    expect(at('25')).toEqual([4, 11, 13]);
  });

  it('keeps a few words of context that read as the text', () => {
    const arrested = figures.find((f) => f.value === '101');
    expect(`${arrested?.before}${arrested?.value}${arrested?.after}`).toBe('…suspects have been identified (101 being arrested or detained…');
  });

  it('marks the count of positive countries as derived from the list, with its footnote', () => {
    const seventeen = figures.filter((f) => f.value === '17');
    expect(seventeen).toHaveLength(2);
    for (const figure of seventeen) {
      expect(figure.derived?.agreement).toEqual({ stated: 17, listed: 17, agrees: true });
      expect(figure.footnote).toEqual({ mark: '*', text: 'Provisional figure subject to change until the date of the press event' });
    }
    expect(figures.filter((f) => f.derived)).toHaveLength(2);
  });

  it('shows a disagreement when the list no longer backs the text', () => {
    const fewer = changed(speech, (s) => {
      const note = noteOf(s);
      note.results = note.results.filter((r) => r.country !== 'Austria');
    });
    const seventeen = listFigures(fewer).find((f) => f.pointNumber === 17 && f.value === '17');
    expect(seventeen?.derived?.agreement).toEqual({ stated: 17, listed: 16, agrees: false });
  });
});

describe('figureAgreement', () => {
  it('compares a stated number with the rows of that outcome, or with every row for a total', () => {
    expect(figureAgreement(1, { counts: 'negative' }, noteOf(speech))).toEqual({ stated: 1, listed: 1, agrees: true });
    expect(figureAgreement(18, { counts: 'positive' }, noteOf(speech))?.agrees).toBe(false);
    expect(figureAgreement(19, { counts: 'all' }, noteOf(speech))).toEqual({ stated: 19, listed: 19, agrees: true });
  });

  it('has nothing to compare for a plain figure', () => {
    expect(figureAgreement(4.2, {}, noteOf(speech))).toBeUndefined();
  });
});

describe('outcomeTotals', () => {
  it('gives totals that add up: 17 + 1 + 1 = 19', () => {
    const totals = outcomeTotals(noteOf(speech));
    expect(totals.byOutcome.map((o) => [o.outcome.id, o.count])).toEqual([
      ['positive', 17],
      ['not-actionable', 1],
      ['negative', 1],
    ]);
    expect(totals.total).toBe(19);
    expect(totals.byOutcome.reduce((sum, o) => sum + o.count, 0)).toBe(totals.total);
  });
});

describe('footnotesIn', () => {
  it('finds the footnote of the point where the qualified figure is spoken, and no other', () => {
    const withFootnote = speech.points.filter((p) => footnotesIn(p.text, speech.note, 'en').length > 0);
    expect(withFootnote.map((p) => p.id)).toEqual(['results']);
    expect(footnotesIn(noteOf(speech).intro ?? '', speech.note, 'en')).toHaveLength(1);
  });
});
