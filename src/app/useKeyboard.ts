// The one keyboard listener. It ignores keys typed into fields, leaves modifier
// combinations to the browser, and prevents the default only for keys it handled.
import { useEffect, useRef, useState } from 'react';
import { pressKey, type Command, type KeyState } from '../deck/keymap.ts';

/** True when the key goes to something the user is typing in. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** True when Enter or Space would press the focused button or follow the focused link. */
function isActivating(target: EventTarget | null, key: string): boolean {
  return (key === 'Enter' || key === ' ') && target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
}

/** Listens to the keyboard and runs `run` for each command; returns the number being typed. */
export function useKeyboard(run: (command: Command) => void): string {
  const [digits, setDigits] = useState('');
  const state = useRef<KeyState>({ digits: '' });
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target) || isActivating(event.target, event.key)) return;
      const outcome = pressKey(state.current, event);
      if (!outcome.handled) return;
      event.preventDefault();
      state.current = outcome.state;
      setDigits(outcome.state.digits);
      if (outcome.command) latest.current(outcome.command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return digits;
}
