// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { figureNumber, figureSightings, markFigures, resultRows, resultsByOutcome, sightings } from '../../src/model/speech/figures.ts';
import type { TextRun } from '../../src/model/speech/marks.ts';
import { numberStyle, readNumber } from '../../src/model/speech/numbers.ts';
import type { Note, Speech } from '../../src/model/speech/speech.ts';
import { findFigures } from '../../src/model/review/figures.ts';

/** A note whose figure "17 countries" is marked with "*", and a plain figure "4.2 tonnes" with "†". */
const note: Note = {
  title: 'Note',
  intro: 'So far 17 countries have reported positive results:',
  outcomes: [
    { id: 'positive', label: 'Positive' },
    { id: 'not-actionable', label: 'Not actionable' },
    { id: 'negative', label: 'Negative' },
  ],
  results: [
    { country: 'Austria', outcome: 'positive' },
    { country: 'Croatia', outcome: 'negative', remark: 'Croatia reported negative results.' },
    { country: 'Belgium', outcome: 'positive' },
    { country: 'Malta', outcome: 'not-actionable' },
  ],
  groupResults: false,
  figures: [
    { id: 'positive', phrase: '17 countries', counts: 'positive', in: ['results', 'note'], footnote: 'provisional' },
    { id: 'seized', phrase: '4.2 tonnes', footnote: 'estimate' },
  ],
  footnotes: [
    { id: 'provisional', mark: '*', text: 'Provisional figure' },
    { id: 'estimate', mark: '†', text: 'Estimated weight' },
  ],
};

/** Writes runs as a reader sees them: each mark right where it stands. */
const shown = (runs: readonly TextRun[]) => runs.map((run) => run.mark ?? run.text).join('');

describe('reading numbers as the language writes them', () => {
  const read = (written: string, language: string) => readNumber(written, numberStyle(language));

  it('reads English: comma thousands, point decimals, spaced thousands, number words', () => {
    expect(read('1,250,000', 'en')).toBe(1_250_000);
    expect(read('1 250 000', 'en')).toBe(1_250_000);
    expect(read('1\u00a0250\u00a0000', 'en')).toBe(1_250_000);
    expect(read('4.2', 'en')).toBe(4.2);
    expect(read('Twelve', 'en')).toBe(12);
  });

  it('reads French: spaced thousands (plain, no-break or narrow), comma decimals, number words', () => {
    expect(read('1 250 000', 'fr')).toBe(1_250_000);
    expect(read('1\u202f250\u202f000', 'fr')).toBe(1_250_000);
    expect(read('4,2', 'fr')).toBe(4.2);
    expect(read('douze', 'fr')).toBe(12);
  });

  it('reads a compound number as one number, never as its tens or its last word', () => {
    expect(read('Twenty-two', 'en')).toBe(22);
    expect(read('ninety-nine', 'en')).toBe(99);
    expect(read('dix-sept', 'fr')).toBe(17);
    expect(read('soixante-dix-sept', 'fr')).toBe(77);
    expect(read('quatre-vingts', 'fr')).toBe(80);
    expect(read('quatre-vingt-dix-neuf', 'fr')).toBe(99);
    expect(read('vingt et un', 'fr')).toBe(21);
    expect(read('deux-cents', 'fr')).toBe(200);
    expect(figureNumber('Forty-one people')).toBe(41);
    expect(figureNumber('vingt-et-un pays', 'fr')).toBe(21);
    // "et" joins a compound only before un, une or onze: these are two numbers.
    expect(figureNumber('deux et trois pays', 'fr')).toBe(2);
    expect(findFigures('Forty-one people in twenty-two countries, on a two-day operation.').map((f) => f.value)).toEqual(['Forty-one', 'twenty-two', 'two']);
    expect(sightings('Twenty-two countries took part.', 'two countries', numberStyle('en')).map((s) => s.stated)).toEqual([22]);
  });

  it('reads German: point thousands, comma decimals, number words', () => {
    expect(read('1.250.000', 'de')).toBe(1_250_000);
    expect(read('4,2', 'de')).toBe(4.2);
    expect(read('zwölf', 'de')).toBe(12);
  });

  it('finds one figure in a grouped or decimal number, not three', () => {
    expect(findFigures('They seized 1 250 000 files and 4.2 tonnes.', 'en').map((f) => f.value)).toEqual(['1 250 000', '4.2']);
    expect(findFigures('Ils ont saisi 1\u202f250\u202f000 fichiers et 4,2 tonnes.', 'fr').map((f) => f.value)).toEqual(['1\u202f250\u202f000', '4,2']);
    expect(findFigures('Sie fanden 1.250.000 Dateien und 4,2 Tonnen.', 'de').map((f) => f.value)).toEqual(['1.250.000', '4,2']);
  });

  it('does not list "one" (an article or a pronoun as often as a number) as a figure', () => {
    expect(findFigures('one of the largest operations, with twelve countries').map((f) => f.value)).toEqual(['twelve']);
  });

  it('reads the number a phrase states, in digits or in words', () => {
    expect(figureNumber('17 countries')).toBe(17);
    expect(figureNumber('over 1,200 suspects')).toBe(1200);
    expect(figureNumber('Twelve countries')).toBe(12);
    expect(figureNumber('4,2 tonnes', 'fr')).toBe(4.2);
    expect(figureNumber('several countries')).toBeNaN();
  });
});

