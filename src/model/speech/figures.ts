// Figures: phrases of the text that state a number. A figure may count rows of the results
// table (of one outcome, or all of them) or be stated plainly; a footnote may qualify any of
// them. A figure's phrase is found wherever it stands, with whatever number it states there,
// so a changed number is caught in every place. Pure and free of the schemas, so the app can
// use it too.
import { readAsShown } from './characters.ts';
import { footnotesOf, marksOfRuns, runsOf, type PlacedMark, type TextRun } from './marks.ts';
import { numberStyle, digitsPattern, firstNumber, wordsPattern, type NumberStyle } from './numbers.ts';
import type { CountryResult, Figure, Note, Outcome, Speech } from './speech.ts';

/** The place name that stands for the note's intro in a figure's "in" list. */
export const NOTE_PLACE = 'note';

/** What "counts" says for a figure that counts every row of the table: a total. */
export const ALL_ROWS = 'all';

/** A text of the speech a figure may stand in: a point, or the note's intro. */
export interface Place {
  /** A point id, or "note". */
  place: string;
  /** The point's 1-based number, or undefined for the note. */
  pointNumber: number | undefined;
  text: string;
}

/** Every text a figure may stand in, in reading order. */
export function placesOf(speech: Pick<Speech, 'points' | 'note'>): Place[] {
  const intro = speech.note?.intro;
  return [
    ...speech.points.map((point, i) => ({ place: point.id, pointNumber: i + 1, text: point.text })),
    ...(intro === undefined ? [] : [{ place: NOTE_PLACE, pointNumber: undefined, text: intro }]),
  ];
}

/** The number a figure's phrase states, such as 17 in "17 countries" or 12 in "Twelve countries"; NaN if none. */
export function figureNumber(phrase: string, language = 'en'): number {
  return firstNumber(phrase, numberStyle(language))?.value ?? NaN;
}

/** One place where a figure's phrase stands, with the number it states there. */
export interface Sighting {
  start: number;
  end: number;
  /** Where the number ends: a footnote mark goes here. */
  numberEnd: number;
  /** The number as written, and its value. */
  written: string;
  stated: number;
}

/**
 * Every place a phrase stands in a text as whole words, whatever number it states there:
 * "17 countries" also finds "18 countries" and "eighteen countries", so a disagreement
 * cannot hide. Case, the kind of space (plain, no-break) and format characters that show
 * nothing ("coun\u00ADtries") do not matter: the text is read as the podium shows it. The
 * offsets are those of the text as written.
 */
export function sightings(text: string, phrase: string, style: NumberStyle): Sighting[] {
  const shown = readAsShown(text);
  return shownSightings(shown.text, readAsShown(phrase).text, style).map((s) => ({
    ...s,
    start: shown.origin(s.start),
    end: shown.origin(s.end - 1) + 1,
    numberEnd: shown.origin(s.numberEnd - 1) + 1,
  }));
}

