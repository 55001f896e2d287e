// Fits its content to the space it is given: the largest font size at which the whole
// content shows without scrolling or clipping, measured again whenever the box resizes, and
// never below the legible floor: what does not fit at the floor scrolls, never shrinks or
// clips (the podium splits such a point over several screens; see useSplitPlan).
// Copies kept out of sight fit the screens either side ahead of time, so that a move shows text
// already laid out at a size already found.
import { useEffect, useLayoutEffect, useRef, type HTMLAttributes, type ReactNode } from 'react';
import { fitTrial, guessSize, largestFitting, legibleFloor, LINES_AT_MOST_SIZE } from '../../model/deck/fit.ts';

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

/** A box's inner size, as the last fit in it measured it. */
interface BoxSize {
  width: number;
  height: number;
}

/**
 * Fits `content` into `box`, trying a size found before first, then applies the speaker's
 * `scale`; returns nothing when the box has no size. With the box's `size` as last measured,
 * a size found before costs one layout: the box is not measured again before the text is (were
 * it to have changed size, its ResizeObserver fits again before the frame is painted).
 */
function fit(box: HTMLElement, content: HTMLElement, fitKey: string, scale = 1, size: BoxSize = measure(box), shown = true): BoxSize {
  const start = performance.now();
  const { width, height } = size;
  if (width === 0 || height === 0) return size;
  const key = `${fitKey}@${width}x${height}`;
  const known = fitted.get(key);
  const floor = legibleFloor(window.innerHeight);
  const largest = Math.max(floor, Math.floor(height / LINES_AT_MOST_SIZE));
  const check = fitTrial(content, height);
  let found = known;
  if (found === undefined || !check.fits(found)) {
    const search = fitTrial(content, height);
    found = largestFitting(search.fits, floor, largest, search.estimate, guessSize(content.textContent?.length ?? 0, width, height));
  }
  const overflowing = found === floor && !check.fits(floor);
  content.style.fontSize = `${Math.round(found * scale)}px`;
  if (overflowing) box.dataset.overflowing = '';
  else delete box.dataset.overflowing;
  fitted.set(key, found);
  // One user-timing entry, the latest fit of the screen shown, so the benchmark can read what
  // fitting costs on a key's path.
  if (shown) {
    performance.clearMeasures?.(FIT_MEASURE);
    performance.measure?.(FIT_MEASURE, { start, end: performance.now() });
  }
  return size;
}

function measure(box: HTMLElement): BoxSize {
  return { width: box.clientWidth, height: box.clientHeight };
}

/** Sizes the content's font to the largest that fits the box. */
export function FitToBox({ fitKey, ahead = false, scale = 1, children, ...rest }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  /** The box's size at the last fit, and what was fitted: the resize observer's to read. */
  const last = useRef<{ size?: BoxSize; fitKey: string; scale: number }>({ fitKey, scale });
  const hidden = useRef(ahead);
  useLayoutEffect(() => {
    hidden.current = ahead;
  }, [ahead]);

  // Shown: fit before the browser paints, in the box as last measured.
  useLayoutEffect(() => {
    const boxEl = box.current;
    const contentEl = content.current;
    if (ahead || !boxEl || !contentEl) return;
    // A copy fitted out of sight in this box at this scale is shown as it stands: were the box to
    // have changed size since, its ResizeObserver fits it again before the frame is painted.
    if (last.current.size && last.current.fitKey === fitKey && last.current.scale === scale) {
      performance.clearMeasures?.(FIT_MEASURE);
      return;
    }
    last.current = { fitKey, scale, size: fit(boxEl, contentEl, fitKey, scale, last.current.size) };
  }, [fitKey, ahead, scale]);

  // Out of sight: fit once the shown screen is painted, off the key's path.
  useEffect(() => {
    const boxEl = box.current;
    const contentEl = content.current;
    // A copy that was on screen a moment ago keeps the size it was shown at.
    if (!ahead || !boxEl || !contentEl || last.current.size) return;
    const timer = setTimeout(() => (last.current = { fitKey, scale: 1, size: fit(boxEl, contentEl, fitKey, 1, measure(boxEl), false) }), 50);
    return () => clearTimeout(timer);
  }, [fitKey, ahead]);

  // And again whenever the box changes size: one observer for the box's life.
  useLayoutEffect(() => {
    const boxEl = box.current;
    const contentEl = content.current;
    if (!boxEl || !contentEl || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const { fitKey, scale, size } = last.current;
      const now = measure(boxEl);
      if (!size || (now.width === size.width && now.height === size.height)) return;
      last.current = { fitKey, scale, size: fit(boxEl, contentEl, fitKey, scale, now, !hidden.current) };
    });
    observer.observe(boxEl);
    return () => observer.disconnect();
  }, []);

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
