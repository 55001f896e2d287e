// Footnote marks as the page places them. Where a figure's footnote mark goes is read at build
// time (src/model/speech/figures.ts, with the number words of every language); the page receives
// the marks of each text it shows in the embedded speech, and only places them, so it carries no
// number-reading tables. Pure.
import type { Piece } from '../review/worddiff.ts';

/** A run of text: plain, or a footnote mark placed after a figure's number. */
export type TextRun = { text: string; mark?: undefined } | { text: string; mark: string; footnote: string };

/** One footnote mark of a text: the offset it stands at (right after a figure's number), its mark and its footnote's text. */
export interface PlacedMark {
  at: number;
  mark: string;
  footnote: string;
}

/** The footnote marks of every text of a speech that carries any, by the text as written: computed by the build. */
export type SpeechMarks = Readonly<Record<string, readonly PlacedMark[]>>;

/** The marks of a text split into runs. */
export function marksOfRuns(runs: readonly TextRun[]): PlacedMark[] {
  let at = 0;
  return runs.flatMap((run) => {
    if (run.mark === undefined) {
      at += run.text.length;
      return [];
    }
    return [{ at, mark: run.mark, footnote: run.footnote }];
  });
}

/** A text split into runs at its marks: the plain text between them, and each mark in its place. */
export function runsOf(text: string, marks: readonly PlacedMark[]): TextRun[] {
  const runs: TextRun[] = [];
  let from = 0;
  for (const { at, mark, footnote } of marks) {
    runs.push({ text: text.slice(from, at) }, { text: '', mark, footnote });
    from = at;
  }
  runs.push({ text: text.slice(from) });
  return runs.filter((run) => run.text !== '' || run.mark !== undefined);
}

/** The marks of a part of a text (`length` characters from `from`), counted from the part's start. */
export function marksWithin(marks: readonly PlacedMark[], from: number, length: number): PlacedMark[] {
  return marks.filter(({ at }) => at > from && at <= from + length).map((mark) => ({ ...mark, at: mark.at - from }));
}

/** The footnotes a text's marks point to, once each, in the order they appear. */
export function footnotesOf(marks: readonly PlacedMark[]): { mark: string; text: string }[] {
  const seen = new Map<string, { mark: string; text: string }>();
  for (const { mark, footnote } of marks) if (!seen.has(mark)) seen.set(mark, { mark, text: footnote });
  return [...seen.values()];
}

/** The text a word-level difference reads as now: its kept and added words (what a changed text shows marks in). */
export function textNow(pieces: readonly Piece[]): string {
  return pieces
    .filter((p) => p.kind !== 'del')
    .map((p) => p.text)
    .join('');
}
