// The console's record of the delivery: every live state the window holds, its own or taken
// from another window or device, goes through `observeLive` as it arrives, so the record is the
// run as the podium showed it from the moment this console opened (its own opening guess aside).
import { useEffect, useState } from 'react';
import { useSession, useShown } from '../app/context.tsx';
import { EMPTY_WINDOW_RECORD, observeLive, type DeliveryRecord } from '../timing/record.ts';

/** The record so far; `now` gives each entry its time (epoch ms). */
export function useDeliveryRecord(now: () => number = Date.now): DeliveryRecord {
  const session = useSession();
  const { deck } = useShown();
  const [kept, setKept] = useState(() => observeLive(EMPTY_WINDOW_RECORD, session.getState().live, now(), deck.keys));
  useEffect(() => {
    let seen = session.getState().live;
    const take = () => {
      const live = session.getState().live;
      if (live === seen) return;
      seen = live;
      setKept((before) => observeLive(before, live, now(), deck.keys));
    };
    take();
    return session.subscribe(take);
  }, [session, deck, now]);
  return kept.record;
}
