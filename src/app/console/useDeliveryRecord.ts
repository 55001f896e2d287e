// The console's record of the delivery: what a podium of this speech reported it showed, as
// each report arrives, so the record is the run as the podium showed it from the moment this
// console opened. What this console asked for and no podium confirmed is never in it.
import { useEffect, useState } from 'react';
import { useSession, useShown } from '../shell/context.tsx';
import { EMPTY_RECORD, observe, observedOf, type DeliveryRecord } from '../../model/timing/record.ts';

/** The record so far; `now` gives each entry its time (epoch ms). */
export function useDeliveryRecord(now: () => number = Date.now): DeliveryRecord {
  const session = useSession();
  const { deck } = useShown();
  const [record, setRecord] = useState(EMPTY_RECORD);
  useEffect(() => {
    let seen: unknown = null;
    const take = () => {
      const live = session.getState().podium?.live;
      if (live === undefined || live === seen) return;
      seen = live;
      setRecord((before) => observe(before, observedOf(live), now(), deck.keys));
    };
    take();
    return session.subscribe(take);
  }, [session, deck, now]);
  return record;
}
