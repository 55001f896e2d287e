// What every console says once a standby podium has taken over (LAN only): the operator must know
// which machine now drives the speech, by the short id *Devices* lists it under.
import { useSyncExternalStore } from 'react';
import { takeOverWords } from '../../model/timing/record.ts';
import type { TakeOverStore } from '../sync/links.ts';

interface Props {
  takeOver: TakeOverStore;
}

/** Says which standby took over the podium, once the server says one did; nothing before. */
export function TakeOverNotice({ takeOver }: Props) {
  const device = useSyncExternalStore(takeOver.subscribe, takeOver.get);
  if (device === null) return null;
  return (
    <p className="lan-take-over" role="status" data-testid="take-over">
      {takeOverWords(device)}
    </p>
  );
}