describe('sightings', () => {
  const en = numberStyle('en');
  it('finds a phrase as whole words, whatever number it states there', () => {
    expect(sightings('To date, 17 countries have reported', '17 countries', en).map((s) => [s.start, s.stated])).toEqual([[9, 17]]);
    expect(sightings('So far 18 countries', '17 countries', en).map((s) => s.stated)).toEqual([18]);
    expect(sightings('Eighteen countries took part', '17 countries', en).map((s) => s.stated)).toEqual([18]);
  });

  it('does not find a phrase inside a longer word', () => {
    expect(sightings('So far 17 countriesides', '17 countries', en)).toEqual([]);
  });

  it('matches any kind of space and takes other characters literally', () => {
    expect(sightings('about 2.5\u00a0(estimated) hours', '2.5 (estimated)', en)).toHaveLength(1);
    expect(sightings('about 2.5 estimated hours', '2.5 (estimated)', en)).toEqual([]);
  });
});

describe('markFigures', () => {
  it('places the footnote mark right after the number', () => {
    const runs = markFigures(note.intro ?? '', note, 'en');
    expect(shown(runs)).toBe('So far 17* countries have reported positive results:');
    expect(runs).toContainEqual({ text: '', mark: '*', footnote: 'Provisional figure' });
  });

  it('marks the figure wherever the phrase stands, listed or not', () => {
    expect(shown(markFigures('To date, 17 countries have reported.', note, 'en'))).toBe('To date, 17* countries have reported.');
  });

  it('marks a plain figure with its footnote too', () => {
    expect(shown(markFigures('Officers seized 4.2 tonnes.', note, 'en'))).toBe('Officers seized 4.2† tonnes.');
  });

  it('leaves a figure unmarked when it has no footnote, and a text alone without a note', () => {
    const plain: Note = { ...note, figures: note.figures.map((figure) => ({ ...figure, footnote: undefined })) };
    expect(shown(markFigures(note.intro ?? '', plain, 'en'))).toBe(note.intro);
    expect(markFigures('To date, 17 countries.', undefined, 'en')).toEqual([{ text: 'To date, 17 countries.' }]);
  });
});

describe('rows of the results table', () => {
  it('keeps the order of the file', () => {
    expect(resultRows(note).map((r) => r.country)).toEqual(['Austria', 'Croatia', 'Belgium', 'Malta']);
  });

  it('groups the rows by outcome, in the order the outcomes are declared, when the note says so', () => {
    expect(resultRows({ ...note, groupResults: true }).map((r) => r.country)).toEqual(['Austria', 'Belgium', 'Malta', 'Croatia']);
    expect(resultsByOutcome(note).map((g) => [g.outcome.id, g.results.map((r) => r.country)])).toEqual([
      ['positive', ['Austria', 'Belgium']],
      ['not-actionable', ['Malta']],
      ['negative', ['Croatia']],
    ]);
  });
});

describe('figures that share their words', () => {
  const speech = (figures: Note['figures']): Pick<Speech, 'points' | 'note' | 'event'> => ({
    event: { kind: 'Speaking points', title: 'T', language: 'en', wordsPerMinute: 130 },
    points: [{ id: 'asked', text: '25 countries were asked and 17 countries answered.' }],
    note: { ...note, intro: undefined, figures },
  });

  it('finds every place a figure stands, a different number included, so the check can refuse it', () => {
    const seen = figureSightings(speech([{ id: 'positive', phrase: '17 countries', counts: 'positive' }]));
    expect(seen.map((s) => s.stated)).toEqual([25, 17]);
  });

  it('gives a place to the declared figure whose own number it states', () => {
    const seen = figureSightings(
      speech([
        { id: 'positive', phrase: '17 countries', counts: 'positive' },
        { id: 'asked', phrase: '25 countries' },
      ]),
    );
    expect(seen.map((s) => `${s.figure.id}:${s.stated}`)).toEqual(['positive:17', 'asked:25']);
  });

  it('marks only where the figure states its own number', () => {
    expect(shown(markFigures('25 countries were asked and 17 countries answered.', note, 'en'))).toBe(
      '25 countries were asked and 17* countries answered.',
    );
  });
});
