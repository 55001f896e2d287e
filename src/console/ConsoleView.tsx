// The operator console, for whoever drives the podium from a second screen: the current
// point and the next, every point to jump to, the timer, the pace, the podium's screen and
// cues. Whatever it changes, every podium and console window follows (src/sync/).
import type { ReactNode } from 'react';
import type { Speech } from '../content/speech.ts';
import type { NavAction } from '../deck/navigation.ts';
import { screenLabel, type Screen } from '../deck/screens.ts';
import { NextPreview } from '../presenter/NextPreview.tsx';
import { ScreenContent } from '../presenter/ScreenContent.tsx';
import { TimeStrip } from '../presenter/TimeStrip.tsx';
import type { Shared, SharedAction } from '../sync/state.ts';
import type { MeasuredRate, PacingSummary } from '../timing/pacing.ts';
import { ApprovalNotice } from './ApprovalNotice.tsx';
import { CueControls } from './CueControls.tsx';
import { PaceSummary, type RateInUse } from './PaceSummary.tsx';
import { PodiumDisplay } from './PodiumDisplay.tsx';
import { PointList } from './PointList.tsx';
import { TimerControls } from './TimerControls.tsx';

interface Props {
  speech: Speech;
  screens: readonly Screen[];
  shared: Shared;
  now: number;
  summary: PacingSummary;
  rate: RateInUse;
  measured: MeasuredRate | null;
  onAct: (action: SharedAction) => void;
  onMove: (action: NavAction) => void;
  onForgetRehearsal: (() => void) | null;
  onOpenPodium: () => void;
  controls: ReactNode;
}

/** Shows the console for the speech at the shared state. */
export function ConsoleView(props: Props) {
  const { speech, screens, shared, now, summary, rate, measured, onAct, onMove, onForgetRehearsal, onOpenPodium, controls } = props;
  const screen = screens[shared.index];
  if (!screen) return null;
  const label = screenLabel(screen, speech.points.length, speech.note.title);
  return (
    <div className="console">
      <header className="console-header">
        <h1>
          <span className="console-kind">Console</span> {speech.event.title}
        </h1>
        <TimeStrip now={now} summary={summary} running={shared.run.timer.status === 'running'} />
        <ApprovalNotice speech={speech} />
        <div className="console-tools">
          <button type="button" onClick={onOpenPodium}>
            Open podium window
          </button>
          {controls}
        </div>
      </header>
      <main className="console-main" aria-label="Console">
        <section className="console-now" aria-label="Now">
          <p className="console-position">
            <span data-testid="console-progress">{label}</span>
            {shared.display !== 'text' && <span className="console-blank">Podium screen is {shared.display}</span>}
          </p>
          <div className={`console-current screen-${screen.kind}`} data-testid="current-point">
            <ScreenContent screen={screen} speech={speech} />
          </div>
          <NextPreview next={screens[shared.index + 1]} noteTitle={speech.note.title} />
          <div className="button-row console-nav">
            <button type="button" onClick={() => onMove({ type: 'previous' })} disabled={shared.index === 0}>
              ← Previous
            </button>
            <button type="button" onClick={() => onMove({ type: 'next' })} disabled={shared.index === screens.length - 1}>
              Next →
            </button>
          </div>
        </section>
        <PointList speech={speech} screens={screens} index={shared.index} onSelect={(index) => onMove({ type: 'goto', index })} />
        <div className="console-side">
          <TimerControls run={shared.run} now={now} onAct={onAct} />
          <PaceSummary
            summary={summary}
            targetMinutes={speech.event.targetMinutes}
            rate={rate}
            measured={measured}
            onForgetRehearsal={onForgetRehearsal}
          />
          <PodiumDisplay display={shared.display} onAct={onAct} />
          <CueControls cue={shared.cue} onAct={onAct} />
        </div>
      </main>
    </div>
  );
}
