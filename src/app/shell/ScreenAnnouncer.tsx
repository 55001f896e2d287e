// What a screen reader hears when the screen changes, in a polite live region.
import { memo, useDeferredValue } from 'react';
import { screenAnnouncement } from '../../model/deck/screens.ts';
import { indexOf } from '../../model/live/live.ts';
import { useSessionState, useShown } from './context.tsx';

/** Announces the current screen. */
export const ScreenAnnouncer = memo(function ScreenAnnouncer() {
  const { speech, screens, deck } = useShown();
  // Announced in a render of its own, after the key's, which shows the point first.
  const index = useDeferredValue(useSessionState((s) => indexOf(s.live, deck)));
  const screen = screens[index];
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {screen ? screenAnnouncement(screen, speech) : ''}
    </p>
  );
});
