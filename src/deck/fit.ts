// The largest font size at which a block still fits its box: a binary search over whole
// pixels, so a point is laid out a handful of times, not once per pixel. A good guess
// narrows the search to a few pixels around it.

/** How far either side of a guess the search first looks, as a fraction of the guess. */
const GUESS_WINDOW = 0.06;

/**
 * Finds the largest whole size in [min, max] for which `fits` holds; `min` if none does.
 * `max` is tried first; when it does not fit, `guess` (asked only then, so it can use what that
 * try measured) names a size whose neighbours are tried next. The answer is the same either way.
 */
export function largestFitting(
  fits: (size: number) => boolean,
  min: number,
  max: number,
  guess?: () => number,
): number {
  let low = Math.ceil(min);
  let high = Math.floor(max);
  if (high <= low || fits(high)) return Math.max(low, high);
  // Invariant from here: `low` is assumed to fit (or is the floor), `high` does not fit.
  const guessed = guess?.();
  if (guessed !== undefined && Number.isFinite(guessed)) {
    const near = Math.min(high - 1, Math.max(low + 1, Math.round(guessed)));
    if (near > low && near < high) {
      if (fits(near)) {
        low = near;
        const above = Math.min(high - 1, Math.ceil(near * (1 + GUESS_WINDOW)));
        if (above > low) {
          if (fits(above)) low = above;
          else high = above;
        }
      } else {
        high = near;
        const below = Math.max(low + 1, Math.floor(near * (1 - GUESS_WINDOW)));
        if (below < high) {
          if (fits(below)) low = below;
          else high = below;
        }
      }
    }
  }
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return low;
}

/** The legible floor at 1920x1080, in CSS pixels: no point is shown smaller at that height. */
export const FLOOR_AT_1080 = 36;

/**
 * The smallest font size a point is shown at on a screen `height` pixels high: 36px at 1080,
 * in proportion on others, and never under 14px. A point that would need less is split over
 * several screens instead (src/deck/split.ts).
 */
export function legibleFloor(height: number): number {
  return Math.max(14, Math.round((FLOOR_AT_1080 * height) / 1080));
}
