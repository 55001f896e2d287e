// Presenter mode wired to the window's store: the view of the current screen, the time line
// (which alone follows the clock), and every tap, swipe and button as an action.
import { useCallback, useMemo, useRef } from 'react';
import { useSession, useSessionState, useShown } from '../shell/context.tsx';
import { ModeControls } from '../shell/ModeControls.tsx';
import type { NavAction } from '../../model/deck/navigation.ts';
import { indexOf } from '../../model/live/live.ts';
import { textScale } from '../../model/live/settings.ts';
import { PresenterView } from './PresenterView.tsx';
import { TimeStrip } from './TimeStrip.tsx';
import { useSplitPlan } from './useSplitPlan.ts';

/** The podium screen at the current point. */
export function PresenterMode() {
  const session = useSession();
  const { speech, screens, deck, approval } = useShown();
  const index = useSessionState((s) => indexOf(s.live, deck));
  const display = useSessionState((s) => s.live.display);
  const cue = useSessionState((s) => s.live.cue);
  const mirrored = useSessionState((s) => s.settings.mirrored);
  const scale = useSessionState((s) => textScale(s.settings, s.live.screen));
  const otherVersion = useSessionState((s) => s.otherVersion);
  const part = useSessionState((s) => s.live.part);
  const splits = useSessionState((s) => s.live.splits);
  const command = session.dispatch;
  const stage = useRef<HTMLDivElement>(null);
  const onPlan = useCallback((plan: Record<string, number[]>) => session.dispatch({ type: 'live', action: { type: 'layout', splits: plan } }), [session]);
  useSplitPlan(stage, screens, speech, onPlan);
  // Made once, so that a move re-renders none of them.
  const onMove = useCallback((action: NavAction) => command({ type: 'command', command: action }), [command]);
  const onDismissCue = useCallback(() => command({ type: 'live', action: { type: 'dismiss-cue' } }), [command]);
  const controls = useMemo(
    () => (
      <ModeControls
        mode="present"
        onSwitch={() => command({ type: 'command', command: { type: 'switch-mode' } })}
        onHelp={() => command({ type: 'command', command: { type: 'help' } })}
      />
    ),
    [command],
  );
  const timing = useMemo(() => <TimeStrip />, []);
  return (
    <PresenterView
      speech={speech}
      screens={screens}
      index={index}
      onMove={onMove}
      controls={controls}
      timing={timing}
      display={display}
      cue={cue}
      onDismissCue={onDismissCue}
      mirrored={mirrored}
      textScale={scale}
      approval={approval}
      otherVersion={otherVersion?.version ?? null}
      part={part}
      splits={splits}
      stageRef={stage}
    />
  );
}
