// A point of the approved copy that is no longer in the speech, shown struck through where it stood.
import type { RemovedPoint as Removed } from '../../model/review/changed.ts';

/** Shows a removed point with its old number. */
export function RemovedPoint({ point }: { point: Removed }) {
  return (
    <li className="reading-point removed-point">
      <span className="point-number">–</span>
      <p className="point-text">
        <span className="change-label">Removed (was point {point.was}):</span> <del>{point.text}</del>
      </p>
    </li>
  );
}
