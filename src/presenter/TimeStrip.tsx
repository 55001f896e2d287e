// The time at a glance: the wall clock, the elapsed timer, the estimated time left and,
// when the event sets a target, a calm word on how the speaker stands against it.
import { describePace, formatClock, type PacingSummary } from '../timing/pacing.ts';
import { formatDuration } from '../timing/words.ts';
import { useWords } from '../speech/language.ts';

interface Props {
  now: number;
  summary: PacingSummary;
  running: boolean;
}

/** Shows clock, elapsed time, time left and pace on one line. */
export function TimeStrip({ now, summary, running }: Props) {
  const words = useWords();
  return (
    <div className="time-strip" role="group" aria-label={words.time}>
      <span className="clock" title={words.timeOfDay}>
        {formatClock(new Date(now))}
      </span>
      <span className={running ? 'elapsed' : 'elapsed stopped'} data-testid="elapsed" title={words.elapsed}>
        {formatDuration(summary.elapsedSeconds)}
      </span>
      <span className="left" title={words.leftTitle}>
        {words.left(formatDuration(summary.leftSeconds))}
      </span>
      {summary.pace && (
        <span className={`pace pace-${summary.pace.kind}`} data-testid="pace">
          {describePace(summary.pace, words)}
        </span>
      )}
    </div>
  );
}
