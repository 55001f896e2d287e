// The time at a glance: the wall clock, the elapsed timer, the estimated time left and,
// when the event sets a target, a calm word on how the speaker stands against it. The one
// part of the podium that follows the clock: nothing else renders when the second changes.
import { useNow, useSessionState, useShown } from '../app/context.tsx';
import { describePace, formatClock, pacing, rateInUse } from '../timing/pacing.ts';
import { elapsedMs } from '../timing/run.ts';
import { formatDuration } from '../timing/words.ts';
import { indexOf } from '../session/live.ts';

/** Shows clock, elapsed time, time left and pace on one line. */
export function TimeStrip() {
  const now = useNow();
  const { speech, deck } = useShown();
  const live = useSessionState((s) => s.live);
  const resumed = live.resumed;
  const rate = rateInUse(deck.words, live, speech.event.wordsPerMinute);
  const summary = pacing(deck.words, indexOf(live, deck), elapsedMs(live.run.timer, now), rate.wordsPerMinute, speech.event.targetMinutes);
  const running = live.run.timer.status === 'running';
  return (
    <div className="time-strip" role="group" aria-label="Time">
      <span className="clock" title="Time of day">
        {formatClock(new Date(now))}
      </span>
      <span className={running ? 'elapsed' : 'elapsed stopped'} data-testid="elapsed" title={resumed ? 'Elapsed, in a run left running and resumed' : 'Elapsed'}>
        {formatDuration(summary.elapsedSeconds)}
        {resumed && <span className="resumed"> resumed</span>}
      </span>
      <span className="left" title="Estimated time left at the speaking rate">
        {formatDuration(summary.leftSeconds)} left
      </span>
      {summary.verdict && (
        <span className={`pace pace-${summary.verdict.kind}`} data-testid="pace">
          {describePace(summary.verdict)}
        </span>
      )}
    </div>
  );
}
