// Input: turns key presses into actions. Digits collect a point number, shown while typed and
// dropped after DIGITS_EXPIRE_MS without a key; Enter goes to it, and a number that names no
// point is refused and said, never clamped to another screen. On the clicker test screen a key
// is only reported. Whether a key is the app's (so the browser's default is prevented) is decided
// here, from the keymap and the window's role, never from what the reducer did with it.
import { DIGITS_EXPIRE_MS } from '../../model/config.ts';
import { commandFor, describeKey, keymapFor, pressKey, type Command, type KeyInput } from '../../model/deck/keymap.ts';
import type { Deck } from '../../model/live/live.ts';
import type { Timers } from '../../model/live/clock.ts';
import { allows, pointCount, type WindowAction, type WindowState } from '../../model/live/window.ts';
import type { Store } from '../store.ts';

/** What the input controller is plugged into. */
export interface InputOptions {
  store: Store<WindowState, WindowAction>;
  /** Where commands go: the session's dispatch, which also runs what only the browser can (full screen, the handover). */
  dispatch: (action: WindowAction) => void;
  deck: Pick<Deck, 'keys'>;
  timers: Timers;
}

/** A running input controller. */
export interface Input {
  /** Acts on one key press; true when the key is the app's, so the browser's default is to be prevented. */
  press(input: KeyInput): boolean;
  /** Stops the typed number's timer. */
  dispose(): void;
}

/** Connects key presses to the window's store. */
export function connectInput({ store, dispatch, deck, timers }: InputOptions): Input {
  const points = pointCount(deck);
  const isPointNumber = (n: number) => Number.isInteger(n) && n >= 1 && n <= points;
  let cancelExpiry: (() => void) | null = null;
  let seen = store.getState();
  // A typed number, or the refusal of one, is dropped after a pause; each change of it starts the pause again.
  const unsubscribe = store.subscribe(() => {
    const before = seen;
    const next = store.getState();
    seen = next;
    if (next.digits === before.digits && next.missedNumber === before.missedNumber) return;
    cancelExpiry?.();
    cancelExpiry = next.digits === '' && next.missedNumber === null ? null : timers.after(DIGITS_EXPIRE_MS, () => store.dispatch({ type: 'typed-expired' }));
  });

  /** Runs a command and says whether it was the window's to run. */
  const run = (command: Command): boolean => {
    if (!allows(store.getState(), command)) return false;
    dispatch({ type: 'command', command });
    return true;
  };

  return {
    press(input) {
      const state = store.getState();
      if (state.overlay === 'clicker') {
        store.dispatch({ type: 'pressed', input, does: describeKey(input, state.mode) });
        return commandFor(input) !== undefined;
      }
      const outcome = pressKey({ digits: state.digits }, input, keymapFor(state.mode));
      if (!outcome.handled) return false;
      if (outcome.command?.type === 'goto' && !isPointNumber(Number(state.digits))) {
        store.dispatch({ type: 'typed', digits: '', missed: state.digits });
        return true;
      }
      store.dispatch({ type: 'typed', digits: outcome.state.digits, missed: null });
      return outcome.command ? run(outcome.command) : true;
    },
    dispose() {
      unsubscribe();
      cancelExpiry?.();
    },
  };
}
