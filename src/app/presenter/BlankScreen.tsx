// The black or white screen that hides the text (B and W), over everything, the place kept
// underneath.
import type { Display } from '../../model/live/live.ts';

/** Covers the podium screen in black or white. */
export function BlankScreen({ display }: { display: Exclude<Display, 'text'> }) {
  return (
    <div className={`blank blank-${display}`} data-testid="blank" data-display={display}>
      <span className="visually-hidden">
        {display === 'black' ? 'Black screen: press B to show the text' : 'White screen: press W to show the text'}
      </span>
    </div>
  );
}
