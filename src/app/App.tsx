// The root: reads the position, listens to the keyboard, and maps the mode to its view.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ConsoleView } from '../console/ConsoleView.tsx';
import type { RateInUse } from '../console/PaceSummary.tsx';
import { approvalState } from '../content/fingerprint.ts';
import type { Speech } from '../content/speech.ts';
import { describeKey, keymapFor, type Command } from '../deck/keymap.ts';
import { screenAnnouncement, screenKey, screensOf } from '../deck/screens.ts';
import { PresenterView } from '../presenter/PresenterView.tsx';
import { TimeStrip } from '../presenter/TimeStrip.tsx';
import { ReadingView } from '../reading/ReadingView.tsx';
import type { Link } from '../sync/channel.ts';
import { measuredRate, pacing, wordsPerScreen } from '../timing/pacing.ts';
import { elapsedMs } from '../timing/run.ts';
import { ClickerTest, type KeyPress } from './ClickerTest.tsx';
import { toggleFullscreen } from './fullscreen.ts';
import { HelpOverlay } from './HelpOverlay.tsx';
import { KeepLastGood } from './KeepLastGood.tsx';
import { ModeControls } from './ModeControls.tsx';
import { formatRoute, otherMode } from './route.ts';
import { settingsKey, stepText, textScale } from './settings.ts';
import type { SafeStore } from './storage.ts';
import { useKeyboard } from './useKeyboard.ts';
import { useNow } from './useNow.ts';
import { usePosition } from './usePosition.ts';
import { useSettings } from './useSettings.ts';
import { useWakeLock } from './useWakeLock.ts';

interface Props {
  speech: Speech;
  /** The content version of `speech`, as the build computed it. */
  fingerprint: string;
  store: SafeStore;
  /** The channel to the other podium and console windows; none keeps this window alone. */
  link?: Link | null;
  /** The clock, in epoch milliseconds. */
  now?: () => number;
}

/** What is open over the view. */
type Overlay = 'none' | 'help' | 'clicker';

const TITLES = { present: 'Presenter', read: 'Reading', console: 'Console' } as const;

