// How many podium screens a point will take, estimated without a browser, for the check's
// warnings: the stage's box at a screen size (the presenter's margins, footer and caveat
// line), the legible floor, and an average glyph width. The podium measures for real and
// splits at sentence ends; the estimate tells the press office in advance where it will.
import type { Note } from '../../src/model/speech/speech.ts';
import { legibleFloor } from '../../src/model/deck/fit.ts';
import { splitRows } from '../../src/model/deck/split.ts';

/** A podium screen size, in CSS pixels. */
export interface ScreenSize {
  width: number;
  height: number;
}

/** The sizes the check warns for: a full HD podium screen and an older projector. */
export const PODIUM_SIZES: readonly ScreenSize[] = [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
];

/** An average glyph's width in a speech's text, as a share of the font size (DejaVu Sans, measured: about 0.55). */
const GLYPH_WIDTH = 0.55;
/** The line height of a point. */
const LINE_HEIGHT = 1.3;

/** The box a screen's content is fitted in on a screen of `size`, in CSS pixels. */
function stageBox(size: ScreenSize): ScreenSize {
  const vh = size.height / 100;
  // The stage: 5vw each side; 4vh above and 2vh below; the footer (two lines and its padding) and a caveat line.
  const footerFont = Math.min(28, Math.max(14, 2.2 * vh));
  return { width: size.width * 0.9, height: size.height - 6 * vh - (2 * footerFont * 1.35 + 4 * vh) - (2.4 * vh * LINE_HEIGHT + 1.2 * vh) };
}

/** The screens a text takes at the legible floor on a screen of `size`; 1 when it fits. */
export function estimatedScreens(text: string, size: ScreenSize): number {
  const floor = legibleFloor(size.height);
  const { width, height } = stageBox(size);
  const perLine = width / (floor * GLYPH_WIDTH);
  // Lines broken between words waste a little of each line.
  const lines = Math.ceil((text.length / perLine) * 1.08);
  const perScreen = Math.max(1, Math.floor((height * 0.9) / (floor * LINE_HEIGHT)));
  return Math.max(1, Math.ceil(lines / perScreen));
}

/** The note's sizes on the podium, as shares of the screen's font (src/app/styles.css): the table, its line height, the footnotes. */
const NOTE_TABLE = 0.62;
const NOTE_LINE_HEIGHT = 1.25;
const NOTE_FOOTNOTES = 0.7;

/**
 * The screens the note takes at the legible floor on a screen of `size`, its table split between
 * its rows as the podium splits it (intro on the first, total and footnotes on the last); 1 when
 * it fits.
 */
export function estimatedNoteScreens(note: Note, size: ScreenSize): number {
  const floor = legibleFloor(size.height);
  const { width, height } = stageBox(size);
  const room = height * 0.9;
  /** The height of `chars` characters at `font` in a column `wide` pixels across. */
  const block = (chars: number, font: number, wide: number) =>
    Math.max(1, Math.ceil(((chars * font * GLYPH_WIDTH) / wide) * 1.08)) * font * NOTE_LINE_HEIGHT;
  const table = floor * NOTE_TABLE;
  // The name and outcome columns are as wide as their longest entry; the remark takes what they leave.
  const column = (lengths: readonly number[]) => (Math.max(8, ...lengths) * GLYPH_WIDTH + 0.6) * table;
  const names = Math.min(width / 3, column(note.results.map((row) => row.country.length)));
  const outcomes = Math.min(width / 4, column(note.outcomes.map((outcome) => outcome.label.length)));
  const remarks = Math.max(width / 3, width - names - outcomes);
  const rows = note.results.map((row) => Math.max(block(row.country.length, table, names), block(row.remark?.length ?? 0, table, remarks)));
  const title = block(note.title.length, floor * 1.1, width);
  const intro = note.intro === undefined ? 0 : block(note.intro.length, floor, width);
  // The caption and the column headings, over each part; the total and the footnotes under the last.
  const head = 2 * table * NOTE_LINE_HEIGHT;
  const end = table * NOTE_LINE_HEIGHT * 1.5 + note.footnotes.reduce((sum, f) => sum + block(f.text.length + 2, floor * NOTE_FOOTNOTES, width), 0);
  const fits = (from: number, to: number) =>
    title + (from === 0 ? intro : 0) + head + rows.slice(from, to).reduce((sum, h) => sum + h, 0) + (to === rows.length ? end : 0) <= room;
  return splitRows(rows.length, fits).length + 1;
}
