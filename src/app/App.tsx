// The root: maps the window's mode to its view, with what shows over every view.
import { useEffect } from 'react';
import { ConsoleMode } from '../console/ConsoleMode.tsx';
import { PresenterMode } from '../presenter/PresenterMode.tsx';
import { ReadingMode } from '../reading/ReadingMode.tsx';
import { KeepLastGood } from '../shared/KeepLastGood.tsx';
import { MODE_TITLES, type Mode } from './route.ts';
import { useSessionState, useShown } from './context.tsx';
import { Overlays } from './Overlays.tsx';
import { ScreenAnnouncer } from './ScreenAnnouncer.tsx';
import { TypedNumber } from './TypedNumber.tsx';
import { useKeyboard } from './useKeyboard.ts';
import { useWakeLock } from './useWakeLock.ts';

/** Shows the speech in the window's mode. */
export function App() {
  const { speech } = useShown();
  const mode = useSessionState((s) => s.mode);
  useKeyboard();
  useWakeLock(mode === 'present');
  useEffect(() => {
    document.title = `${speech.event.title} · ${MODE_TITLES[mode]}`;
    document.documentElement.dataset.mode = mode;
  }, [speech.event.title, mode]);

  return (
    <>
      <ModeView mode={mode} />
      <TypedNumber />
      <Overlays />
      <ScreenAnnouncer />
    </>
  );
}

/** The mode's view, shown again from scratch after a display error when the screen changes. */
function ModeView({ mode }: { mode: Mode }) {
  const screen = useSessionState((s) => s.live.screen);
  return (
    <KeepLastGood resetKey={`${mode}/${screen}`}>
      {mode === 'present' ? <PresenterMode /> : mode === 'read' ? <ReadingMode /> : <ConsoleMode />}
    </KeepLastGood>
  );
}
