// The running order on the console of a build of several speeches: each speaker's time used
// against their allotment. This speech's time is its run timer; the others' are read from their
// own saved live state on this machine (validated as a message is), so no console moves another.
import { useMemo } from 'react';
import { useNow, useShown } from '../shell/context.tsx';
import { safeStore } from '../shell/storage.ts';
import { allottedText, conferenceDeck, storedKeyOf, timeUsedMs } from '../../model/conference/order.ts';
import type { Live } from '../../model/live/live.ts';
import { elapsedMs } from '../../model/timing/run.ts';
import { formatDuration } from '../../model/timing/words.ts';

/** Each speaker of the running order with the time used and the allotment; nothing for a single speech. */
export function RunningOrderPanel({ live }: { live: Live }) {
  const now = useNow();
  const { conference } = useShown();
  const storage = useMemo(() => safeStore(() => window.localStorage), []);
  const decks = useMemo(() => (conference ? conference.speeches.map((_, i) => conferenceDeck(conference.speeches, i)) : []), [conference]);
  if (!conference) return null;
  return (
    <section className="panel running-order-panel" aria-labelledby="order-title">
      <h2 id="order-title">Running order</h2>
      <ol>
        {conference.speeches.map(({ id, speech, minutes, fingerprint }, i) => {
          const deck = decks[i];
          const used =
            i === conference.index ? elapsedMs(live.run.timer, now) : deck ? timeUsedMs(storage.load(storedKeyOf(id, fingerprint)), deck, now) : null;
          const over = used !== null && minutes !== undefined && used > minutes * 60_000;
          return (
            <li key={id} data-speech={id} aria-current={i === conference.index ? 'true' : undefined} className={over ? 'over' : undefined}>
              <span className="order-speaker">{speech.signature.name}</span>{' '}
              <span className="order-time" data-testid="time-used">
                {used === null ? 'not started' : formatDuration(Math.floor(used / 1000))} / {allottedText(minutes)}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
