// The console wired to the window's store: every button and list entry is an action, the
// parts that show time read the clock themselves, and the record of the delivery follows the
// live state.
import { useCallback } from 'react';
import { useSession, useSessionState, useShown } from '../shell/context.tsx';
import { folderOf } from '../shell/conference.ts';
import { folderPrefix, formatRoute } from '../../model/route.ts';
import { indexOf, type LiveAction } from '../../model/live/live.ts';
import { ConsoleView } from './ConsoleView.tsx';
import { useDeliveryRecord } from './useDeliveryRecord.ts';

/** The operator console at the shared state. */
export function ConsoleMode() {
  const session = useSession();
  const { deck, conference } = useShown();
  const index = useSessionState((s) => indexOf(s.live, deck));
  const live = useSessionState((s) => s.live);
  const otherVersion = useSessionState((s) => s.otherVersion);
  const refusedScreen = useSessionState((s) => s.refusedScreen);
  const podium = useSessionState((s) => s.podium);
  const elsewhere = useSessionState((s) => s.podiumElsewhere);
  const other = elsewhere && conference?.speeches.find((s) => s.id === elsewhere.speech);
  const away = elsewhere && {
    name: other ? other.speech.signature.name : elsewhere.speech,
    handover: elsewhere.handover,
    ...(other ? { follow: () => window.location.assign(`${folderPrefix(other.id)}/console`) } : {}),
  };
  const record = useDeliveryRecord();
  const onAct = useCallback((action: LiveAction) => session.dispatch({ type: 'live', action }), [session]);
  return (
    <ConsoleView
      index={index}
      live={live}
      onAct={onAct}
      onNewRun={() => session.dispatch({ type: 'new-run' })}
      onHelp={() => session.dispatch({ type: 'command', command: { type: 'help' } })}
      onOpenPodium={() => window.open(formatRoute('present', index, folderOf(conference)), 'lectern-podium')}
      notices={{ otherVersion: otherVersion?.version ?? null, refusedScreen, podium, away }}
      record={record}
    />
  );
}
