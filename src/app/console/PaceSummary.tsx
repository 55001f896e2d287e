// How the speech is going for time: what is left at the rate in use, how that stands
// against the target, and the speaker's real rate measured in this run. It follows the clock.
import { useNow, useShown } from '../shell/context.tsx';
import type { Live, LiveAction } from '../../model/live/live.ts';
import { wordsFor } from '../../model/speech/language.ts';
import { describePace, pacing, rateInUse } from '../../model/timing/pacing.ts';
import { elapsedMs } from '../../model/timing/run.ts';
import { formatDuration } from '../../model/timing/words.ts';

interface Props {
  live: Live;
  index: number;
  onAct: (action: LiveAction) => void;
}

/** Shows time left, pace against the target and the measured rate. */
export function PaceSummary({ live, index, onAct }: Props) {
  const now = useNow();
  const { speech, deck } = useShown();
  const { targetMinutes } = speech.event;
  const rate = rateInUse(deck.words, live, speech.event.wordsPerMinute);
  const { measured } = rate;
  const summary = pacing(deck.words, index, elapsedMs(live.run.timer, now), rate.wordsPerMinute, targetMinutes);
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
              {summary.verdict && (
                <>
                  {' · '}
                  <span className={`pace pace-${summary.verdict.kind}`}>{describePace(summary.verdict, wordsFor(speech.event.language))}</span>
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
      {live.rehearsalRate !== null && !measured && (
        <button type="button" className="link-button" onClick={() => onAct({ type: 'forget-rehearsal' })}>
          Forget the rehearsal rate
        </button>
      )}
    </section>
  );
}
