// The largest font size at which a block still fits its box: a binary search, so a
// point is laid out a handful of times, not once per pixel.

/** Finds the largest size in [min, max], to within `step`, for which `fits` holds; `min` if none. */
export function largestFitting(fits: (size: number) => boolean, min: number, max: number, step = 1): number {
  if (fits(max)) return max;
  let low = min;
  let high = max;
  while (high - low > step) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return Math.floor(low);
}
