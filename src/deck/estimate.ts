// How many podium screens a point will take, estimated without a browser, for the check's
// warnings: the stage's box at a screen size (the presenter's margins, footer and caveat
// line), the legible floor, and an average glyph width. The podium measures for real and
// splits at sentence ends; the estimate tells the press office in advance where it will.
import { legibleFloor } from './fit.ts';

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

/** The screens a text takes at the legible floor on a screen of `size`; 1 when it fits. */
export function estimatedScreens(text: string, size: ScreenSize): number {
  const floor = legibleFloor(size.height);
  const vh = size.height / 100;
  // The stage: 5vw each side; 4vh above and 2vh below; the footer (two lines and its padding) and a caveat line.
  const footerFont = Math.min(28, Math.max(14, 2.2 * vh));
  const width = size.width * 0.9;
  const height = size.height - 6 * vh - (2 * footerFont * 1.35 + 4 * vh) - (2.4 * vh * LINE_HEIGHT + 1.2 * vh);
  const perLine = width / (floor * GLYPH_WIDTH);
  // Lines broken between words waste a little of each line.
  const lines = Math.ceil((text.length / perLine) * 1.08);
  const perScreen = Math.max(1, Math.floor((height * 0.9) / (floor * LINE_HEIGHT)));
  return Math.max(1, Math.ceil(lines / perScreen));
}
