// The operator console, for whoever drives the podium from a second screen: the current
// point and the next, every point to jump to, the timer, the pace, the podium's screen and
// cues, and the record of the delivery to save. Whatever it changes, every podium and console window follows (src/app/sync/).
import { useCallback, useMemo } from 'react';
import { useShown } from '../shell/context.tsx';
import { nextStop, recordScreensOf, screenAnnouncement, stopAt, stopLabel } from '../../model/deck/screens.ts';
import { wordsFor } from '../../model/speech/language.ts';
import { NextPreview } from '../presenter/NextPreview.tsx';
import { LanguageContext } from '../components/language.ts';
import { ScreenContent } from '../presenter/ScreenContent.tsx';
import { TimeStrip } from '../presenter/TimeStrip.tsx';
import { indexOf, type Live, type LiveAction } from '../../model/live/live.ts';
import type { PodiumReport } from '../../model/live/window.ts';
import type { DeliveryRecord as Record } from '../../model/timing/record.ts';
import { ContentVersion } from '../components/ContentVersion.tsx';
import { OtherVersionNotice } from '../components/OtherVersionNotice.tsx';
import { ApprovalNotice } from './ApprovalNotice.tsx';
import { CueControls } from './CueControls.tsx';
import { DeliveryRecord } from './DeliveryRecord.tsx';
import { PaceSummary } from './PaceSummary.tsx';
import { RunningOrderPanel } from './RunningOrderPanel.tsx';
import { PodiumDisplay, type PodiumAway, type PodiumSeen } from './PodiumDisplay.tsx';
import { PointList } from './PointList.tsx';
import { TimerControls } from './TimerControls.tsx';

/** What the console must say about the session, beyond the state itself. */
export interface ConsoleNotices {
  /** The content version of another window of this speech, if one is open. */
  otherVersion: string | null;
  /** A screen another window asked for that this speech does not have. */
  refusedScreen: string | null;
  /** What a podium of this speech last reported, while one is heard. */
  podium: PodiumReport | null;
  /** Where a podium is on another speech, while this one has none. */
  away: PodiumAway | null;
}

interface Props {
  index: number;
  live: Live;
  onAct: (action: LiveAction) => void;
  onNewRun: () => void;
  onHelp: () => void;
  onOpenPodium: () => void;
  notices: ConsoleNotices;
  /** The record of the delivery so far, to save as text or JSON. */
  record: Record;
}

/** Shows the console for the speech at the live state. */
export function ConsoleView({ index, live, onAct, onNewRun, onHelp, onOpenPodium, notices, record }: Props) {
  const { speech, screens, deck, approval } = useShown();
  const recordScreens = useMemo(() => recordScreensOf(screens, speech), [screens, speech]);
  const select = useCallback((to: number) => onAct({ type: 'move', action: { type: 'goto', index: to } }), [onAct]);
  const stop = stopAt(screens, index, live.part, live.splits);
  if (!stop) return null;
  const { screen } = stop;
  const move = (action: Extract<LiveAction, { type: 'move' }>['action']) => onAct({ type: 'move', action });
  const label = stopLabel(stop, speech);
  const reported = notices.podium?.live;
  const podiumStop = reported && stopAt(screens, indexOf(reported, deck), reported.part, reported.splits);
  const podium: PodiumSeen | null =
    reported && podiumStop && notices.podium
      ? {
          label: `${screenAnnouncement(podiumStop.screen, speech)}${podiumStop.parts > 1 ? ` · ${wordsFor(speech.event.language).partOf(podiumStop.part + 1, podiumStop.parts)}` : ''}`,
          display: reported.display,
          heardAt: notices.podium.heardAt,
        }
      : null;
  const next = nextStop(screens, index, live.part, live.splits);
  // On the handover, Next goes on to the next speaker's speech.
  const atEnd = next === undefined && screen.kind !== 'handover';
  return (
    <LanguageContext value={speech.event.language}>
      <div className="console">
        <header className="console-header">
          <h1>
            <span className="console-kind">Console</span> {speech.event.title}
          </h1>
          <TimeStrip />
          <ContentVersion state={approval} />
          <ApprovalNotice speech={speech} />
          <div className="console-tools">
            <button type="button" onClick={onOpenPodium}>
              Open podium window
            </button>
            <button type="button" onClick={onHelp} aria-label="Keys">
              ?
            </button>
          </div>
        </header>
        {notices.otherVersion && <OtherVersionNotice version={notices.otherVersion} />}
        {notices.refusedScreen && (
          <p className="notice" role="status">
            Another window asked for a screen this speech does not have (<code>{notices.refusedScreen}</code>); it was refused.
          </p>
        )}
        {live.resumed && (
          <p className="notice resumed-run" role="status">
            The timer was left running by an earlier run and has been kept.{' '}
            <button type="button" onClick={onNewRun}>
              Start a new run…
            </button>
          </p>
        )}
        <main className="console-main" aria-label="Console">
          <section className="console-now" aria-label="Now">
            <p className="console-position">
              <span data-testid="console-progress">{label}</span>
              <PodiumAtPosition podium={podium} here={podiumStop?.key === stop.key} />
            </p>
            <div className={`console-current screen-${screen.kind}`} data-testid="current-point">
              <ScreenContent screen={screen} speech={speech} />
            </div>
            <NextPreview next={next?.screen} current={screen} />
            <div className="button-row console-nav">
              <button type="button" onClick={() => move({ type: 'previous' })} disabled={index === 0 && live.part === 0}>
                ← Previous
              </button>
              <button type="button" onClick={() => move({ type: 'next' })} disabled={atEnd}>
                Next →
              </button>
            </div>
          </section>
          <PointList speech={speech} screens={screens} index={index} splits={live.splits} onSelect={select} />
          <div className="console-side">
            <TimerControls run={live.run} onAct={onAct} />
            <PaceSummary live={live} index={index} onAct={onAct} />
            <RunningOrderPanel live={live} />
            <PodiumDisplay podium={podium} requested={live.display} away={notices.away} onAct={onAct} />
            <CueControls cue={reported?.cue ?? null} heard={podium !== null} onAct={onAct} />
            <DeliveryRecord record={record} screens={recordScreens} title={speech.event.title} version={approval.fingerprint} />
          </div>
        </main>
      </div>
    </LanguageContext>
  );
}

/** Beside the console's place, what the podium shows when that is not the text of the same place, as the podium reports it. */
function PodiumAtPosition({ podium, here }: { podium: PodiumSeen | null; here: boolean }) {
  if (!podium) return <span className="console-blank">Not on any podium</span>;
  if (podium.display !== 'text') return <span className="console-blank">Podium screen is {podium.display}</span>;
  if (!here) return <span className="console-blank">The podium is at {podium.label}</span>;
  return null;
}
