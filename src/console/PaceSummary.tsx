// How the speech is going for time: what is left at the rate in use, how that stands
// against the target, and the speaker's real rate measured in this run.
import { describePace, type MeasuredRate, type PacingSummary } from '../timing/pacing.ts';
import { formatDuration } from '../timing/words.ts';

/** The rate the estimates use and where it comes from. */
export interface RateInUse {
  wordsPerMinute: number;
  source: 'this run' | 'rehearsal' | 'event';
}

interface Props {
  summary: PacingSummary;
  targetMinutes: number | undefined;
  rate: RateInUse;
  measured: MeasuredRate | null;
  onForgetRehearsal: (() => void) | null;
}

/** Shows time left, pace against the target and the measured rate. */
export function PaceSummary({ summary, targetMinutes, rate, measured, onForgetRehearsal }: Props) {
  return (
    <section className="panel pace-summary" aria-labelledby="pace-title">
      <h2 id="pace-title">Pace</h2>
      <dl>
        <dt>Time left</dt>
        <dd>
          about {formatDuration(summary.leftSeconds)} at {rate.wordsPerMinute} words per minute ({rate.source} rate)
        </dd>
        <dt>Target</dt>
        <dd>
          {targetMinutes === undefined ? (
            'none set (targetMinutes in event.yaml)'
          ) : (
            <>
              {formatDuration(targetMinutes * 60)}
              {summary.pace && (
                <>
                  {' · '}
                  <span className={`pace pace-${summary.pace.kind}`}>{describePace(summary.pace)}</span>
                </>
              )}
            </>
          )}
        </dd>
        <dt>Real rate</dt>
        <dd>
          {measured
            ? `${measured.wordsPerMinute} words per minute over ${measured.points} points this run`
            : 'measured once a few points are read with the timer running'}
        </dd>
      </dl>
      {onForgetRehearsal && (
        <button type="button" className="link-button" onClick={onForgetRehearsal}>
          Forget the rehearsal rate
        </button>
      )}
    </section>
  );
}
