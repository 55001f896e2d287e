// Figures: numbers in the text that the country results must back, and where their
// footnote marks go. Pure and free of the schemas, so the app can use it too.
import { OUTCOMES, type Outcome } from './outcomes.ts';
import type { Figure, Note } from './speech.ts';

/** The place name that stands for the note's intro in a figure's "in" list. */
export const NOTE_PLACE = 'note';

/** The number a figure's phrase states, such as 17 in "17 countries". */
export function figureNumber(phrase: string): number {
  const match = /\d[\d,]*/.exec(phrase);
  return match ? Number(match[0].replace(/,/g, '')) : NaN;
}

/** What a figure states against what the list of results holds. */
export interface FigureAgreement {
  stated: number;
  listed: number;
  agrees: boolean;
}

/** Compares a figure's number with the count of countries listed with its outcome. */
export function figureAgreement(figure: Pick<Figure, 'phrase' | 'counts'>, note: Pick<Note, 'results'>): FigureAgreement {
  const stated = figureNumber(figure.phrase);
  const listed = note.results.filter((r) => r.outcome === figure.counts).length;
  return { stated, listed, agrees: stated === listed };
}

/** Where a phrase stands in a text as whole words, or -1. */
export function findPhrase(text: string, phrase: string): number {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').exec(text);
  return match ? match.index : -1;
}

/** A run of text: plain, or a footnote mark placed after a figure's number. */
export type Run = { text: string; mark?: undefined } | { text: string; mark: string; footnote: string };

/** Splits a text into runs, placing each footnote mark right after the number of its figure. */
export function markFigures(text: string, place: string, note: Note): Run[] {
  const marks: { at: number; mark: string; footnote: string }[] = [];
  for (const figure of note.figures) {
    const footnote = note.footnotes.find((f) => f.id === figure.footnote);
    if (!footnote || !figure.in.includes(place)) continue;
    const start = findPhrase(text, figure.phrase);
    const number = /\d[\d,]*/.exec(figure.phrase);
    if (start < 0 || !number) continue;
    marks.push({ at: start + number.index + number[0].length, mark: footnote.mark, footnote: footnote.text });
  }
  marks.sort((a, b) => a.at - b.at);
  const runs: Run[] = [];
  let from = 0;
  for (const { at, mark, footnote } of marks) {
    runs.push({ text: text.slice(from, at) }, { text: '', mark, footnote });
    from = at;
  }
  runs.push({ text: text.slice(from) });
  return runs.filter((run) => run.text !== '' || run.mark !== undefined);
}

/** The footnotes whose marks a text carries, once each, in the order they appear. */
export function footnotesIn(text: string, place: string, note: Note): { mark: string; text: string }[] {
  const seen = new Map<string, { mark: string; text: string }>();
  for (const run of markFigures(text, place, note)) {
    if (run.mark !== undefined && !seen.has(run.mark)) seen.set(run.mark, { mark: run.mark, text: run.footnote });
  }
  return [...seen.values()];
}

/** The countries of the note grouped by outcome, in the order the outcomes are listed. */
export function resultsByOutcome(note: Note, outcomes: readonly Outcome[] = OUTCOMES) {
  return outcomes
    .map((outcome) => ({ outcome, results: note.results.filter((r) => r.outcome === outcome) }))
    .filter((group) => group.results.length > 0);
}

/** How many countries reported each outcome, and in all: the totals under the country table. */
export function outcomeTotals(note: Pick<Note, 'results'>, outcomes: readonly Outcome[] = OUTCOMES) {
  const byOutcome = outcomes.map((outcome) => ({
    outcome,
    count: note.results.filter((r) => r.outcome === outcome).length,
  }));
  return { byOutcome, total: note.results.length };
}
