// Fits its content to the space it is given: the largest font size at which the whole
// content shows without scrolling or clipping, measured again whenever the box resizes.
// A copy can fit the next screen ahead of time, out of sight, so that moving on costs one
// layout instead of a search.
import { useEffect, useLayoutEffect, useRef, type HTMLAttributes, type ReactNode } from 'react';
import { largestFitting } from '../deck/fit.ts';

interface Props extends HTMLAttributes<HTMLDivElement> {
  /** Names the content; a change fits it again. */
  fitKey: string;
  /** Fit out of sight and after paint, only to have the size ready for when it is shown. */
  ahead?: boolean;
  children: ReactNode;
}

const MIN_SIZE = 12;
/** A short point should not shout: the font never exceeds a seventh of the box's height. */
const LINES_AT_MOST_SIZE = 7;
/** The name of the user-timing entry each fit records. */
export const FIT_MEASURE = 'lectern:fit';

/** Sizes already found, by content and box size. */
const fitted = new Map<string, number>();

/** Fits `content` into `box`, trying a size found before first; returns nothing when the box has no size. */
function fit(box: HTMLElement, content: HTMLElement, fitKey: string) {
  const start = performance.now();
  const { clientWidth: width, clientHeight: height } = box;
  if (width === 0 || height === 0) return;
  const fits = (size: number) => {
    content.style.fontSize = `${size}px`;
    return content.scrollHeight <= height && content.scrollWidth <= content.clientWidth;
  };
  const key = `${fitKey}@${width}x${height}`;
  const known = fitted.get(key);
  const size =
    known !== undefined && fits(known)
      ? known
      : largestFitting(fits, MIN_SIZE, Math.max(MIN_SIZE, height / LINES_AT_MOST_SIZE));
  content.style.fontSize = `${size}px`;
  fitted.set(key, size);
  // One user-timing entry, the latest, so the benchmark can read what fitting costs.
  performance.clearMeasures?.(FIT_MEASURE);
  performance.measure?.(FIT_MEASURE, { start, end: performance.now() });
}

/** Sizes the content's font to the largest that fits the box. */
export function FitToBox({ fitKey, ahead = false, children, ...rest }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);

  // Shown: fit before the browser paints, and again on every resize.
  useLayoutEffect(() => {
    const boxEl = box.current;
    const contentEl = content.current;
    if (ahead || !boxEl || !contentEl) return;
    fit(boxEl, contentEl, fitKey);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => fit(boxEl, contentEl, fitKey));
    observer.observe(boxEl);
    return () => observer.disconnect();
  }, [fitKey, ahead]);

  // Ahead: fit once the current screen is painted, off the key's path.
  useEffect(() => {
    const boxEl = box.current;
    const contentEl = content.current;
    if (!ahead || !boxEl || !contentEl) return;
    const timer = setTimeout(() => fit(boxEl, contentEl, fitKey), 50);
    return () => clearTimeout(timer);
  }, [fitKey, ahead]);

  return (
    <div ref={box} className={ahead ? 'fit-box fit-ahead' : 'fit-box'} aria-hidden={ahead || undefined}>
      <div ref={content} {...rest}>
        {children}
      </div>
    </div>
  );
}
