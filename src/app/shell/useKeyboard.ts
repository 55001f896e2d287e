// The one keyboard listener. It ignores keys typed into fields, leaves modifier combinations
// to the browser, hands every other key to the window's session, and prevents the default only
// for keys the app uses (the input controller decides, from the keymap and the window's role).
// A button clicked with the mouse gives up the focus at once, so the clicker's Space and Enter
// go on moving the speech instead of pressing that button again.
// Once it listens, it takes the keys pressed since the first paint and acts on each, in order.
import { useEffect } from 'react';
import { takeEarlyKeys } from '../boot/earlyKeys.ts';
import { useSession } from './context.tsx';

/** True when the key goes to something the user is typing in. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** True when Enter or Space would press a button or follow a link reached with the keyboard. */
function isActivating(target: EventTarget | null, key: string): boolean {
  return (key === 'Enter' || key === ' ') && target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
}

/** Sends key presses to the window's store. */
export function useKeyboard() {
  const session = useSession();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target) || isActivating(event.target, event.key)) return;
      if (session.press(event)) event.preventDefault();
    };
    // A click by pointer has a detail of 1 or more; one from the keyboard has 0 and keeps the focus.
    const onClick = (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (event.detail > 0 && button instanceof HTMLElement && button === document.activeElement) button.blur();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('click', onClick);
    // In the same task as the listener is added: every key is either held or heard here, once.
    for (const input of takeEarlyKeys(window)) session.press(input);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('click', onClick);
    };
  }, [session]);
}
