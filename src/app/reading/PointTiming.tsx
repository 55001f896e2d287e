// A point's words and estimated time at each pace, with a bar against the longest point.
import { PACES, type PointTiming as Timing } from '../../model/timing/pace.ts';
import { formatDuration } from '../../model/timing/words.ts';

/** Shows how long a point takes to say; the longest points are flagged. */
export function PointTiming({ timing, maxWords }: { timing: Timing; maxWords: number }) {
  return (
    <p className={timing.longest ? 'point-timing longest' : 'point-timing'}>
      <span className="timing-bar" aria-hidden="true">
        <span style={{ width: `${maxWords > 0 ? (timing.words / maxWords) * 100 : 0}%` }} />
      </span>
      {timing.longest && <strong className="longest-badge">Longest </strong>}
      {timing.words} words · {PACES.map((pace) => `${formatDuration(timing.seconds[pace])} at ${pace}`).join(' · ')} wpm
    </p>
  );
}
