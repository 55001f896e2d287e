// Fits its content to the space it is given: the largest font size at which the whole
// content shows without scrolling or clipping, measured again whenever the box resizes.
import { useLayoutEffect, useRef, type HTMLAttributes, type ReactNode } from 'react';
import { largestFitting } from '../deck/fit.ts';

interface Props extends HTMLAttributes<HTMLDivElement> {
  /** Changes whenever the content changes, so the size is fitted again. */
  fitKey: string;
  /** A factor on the fitted size, chosen by the speaker (+ and -); 1 shows the fitted size. */
  scale?: number;
  children: ReactNode;
}

const MIN_SIZE = 12;
/** A short point should not shout: the font never exceeds a seventh of the box's height. */
const LINES_AT_MOST_SIZE = 7;

/** Sizes the content's font to the largest that fits the box. */
export function FitToBox({ fitKey, scale = 1, children, ...rest }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const boxEl = box.current;
    const contentEl = content.current;
    if (!boxEl || !contentEl) return;
    const fit = () => {
      const { clientWidth: width, clientHeight: height } = boxEl;
      if (width === 0 || height === 0) return;
      const fits = (size: number) => {
        contentEl.style.fontSize = `${size}px`;
        return contentEl.scrollHeight <= height && contentEl.scrollWidth <= contentEl.clientWidth;
      };
      const size = largestFitting(fits, MIN_SIZE, Math.max(MIN_SIZE, height / LINES_AT_MOST_SIZE));
      contentEl.style.fontSize = `${Math.round(size * scale)}px`;
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(fit);
    observer.observe(boxEl);
    return () => observer.disconnect();
  }, [fitKey, scale]);

  return (
    <div ref={box} className={scale > 1 ? 'fit-box enlarged' : 'fit-box'}>
      <div ref={content} {...rest}>
        {children}
      </div>
    </div>
  );
}