/** Shows the speech in the mode the URL names, at the current screen. */
export function App({ speech, fingerprint, store, link = null, now = Date.now }: Props) {
  const screens = useMemo(() => screensOf(speech), [speech]);
  const approval = useMemo(() => approvalState(speech, fingerprint), [speech, fingerprint]);
  const words = useMemo(() => wordsPerScreen(screens.map((s) => (s.kind === 'point' ? s.point.text : null))), [screens]);
  const { place, shared, act, move, setMode } = usePosition(screens.length, store, speech.event.title, link, now);
  const [settings, updateSettings] = useSettings(store, settingsKey(speech.event.title));
  const [overlay, setOverlay] = useState<Overlay>('none');
  const [presses, setPresses] = useState<KeyPress[]>([]);
  const screen = screens[place.index];
  const key = screen ? screenKey(screen) : '';
  const podium = place.mode !== 'read';

  const run = useCallback(
    (command: Command) => {
      switch (command.type) {
        case 'help':
          setOverlay((open) => (open === 'none' ? 'help' : 'none'));
          return;
        case 'close':
          setOverlay('none');
          return;
        case 'switch-mode':
          setMode(otherMode(place.mode));
          return;
        case 'digit':
          return;
        case 'blank':
          act({ type: 'blank', display: command.display });
          return;
        case 'start':
          act({ type: 'run', action: { type: 'start' } });
          return;
        case 'mirror':
          updateSettings((s) => ({ ...s, mirrored: !s.mirrored }));
          return;
        case 'fullscreen':
          toggleFullscreen(document);
          return;
        case 'text-size':
          updateSettings((s) => stepText(s, key, command.by));
          return;
        default:
          setOverlay('none');
          move(command);
      }
    },
    [act, move, setMode, updateSettings, place.mode, key],
  );
  const probe = useCallback(
    (event: KeyboardEvent) =>
      setPresses((list) => [
        { id: (list[0]?.id ?? 0) + 1, key: event.key, code: event.code, does: describeKey(event, place.mode) },
        ...list.slice(0, 7),
      ]),
    [place.mode],
  );
  const keymap = useMemo(() => keymapFor(place.mode), [place.mode]);
  const digits = useKeyboard(run, keymap, overlay === 'clicker' ? probe : null);
  useWakeLock(place.mode === 'present');
  const time = useNow(now, podium);

  // Derived timing: the rate in use is this run's measured rate, else the last rehearsal's, else the event's.
  const measured = useMemo(() => measuredRate(words, shared.run.spent), [words, shared.run.spent]);
  const rate: RateInUse = measured
    ? { wordsPerMinute: measured.wordsPerMinute, source: 'this run' }
    : settings.rehearsalWordsPerMinute
      ? { wordsPerMinute: settings.rehearsalWordsPerMinute, source: 'rehearsal' }
      : { wordsPerMinute: speech.event.wordsPerMinute, source: 'event' };
  const summary = pacing(words, place.index, elapsedMs(shared.run.timer, time), rate.wordsPerMinute, speech.event.targetMinutes);

  // A rate measured in a run is remembered, so the next run's estimates start from it.
  const measuredWpm = measured?.wordsPerMinute ?? null;
  useEffect(() => {
    if (place.mode === 'console' && measuredWpm !== null && measuredWpm !== settings.rehearsalWordsPerMinute) {
      updateSettings((s) => ({ ...s, rehearsalWordsPerMinute: measuredWpm }));
    }
  }, [place.mode, measuredWpm, settings.rehearsalWordsPerMinute, updateSettings]);

  useEffect(() => {
    document.title = `${speech.event.title} · ${TITLES[place.mode]}`;
    document.documentElement.dataset.mode = place.mode;
  }, [speech.event.title, place.mode]);

  const openHelp = () => run({ type: 'help' });
  const controls =
    place.mode === 'console' ? (
      <button type="button" onClick={openHelp} aria-label="Keys">
        ?
      </button>
    ) : (
      <ModeControls mode={place.mode} onSwitch={() => run({ type: 'switch-mode' })} onHelp={openHelp} />
    );
  const view = (() => {
    switch (place.mode) {
      case 'present':
        return (
          <PresenterView
            speech={speech}
            screens={screens}
            index={place.index}
            onMove={run}
            controls={controls}
            timing={<TimeStrip now={time} summary={summary} running={shared.run.timer.status === 'running'} />}
            display={shared.display}
            cue={shared.cue}
            onDismissCue={() => act({ type: 'dismiss-cue' })}
            mirrored={settings.mirrored}
            textScale={textScale(settings, key)}
            approval={approval}
          />
        );
      case 'read':
        return (
          <ReadingView
            speech={speech}
            screens={screens}
            index={place.index}
            approval={approval}
            onPrint={() => window.print()}
            onSelect={(index) => run({ type: 'goto', index })}
            controls={controls}
          />
        );
      case 'console':
        return (
          <ConsoleView
            speech={speech}
            screens={screens}
            shared={shared}
            now={time}
            summary={summary}
            rate={rate}
            measured={measured}
            onAct={act}
            onMove={move}
            onForgetRehearsal={
              settings.rehearsalWordsPerMinute === null || measured
                ? null
                : () => updateSettings((s) => ({ ...s, rehearsalWordsPerMinute: null }))
            }
            onOpenPodium={() => window.open(formatRoute('present', place.index), 'lectern-podium')}
            controls={controls}
          />
        );
    }
  })();

  return (
    <>
      <KeepLastGood resetKey={`${place.mode}/${place.index}`}>{view}</KeepLastGood>
      {digits !== '' && (
        <p className="typed-number" role="status">
          Go to point {digits} <kbd>Enter</kbd>
        </p>
      )}
      {overlay === 'help' && (
        <HelpOverlay
          rows={keymap}
          onClose={() => setOverlay('none')}
          onClickerTest={
            podium
              ? () => {
                  setPresses([]);
                  setOverlay('clicker');
                }
              : undefined
          }
        />
      )}
      {overlay === 'clicker' && <ClickerTest presses={presses} onClose={() => setOverlay('none')} />}
      <p className="visually-hidden" role="status" aria-live="polite">
        {screen ? screenAnnouncement(screen, speech) : ''}
      </p>
    </>
  );
}
