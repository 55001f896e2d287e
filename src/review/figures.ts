// The figures panel's data: every number the speech states (dates, years, counts, numbers
// written as words), each with the point it stands in, a little of the words around it,
// the footnote that qualifies it and, when the number counts countries in the results,
// whether the list backs it. Pure: the panel and the check both read it.
import { figureAgreement, findPhrase, NOTE_PLACE, type FigureAgreement } from '../content/figures.ts';
import type { Figure, Note, Speech } from '../content/speech.ts';

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
  /** The content figure that backs this number with the list of results, if any. */
  derived?: { figure: Figure; agreement: FigureAgreement };
  /** The footnote that qualifies this number, if any. */
  footnote?: { mark: string; text: string };
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|thousand|million|dozen';
/** A date such as "21 September 2011" or "September 2011", a number such as 1,250 or 2.5, or a number word. */
const FIGURE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:\\d{1,2} )?(?:${MONTHS}) \\d{4}|\\d+(?:[.,]\\d+)*|(?:${NUMBER_WORDS}))(?![\\p{L}\\p{N}])`,
  'giu',
);
/** How many words of context each side of a number. */
const CONTEXT_WORDS = 4;

/** Classifies a number as written. */
function kindOf(value: string): FigureKind {
  if (/\p{L}/u.test(value) && /\d/.test(value)) return 'date';
  if (/^(19|20)\d\d$/.test(value)) return 'year';
  return 'number';
}

/** Finds every number in a text, in the order it is read. */
export function findFigures(text: string): { value: string; kind: FigureKind; start: number }[] {
  return Array.from(text.matchAll(FIGURE), (m) => ({ value: m[0], kind: kindOf(m[0]), start: m.index }));
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

/** The content figure whose phrase covers the number at `start` in the text of `place`. */
function backingFigure(note: Note, place: string, text: string, start: number): Figure | undefined {
  return note.figures.find((figure) => {
    if (!figure.in.includes(place)) return false;
    const at = findPhrase(text, figure.phrase);
    const number = /\d[\d,]*/.exec(figure.phrase);
    return at >= 0 && number !== null && at + number.index === start;
  });
}

/** Lists every figure the points and the note's intro state, in reading order. */
export function listFigures(speech: Speech): StatedFigure[] {
  const { points, note } = speech;
  const places: { place: string; pointNumber: number | undefined; text: string }[] = [
    ...points.map((point, i) => ({ place: point.id, pointNumber: i + 1, text: point.text })),
    { place: NOTE_PLACE, pointNumber: undefined, text: note.intro },
  ];
  return places.flatMap(({ place, pointNumber, text }) =>
    findFigures(text).map(({ value, kind, start }): StatedFigure => {
      const figure = backingFigure(note, place, text, start);
      const footnote = figure?.footnote === undefined ? undefined : note.footnotes.find((f) => f.id === figure.footnote);
      return {
        value,
        kind,
        place,
        pointNumber,
        start,
        before: lastWords(text.slice(0, start), CONTEXT_WORDS),
        after: firstWords(text.slice(start + value.length), CONTEXT_WORDS),
        ...(figure ? { derived: { figure, agreement: figureAgreement(figure, note) } } : {}),
        ...(footnote ? { footnote: { mark: footnote.mark, text: footnote.text } } : {}),
      };
    }),
  );
}
