// The time at a glance: the wall clock, the elapsed timer, the estimated time left and,
// when the event sets a target, a calm word on how the speaker stands against it. The one
// part of the podium that follows the clock: nothing else renders when the second changes.
import { memo, useDeferredValue } from 'react';
import { useNow, useSessionState, useShown } from '../shell/context.tsx';
import { indexOf, type Live } from '../../model/live/live.ts';
import { useWords } from '../components/language.ts';
import { describePace, formatClock, pacing, rateInUse } from '../../model/timing/pacing.ts';
import { elapsedMs } from '../../model/timing/run.ts';
import { formatDuration } from '../../model/timing/words.ts';

/** Shows clock, elapsed time, time left and pace on one line. */
export function TimeStrip() {
  const now = useNow();
  // A move shows the point first; the time left follows in a render of its own.
  const live = useDeferredValue(useSessionState((s) => s.live));
  return <TimeLine now={now} live={live} />;
}

/** The time line at one moment of one live state. */
const TimeLine = memo(function TimeLine({ now, live }: { now: number; live: Live }) {
  const words = useWords();
  const { speech, deck } = useShown();
  const rate = rateInUse(deck.words, live, speech.event.wordsPerMinute);
  const summary = pacing(deck.words, indexOf(live, deck), elapsedMs(live.run.timer, now), rate.wordsPerMinute, speech.event.targetMinutes);
  const running = live.run.timer.status === 'running';
  // Ahead or behind means nothing before the speech starts: no pace until the timer has.
  const started = live.run.timer.status !== 'idle';
  return (
    <div className="time-strip" role="group" aria-label={words.time}>
      <span className="clock" title={words.timeOfDay}>
        {formatClock(new Date(now))}
      </span>
      <span className={running ? 'elapsed' : 'elapsed stopped'} data-testid="elapsed" title={words.elapsed}>
        {formatDuration(summary.elapsedSeconds)}
        {live.resumed && <span className="resumed"> {words.resumed}</span>}
      </span>
      <span className="left" title={words.leftTitle}>
        {words.left(formatDuration(summary.leftSeconds))}
      </span>
      {started && summary.verdict && (
        <span className={`pace pace-${summary.verdict.kind}`} data-testid="pace">
          {describePace(summary.verdict, words)}
        </span>
      )}
    </div>
  );
});
