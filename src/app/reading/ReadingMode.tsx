// Reading mode wired to the window's store: the point in focus, and selecting another. A
// follower's reading mode has its focus moved by the podium alone: it offers no mode switch.
import { useCallback } from 'react';
import { useSession, useSessionState, useShown } from '../shell/context.tsx';
import { ModeControls } from '../shell/ModeControls.tsx';
import { indexOf } from '../../model/live/live.ts';
import { rulesOf } from '../../model/live/window.ts';
import { ReadingView } from './ReadingView.tsx';

/** The whole document with the current point in focus. */
export function ReadingMode() {
  const session = useSession();
  const { speech, screens, deck, approval } = useShown();
  const index = useSessionState((s) => indexOf(s.live, deck));
  const splits = useSessionState((s) => s.live.splits);
  const canSwitch = useSessionState((s) => rulesOf(s).switches);
  const command = session.dispatch;
  const select = useCallback((to: number) => command({ type: 'command', command: { type: 'goto', index: to } }), [command]);
  return (
    <ReadingView
      speech={speech}
      screens={screens}
      index={index}
      approval={approval}
      onPrint={() => window.print()}
      splits={splits}
      onSelect={select}
      controls={
        <ModeControls
          mode="read"
          canSwitch={canSwitch}
          onSwitch={() => command({ type: 'command', command: { type: 'switch-mode' } })}
          onHelp={() => command({ type: 'command', command: { type: 'help' } })}
        />
      }
    />
  );
}
