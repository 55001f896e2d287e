import { describe, expect, it } from 'vitest';
import { figureNumber, findPhrase, markFigures, resultsByOutcome, type Run } from '../../src/content/figures.ts';
import type { Note } from '../../src/content/speech.ts';

/** A note whose figure "17 countries" stands in point "results" and in the intro, marked with "*". */
const note: Note = {
  title: 'Note',
  intro: 'So far 17 countries have reported positive results:',
  results: [
    { country: 'Austria', outcome: 'positive' },
    { country: 'Croatia', outcome: 'negative', remark: 'Croatia reported negative results.' },
    { country: 'Belgium', outcome: 'positive' },
    { country: 'Malta', outcome: 'not-actionable' },
  ],
  figures: [{ id: 'positive', phrase: '17 countries', counts: 'positive', in: ['results', 'note'], footnote: 'provisional' }],
  footnotes: [{ id: 'provisional', mark: '*', text: 'Provisional figure' }],
};

/** Writes runs as a reader sees them: each mark right where it stands. */
const shown = (runs: Run[]) => runs.map((run) => run.mark ?? run.text).join('');

describe('figureNumber', () => {
  it('reads the number a phrase states', () => {
    expect(figureNumber('17 countries')).toBe(17);
    expect(figureNumber('over 1,200 suspects')).toBe(1200);
  });

  it('gives NaN for a phrase with no number', () => {
    expect(figureNumber('several countries')).toBeNaN();
  });
});

describe('findPhrase', () => {
  it('finds a phrase as whole words', () => {
    expect(findPhrase('To date, 17 countries have reported', '17 countries')).toBe(9);
  });

  it('does not find a phrase inside a longer number or word', () => {
    expect(findPhrase('So far 117 countries', '17 countries')).toBe(-1);
    expect(findPhrase('So far 17 countriesides', '17 countries')).toBe(-1);
  });

  it('takes characters that mean something to a regular expression literally', () => {
    expect(findPhrase('about 2.5 (estimated) hours', '2.5 (estimated)')).toBe(6);
    expect(findPhrase('about 205 (estimated) hours', '2.5 (estimated)')).toBe(-1);
  });

  it('gives -1 for a phrase that is not there', () => {
    expect(findPhrase('So far 18 countries', '17 countries')).toBe(-1);
  });
});

describe('markFigures', () => {
  it('places the footnote mark right after the number', () => {
    const runs = markFigures(note.intro, 'note', note);
    expect(shown(runs)).toBe('So far 17* countries have reported positive results:');
    expect(runs).toContainEqual({ text: '', mark: '*', footnote: 'Provisional figure' });
  });

  it('marks the figure in every place it is listed in', () => {
    expect(shown(markFigures('To date, 17 countries have reported.', 'results', note))).toBe(
      'To date, 17* countries have reported.',
    );
  });

  it('leaves a text alone in a place the figure is not listed in', () => {
    expect(markFigures('To date, 17 countries have reported.', 'outlook', note)).toEqual([
      { text: 'To date, 17 countries have reported.' },
    ]);
  });

  it('leaves a figure unmarked when it has no footnote', () => {
    const plain: Note = { ...note, figures: note.figures.map((figure) => ({ ...figure, footnote: undefined })) };
    expect(shown(markFigures(note.intro, 'note', plain))).toBe(note.intro);
  });
});

describe('resultsByOutcome', () => {
  it('groups the countries by outcome, in the order the outcomes are listed, keeping their order', () => {
    expect(resultsByOutcome(note).map((g) => [g.outcome, g.results.map((r) => r.country)])).toEqual([
      ['positive', ['Austria', 'Belgium']],
      ['not-actionable', ['Malta']],
      ['negative', ['Croatia']],
    ]);
  });
});
