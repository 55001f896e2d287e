// Keys pressed after the first paint and before the app's own keyboard listener is in place.
// The first paint shows the point at once, but React takes over only once the app's module has
// run: a clicker pressed in between would do nothing. From the first paint on, this holds every
// key the presenter answers, and the app, the moment its listener is in place, takes them and
// acts on each once, in order. The two meet through one event on the window, sent and answered
// in the same task, so no key is both held and heard by the app, and none is neither.
import { bindingFor, keymapFor, type KeyInput } from '../../model/deck/keymap.ts';

/** The event the app sends, with an array to fill, once its keyboard listener is in place. */
export const TAKE_KEYS = 'lectern:take-keys';

/** Holds the presenter's keys pressed on `win` until the app takes them (see takeEarlyKeys). */
export function holdEarlyKeys(win: Window): void {
  const held: KeyInput[] = [];
  const keymap = keymapFor('present');
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || !bindingFor(event, keymap)) return;
    // As the app does for the keys it answers: F5 must not reload, Space must not scroll.
    event.preventDefault();
    const { key, code, ctrlKey, altKey, metaKey, repeat } = event;
    held.push({ key, code, ctrlKey, altKey, metaKey, repeat });
  };
  const onTake = (event: Event) => {
    win.removeEventListener('keydown', onKey);
    win.removeEventListener(TAKE_KEYS, onTake);
    if (event instanceof CustomEvent && Array.isArray(event.detail)) event.detail.push(...held);
  };
  win.addEventListener('keydown', onKey);
  win.addEventListener(TAKE_KEYS, onTake);
}

/** Stops the first paint's holding of keys and returns the keys it held, oldest first (none if it held none). */
export function takeEarlyKeys(win: Window): KeyInput[] {
  const taken: KeyInput[] = [];
  win.dispatchEvent(new CustomEvent(TAKE_KEYS, { detail: taken }));
  return taken;
}
