// The root: reads the position, listens to the keyboard, and maps the mode to its view.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { approvalState } from '../content/fingerprint.ts';
import type { Speech } from '../content/speech.ts';
import type { Command } from '../deck/keymap.ts';
import { screenAnnouncement, screensOf } from '../deck/screens.ts';
import { PresenterView } from '../presenter/PresenterView.tsx';
import { ReadingView } from '../reading/ReadingView.tsx';
import { HelpOverlay } from './HelpOverlay.tsx';
import { KeepLastGood } from './KeepLastGood.tsx';
import { ModeControls } from './ModeControls.tsx';
import { otherMode } from './route.ts';
import { positionKey, type SafeStore } from './storage.ts';
import { useKeyboard } from './useKeyboard.ts';
import { usePosition } from './usePosition.ts';

interface Props {
  speech: Speech;
  store: SafeStore;
}

/** Shows the speech in the mode the URL names, at the current screen. */
export function App({ speech, store }: Props) {
  const screens = useMemo(() => screensOf(speech), [speech]);
  const approval = useMemo(() => approvalState(speech), [speech]);
  const { place, move, setMode } = usePosition(screens.length, store, positionKey(speech.event.title));
  const [helpOpen, setHelpOpen] = useState(false);

  const run = useCallback(
    (command: Command) => {
      switch (command.type) {
        case 'help':
          setHelpOpen((open) => !open);
          return;
        case 'close':
          setHelpOpen(false);
          return;
        case 'switch-mode':
          setMode(otherMode(place.mode));
          return;
        case 'digit':
          return;
        default:
          setHelpOpen(false);
          move(command);
      }
    },
    [move, setMode, place.mode],
  );
  const digits = useKeyboard(run);

  useEffect(() => {
    document.title = `${speech.event.title} · ${place.mode === 'present' ? 'Presenter' : 'Reading'}`;
    document.documentElement.dataset.mode = place.mode;
  }, [speech.event.title, place.mode]);

  const screen = screens[place.index];
  const controls = (
    <ModeControls mode={place.mode} onSwitch={() => run({ type: 'switch-mode' })} onHelp={() => run({ type: 'help' })} />
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
      {helpOpen && <HelpOverlay onClose={() => setHelpOpen(false)} />}
      <p className="visually-hidden" role="status" aria-live="polite">
        {screen ? screenAnnouncement(screen, speech.points.length, speech.note.title) : ''}
      </p>
    </>
  );
}
