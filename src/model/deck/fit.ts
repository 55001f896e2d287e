// The largest font size at which a block still fits its box: the first try goes where the text's
// length says, each try measures the block, and an estimate from what it measured says where to
// try next, so a point is laid out two to four times, not once per pixel; a binary search
// finishes what the estimates leave.

/** How many tries follow the estimate before a plain binary search takes over. */
const ESTIMATED_TRIES = 3;

/**
 * Finds the largest whole size in [min, max] for which `fits` holds; `min` if none does.
 * `first` is tried first (`max` when not given); after that, `estimate` (asked after each try, so
 * it can use what that try measured) names the size expected to fill the box, and the next try
 * goes there, inside what is already known. The answer is the same whatever `first` and the
 * estimates say: they only decide how many tries it takes.
 */
export function largestFitting(
  fits: (size: number) => boolean,
  min: number,
  max: number,
  estimate?: () => number,
  first: number = max,
): number {
  // Invariant: `low` fits (or is the floor); `over` does not fit (or is past the largest allowed).
  let low = Math.ceil(min);
  let over = Math.floor(max) + 1;
  if (over - 1 <= low) return Math.max(low, over - 1);
  const start = Number.isFinite(first) ? Math.min(over - 1, Math.max(low + 1, Math.round(first))) : over - 1;
  if (fits(start)) low = start;
  else over = start;
  for (let tries = 0; estimate && tries < ESTIMATED_TRIES && over - low > 1; tries++) {
    const expected = estimate();
    if (!Number.isFinite(expected)) break;
    const size = Math.min(over - 1, Math.max(low + 1, Math.round(expected)));
    if (fits(size)) low = size;
    else over = size;
  }
  while (over - low > 1) {
    const middle = Math.floor((low + over) / 2);
    if (fits(middle)) low = middle;
    else over = middle;
  }
  return low;
}

/**
 * How much of its box a point's text takes: the box's area over (characters × size²), as
 * measured on the podium's points at three screen sizes (0.70 to 0.88).
 */
const FILL = 0.78;

/** The size at which `chars` characters of text about fill a box `width` by `height`: where a search starts. */
export function guessSize(chars: number, width: number, height: number): number {
  return Math.sqrt((width * height) / (Math.max(1, chars) * FILL));
}

/**
 * Where text that measured `measured` high at `size`, on the search's `tries`-th try, would fill
 * `height`. After the first try (a guess, or the largest size: maybe far off), by area: text laid
 * out in a fixed width takes an area that grows with the square of its size. After that, near the
 * answer, the lines stay as many, so the height goes with the size.
 */
function fillingSize(size: number, measured: number, height: number, tries: number): number {
  return tries <= 1 ? size * Math.sqrt(height / measured) : Math.floor((size * height) / measured);
}

/** What a search needs of an element: its font size to set, and the extent of its content. */
export interface SizedBlock {
  style: { fontSize: string };
  readonly scrollHeight: number;
  readonly scrollWidth: number;
  readonly clientWidth: number;
}

/** The tries of one search: each sets a size on the block and says whether it then shows whole. */
export interface FitTrial {
  fits: (size: number) => boolean;
  /** The size the tries so far say fills the box, for `largestFitting`. */
  estimate: () => number;
}

/**
 * Tries font sizes on `content` in a box `height` high: a size fits when the content takes no more
 * than the height and no more than its own width. The presenter and the first paint fit with it.
 */
export function fitTrial(content: SizedBlock, height: number): FitTrial {
  let tries = 0;
  let tried = 0;
  let measured = 0;
  return {
    fits: (size) => {
      content.style.fontSize = `${size}px`;
      tries += 1;
      tried = size;
      measured = content.scrollHeight;
      return measured <= height && content.scrollWidth <= content.clientWidth;
    },
    estimate: () => fillingSize(tried, measured, height, tries),
  };
}

/** A short point should not shout: the font never exceeds a seventh of the box's height. */
export const LINES_AT_MOST_SIZE = 7;

/** The legible floor at 1920x1080, in CSS pixels: no point is shown smaller at that height. */
export const FLOOR_AT_1080 = 36;

/**
 * The smallest font size a point is shown at on a screen `height` pixels high: 36px at 1080,
 * in proportion on others, and never under 14px. A point that would need less is split over
 * several screens instead (src/model/deck/split.ts).
 */
export function legibleFloor(height: number): number {
  return Math.max(14, Math.round((FLOOR_AT_1080 * height) / 1080));
}
