// What a screen reader hears when the screen changes, in a polite live region.
import { screenAnnouncement } from '../deck/screens.ts';
import { indexOf } from '../session/live.ts';
import { useSessionState, useShown } from './context.tsx';

/** Announces the current screen. */
export function ScreenAnnouncer() {
  const { speech, screens, deck } = useShown();
  const index = useSessionState((s) => indexOf(s.live, deck));
  const screen = screens[index];
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {screen ? screenAnnouncement(screen, speech) : ''}
    </p>
  );
}
