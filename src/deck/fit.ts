// The largest font size at which a block still fits its box: a binary search over whole
// pixels, so a point is laid out a handful of times, not once per pixel.

/** Finds the largest whole size in [min, max] for which `fits` holds; `min` if none does. */
export function largestFitting(fits: (size: number) => boolean, min: number, max: number): number {
  let low = Math.ceil(min);
  let high = Math.floor(max);
  if (high <= low || fits(high)) return Math.max(low, high);
  // Invariant: sizes up to `low` are assumed to fit, `high` does not.
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return low;
}
