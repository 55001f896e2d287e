// The address bar: the window's mode and screen are written into it as they change, after the
// screen shows the change, so a reload or a copied address opens at the same place.
import { indexOf, type Deck } from '../../model/live/live.ts';
import type { Mode } from '../../model/route.ts';
import type { WindowAction, WindowState } from '../../model/live/window.ts';
import type { Store } from '../store.ts';

/** What the address controller is plugged into. */
export interface LocationOptions {
  store: Store<WindowState, WindowAction>;
  deck: Pick<Deck, 'keys'>;
  /** Called with the address of the state shown: at once, then whenever the mode or the screen changes. */
  onPlace: (mode: Mode, index: number) => void;
  /** Runs what need not delay the screen after the change is shown; at once when not given. */
  defer?: (effect: () => void) => void;
}

/** Keeps the address in step with the window's place; returns the way to stop. */
export function keepPlace({ store, deck, onPlace, defer = (effect) => effect() }: LocationOptions): () => void {
  let seen = store.getState();
  const unsubscribe = store.subscribe(() => {
    const before = seen;
    const next = store.getState();
    seen = next;
    if (next.mode === before.mode && next.live.screen === before.live.screen) return;
    defer(() => {
      const now = store.getState();
      onPlace(now.mode, indexOf(now.live, deck));
    });
  });
  onPlace(seen.mode, indexOf(seen.live, deck));
  return unsubscribe;
}
