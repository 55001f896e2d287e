// The root of a page: maps the window's mode to its view, with what shows over every view. The
// views are the page's: the whole app carries all three (App.tsx), the podium file presenter
// mode alone (src/app/podium.tsx).
import { useEffect, type ComponentType } from 'react';
import { KeepLastGood } from '../components/KeepLastGood.tsx';
import { MODE_TITLES, type Mode } from '../../model/route.ts';
import { useSessionState, useShown } from './context.tsx';
import { Overlays } from './Overlays.tsx';
import { ScreenAnnouncer } from './ScreenAnnouncer.tsx';
import { TypedNumber } from './TypedNumber.tsx';
import { useKeyboard } from './useKeyboard.ts';
import { useWakeLock } from './useWakeLock.ts';

/** The view of each mode. */
export type ModeViews = Readonly<Record<Mode, ComponentType>>;

/** Shows the speech in the window's mode. */
export function Shell({ views }: { views: ModeViews }) {
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
      <ModeView mode={mode} views={views} />
      <TypedNumber />
      <Overlays />
      <ScreenAnnouncer />
    </>
  );
}

/** The mode's view, shown again from scratch after a display error when the screen changes. */
function ModeView({ mode, views }: { mode: Mode; views: ModeViews }) {
  const screen = useSessionState((s) => s.live.screen);
  const View = views[mode];
  return (
    <KeepLastGood resetKey={`${mode}/${screen}`}>
      <View />
    </KeepLastGood>
  );
}