/** The sightings of a phrase in a text with no format characters. */
function shownSightings(text: string, phrase: string, style: NumberStyle): Sighting[] {
  const number = firstNumber(phrase, style);
  if (!number) return [];
  const literal = (part: string) =>
    part
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+');
  const before = literal(phrase.slice(0, number.start));
  const after = literal(phrase.slice(number.start + number.written.length));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${before}(?<number>${digitsPattern(style)}|${wordsPattern(style)})${after}(?![\\p{L}\\p{N}])`,
    'dgiu',
  );
  return Array.from(text.matchAll(pattern), (match) => {
    const written = match.groups?.number ?? '';
    return {
      start: match.index,
      end: match.index + match[0].length,
      numberEnd: match.indices?.groups?.number?.[1] ?? match.index,
      written,
      stated: firstNumber(written, style)?.value ?? NaN,
    };
  });
}

/** A figure seen in one place of the speech. */
export interface PlacedSighting extends Sighting {
  figure: Figure;
  at: Place;
}

/**
 * Every place every figure of the speech stands, in the order of the figures, then of the text.
 * Where two figures share their words ("17 countries" and "25 countries"), a place belongs to
 * the one whose own number it states, so stating another number on purpose is declaring it.
 */
export function figureSightings(speech: Pick<Speech, 'points' | 'note' | 'event'>): PlacedSighting[] {
  const style = numberStyle(speech.event.language);
  const places = placesOf(speech);
  const all = (speech.note?.figures ?? []).flatMap((figure) =>
    places.flatMap((at) => sightings(at.text, figure.phrase, style).map((s) => ({ ...s, figure, at }))),
  );
  const own = (s: PlacedSighting) => s.stated === firstNumber(s.figure.phrase, style)?.value;
  return all.filter(
    (s) => own(s) || !all.some((other) => other.figure !== s.figure && other.at === s.at && other.start === s.start && own(other)),
  );
}

/** How many rows a counted figure counts: those of its outcome, or all of them. */
export function rowsCounted(counts: string, note: Pick<Note, 'results'>): number {
  return counts === ALL_ROWS ? note.results.length : note.results.filter((r) => r.outcome === counts).length;
}

/** What a counted figure states in one place against the rows it counts. */
export interface FigureAgreement {
  stated: number;
  listed: number;
  agrees: boolean;
}

/** Compares a number stated for a counted figure with the rows it counts; undefined for a plain figure. */
export function figureAgreement(
  stated: number,
  figure: Pick<Figure, 'counts'>,
  note: Pick<Note, 'results'>,
): FigureAgreement | undefined {
  if (figure.counts === undefined) return undefined;
  const listed = rowsCounted(figure.counts, note);
  return { stated, listed, agrees: stated === listed };
}

/** Runs already found, by note, then by language and text: the podium marks the same texts on every key. */
const marked = new WeakMap<Note, Map<string, readonly TextRun[]>>();

/** Splits a text into runs, placing each footnote mark right after the number of its figure, wherever it stands. */
export function markFigures(text: string, note: Note | undefined, language: string): readonly TextRun[] {
  if (!note || note.figures.length === 0) return text === '' ? [] : [{ text }];
  const byText = marked.get(note) ?? new Map<string, readonly TextRun[]>();
  marked.set(note, byText);
  const key = `${language}\u0000${text}`;
  const known = byText.get(key);
  if (known) return known;
  const runs = findMarks(text, note, language);
  byText.set(key, runs);
  return runs;
}

/** The runs of a text with its footnote marks, found afresh. */
function findMarks(text: string, note: Note, language: string): TextRun[] {
  const style = numberStyle(language);
  const marks = new Map<number, { mark: string; footnote: string }>();
  for (const figure of note?.figures ?? []) {
    const footnote = note?.footnotes.find((f) => f.id === figure.footnote);
    if (!footnote) continue;
    const own = firstNumber(figure.phrase, style)?.value;
    // Only where the figure states its own number: a different one is another figure, or an error the check reports.
    for (const sighting of sightings(text, figure.phrase, style).filter((s) => s.stated === own)) {
      if (!marks.has(sighting.numberEnd)) marks.set(sighting.numberEnd, { mark: footnote.mark, footnote: footnote.text });
    }
  }
  const placed: PlacedMark[] = [...marks].sort(([a], [b]) => a - b).map(([at, { mark, footnote }]) => ({ at, mark, footnote }));
  return runsOf(text, placed);
}

/** The footnote marks of a text, where each goes: what the build hands the page for each text it shows. */
export function marksIn(text: string, note: Note | undefined, language: string): PlacedMark[] {
  return marksOfRuns(markFigures(text, note, language));
}

/** The footnotes whose marks a text carries, once each, in the order they appear. */
export function footnotesIn(text: string, note: Note | undefined, language: string): { mark: string; text: string }[] {
  return footnotesOf(marksIn(text, note, language));
}

/** The label of an outcome as the note declares it (its id if undeclared). */
export function outcomeLabel(note: Pick<Note, 'outcomes'>, id: string): string {
  return note.outcomes.find((o) => o.id === id)?.label ?? id;
}

/** The rows of the results table grouped by outcome, in the order the outcomes are declared. */
export function resultsByOutcome(note: Pick<Note, 'outcomes' | 'results'>): { outcome: Outcome; results: CountryResult[] }[] {
  return note.outcomes
    .map((outcome) => ({ outcome, results: note.results.filter((r) => r.outcome === outcome.id) }))
    .filter((group) => group.results.length > 0);
}

/** The rows of the results table as shown: in the file's order, or grouped by outcome when the note says so. */
export function resultRows(note: Pick<Note, 'outcomes' | 'results' | 'groupResults'>): CountryResult[] {
  return note.groupResults ? resultsByOutcome(note).flatMap((group) => group.results) : note.results;
}

/** How many rows have each declared outcome, and in all: the totals under the table. */
export function outcomeTotals(note: Pick<Note, 'outcomes' | 'results'>) {
  const byOutcome = note.outcomes.map((outcome) => ({
    outcome,
    count: note.results.filter((r) => r.outcome === outcome.id).length,
  }));
  return { byOutcome, total: note.results.length };
}
