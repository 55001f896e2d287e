// Fits its content to the space it is given: the largest font size at which the whole
// content shows without scrolling or clipping, measured again whenever the box resizes, and
// never below the legible floor: what does not fit at the floor scrolls, never shrinks or
// clips (the podium splits such a point over several screens; see useSplitPlan).
// A copy can fit the next screen ahead of time, out of sight, so that moving on costs one
// layout instead of a search.
import { useEffect, useLayoutEffect, useRef, type HTMLAttributes, type ReactNode } from 'react';
import { fitTrial, largestFitting, legibleFloor, LINES_AT_MOST_SIZE } from '../deck/fit.ts';

interface Props extends HTMLAttributes<HTMLDivElement> {
  /** Names the content; a change fits it again. */
  fitKey: string;
  /** Fit out of sight and after paint, only to have the size ready for when it is shown. */
  ahead?: boolean;
  /** A factor on the fitted size, chosen by the speaker (+ and -); 1 shows the fitted size. */
  scale?: number;
  children: ReactNode;
}

/** The name of the user-timing entry each fit records. */
export const FIT_MEASURE = 'lectern:fit';

/** Sizes already found, by content and box size. */
const fitted = new Map<string, number>();

/**
 * Fits `content` into `box`, trying a size found before first, then applies the speaker's
 * `scale`; returns nothing when the box has no size.
 */
function fit(box: HTMLElement, content: HTMLElement, fitKey: string, scale = 1) {
  const start = performance.now();
  const { clientWidth: width, clientHeight: height } = box;
  if (width === 0 || height === 0) return;
  const key = `${fitKey}@${width}x${height}`;
  const known = fitted.get(key);
  const floor = legibleFloor(window.innerHeight);
  const largest = Math.max(floor, Math.floor(height / LINES_AT_MOST_SIZE));
  const check = fitTrial(content, height);
  let size = known;
  if (size === undefined || !check.fits(size)) {
    const search = fitTrial(content, height);
    size = largestFitting(search.fits, floor, largest, search.estimate);
  }
  const overflowing = size === floor && !check.fits(floor);
  content.style.fontSize = `${Math.round(size * scale)}px`;
  if (overflowing) box.dataset.overflowing = '';
  else delete box.dataset.overflowing;
  fitted.set(key, size);
  // One user-timing entry, the latest, so the benchmark can read what fitting costs.
  performance.clearMeasures?.(FIT_MEASURE);
  performance.measure?.(FIT_MEASURE, { start, end: performance.now() });
}

/** Sizes the content's font to the largest that fits the box. */
export function FitToBox({ fitKey, ahead = false, scale = 1, children, ...rest }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);

  // Shown: fit before the browser paints, and again on every resize.
  useLayoutEffect(() => {
    const boxEl = box.current;
    const contentEl = content.current;
    if (ahead || !boxEl || !contentEl) return;
    fit(boxEl, contentEl, fitKey, scale);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => fit(boxEl, contentEl, fitKey, scale));
    observer.observe(boxEl);
    return () => observer.disconnect();
  }, [fitKey, ahead, scale]);

  // Ahead: fit once the current screen is painted, off the key's path.
  useEffect(() => {
    const boxEl = box.current;
    const contentEl = content.current;
    if (!ahead || !boxEl || !contentEl) return;
    const timer = setTimeout(() => fit(boxEl, contentEl, fitKey), 50);
    return () => clearTimeout(timer);
  }, [fitKey, ahead]);

  return (
    <div
      ref={box}
      className={ahead ? 'fit-box fit-ahead' : scale > 1 ? 'fit-box enlarged' : 'fit-box'}
      aria-hidden={ahead || undefined}
    >
      <div ref={content} {...rest}>
        {children}
      </div>
    </div>
  );
}
