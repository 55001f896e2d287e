// The figures panel's data: every number the speech states (dates, years, counts, numbers
// written as words), each with the point it stands in, a little of the words around it,
// the footnote that qualifies it and, when the number counts countries in the results,
// whether the list backs it. Pure: the panel and the check both read it.
import { figureAgreement, figureSightings, placesOf, type FigureAgreement } from '../speech/figures.ts';
import { digitsPattern, numberStyle, wordsPattern } from '../speech/numbers.ts';
import type { Figure, Speech } from '../speech/speech.ts';

/** What kind of number a figure is. */
export type FigureKind = 'date' | 'year' | 'number';

/** One number as it stands in the speech. */
export interface StatedFigure {
  /** The number as written, such as "25", "21 September 2011" or "two". */
  value: string;
  kind: FigureKind;
  /** Where it stands: a point id, or "note". */
  place: string;
  /** The point's 1-based number, or undefined in the note. */
  pointNumber: number | undefined;
  /** Where the number starts in the text of its place. */
  start: number;
  /** A few words either side, so the reader knows what is counted; `before + value + after` reads as the text. */
  before: string;
  after: string;
  /** The declared figure whose phrase this number stands in (counted or plain), if any. */
  figure?: Figure;
  /** The counted figure that backs this number with the results table, if any. */
  derived?: { figure: Figure; agreement: FigureAgreement };
  /** The footnote that qualifies this number, if any. */
  footnote?: { mark: string; text: string };
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A date such as "21 September 2011" or "September 2011". */
const DATE = `(?<![\\p{L}\\p{N}])(?:\\d{1,2} )?(?:${MONTHS}) \\d{4}(?![\\p{L}\\p{N}])`;
/** How many words of context each side of a number. */
const CONTEXT_WORDS = 4;

/** Classifies a number as written. */
function kindOf(value: string): FigureKind {
  if (/\p{L}/u.test(value) && /\d/.test(value)) return 'date';
  if (/^(19|20)\d\d$/.test(value)) return 'year';
  return 'number';
}

/**
 * Finds every number in a text, in the order it is read, as the language writes them: dates,
 * grouped and decimal numbers ("1 250 000", "4,2"), and number words from two up ("one", "un",
 * "ein" are articles and pronouns too often to list).
 */
export function findFigures(text: string, language = 'en'): { value: string; kind: FigureKind; start: number }[] {
  const style = numberStyle(language);
  const figure = new RegExp(`${DATE}|${digitsPattern(style)}|${wordsPattern(style, 2)}`, 'giu');
  return Array.from(text.matchAll(figure), (m) => ({ value: m[0], kind: kindOf(m[0]), start: m.index }));
}

/** The last `count` words before a number, keeping what touches it ("(" stays next to "101"). */
function lastWords(text: string, count: number): string {
  const words = text.split(' ');
  const kept = words.slice(-count - 1).join(' ').trimStart();
  return words.length > count + 1 ? `…${kept}` : kept;
}

/** The first `count` words after a number, keeping what touches it. */
function firstWords(text: string, count: number): string {
  const words = text.split(' ');
  const kept = words.slice(0, count + 1).join(' ').trimEnd();
  return words.length > count + 1 ? `${kept}…` : kept;
}

/** Lists every figure the points and the note's intro state, in reading order. */
export function listFigures(speech: Speech): StatedFigure[] {
  const { note } = speech;
  const sighted = figureSightings(speech);
  return placesOf(speech).flatMap(({ place, pointNumber, text }) =>
    findFigures(text, speech.event.language).map(({ value, kind, start }): StatedFigure => {
      // The declared figure whose number this is, wherever its phrase stands.
      const sighting = sighted.find((s) => s.at.place === place && s.numberEnd === start + value.length);
      const figure = sighting?.figure;
      const agreement = figure && note ? figureAgreement(sighting.stated, figure, note) : undefined;
      const footnote = figure?.footnote === undefined ? undefined : note?.footnotes.find((f) => f.id === figure.footnote);
      return {
        value,
        kind,
        place,
        pointNumber,
        start,
        before: lastWords(text.slice(0, start), CONTEXT_WORDS),
        after: firstWords(text.slice(start + value.length), CONTEXT_WORDS),
        ...(figure ? { figure } : {}),
        ...(figure && agreement ? { derived: { figure, agreement } } : {}),
        ...(footnote ? { footnote: { mark: footnote.mark, text: footnote.text } } : {}),
      };
    }),
  );
}
