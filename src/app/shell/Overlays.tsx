// What opens over the view: the keyboard help, and from it the clicker test.
import { memo } from 'react';
import { keymapFor } from '../../model/deck/keymap.ts';
import { ClickerTest } from './ClickerTest.tsx';
import { useSession, useSessionState } from './context.tsx';
import { HelpOverlay } from './HelpOverlay.tsx';

/** Shows the help or the clicker test when open. */
export const Overlays = memo(function Overlays() {
  const session = useSession();
  const overlay = useSessionState((s) => s.overlay);
  const mode = useSessionState((s) => s.mode);
  const presses = useSessionState((s) => s.presses);
  const close = () => session.dispatch({ type: 'overlay', overlay: 'none' });
  if (overlay === 'help') {
    return (
      <HelpOverlay
        rows={keymapFor(mode)}
        onClose={close}
        onClickerTest={mode === 'read' ? undefined : () => session.dispatch({ type: 'overlay', overlay: 'clicker' })}
      />
    );
  }
  if (overlay === 'clicker') return <ClickerTest presses={presses} onClose={close} />;
  return null;
});
