// The one keyboard listener. It ignores keys typed into fields, leaves modifier
// combinations to the browser, and prevents the default only for keys it handled. While a
// probe is set (the clicker test screen) it reports each key to the probe instead of acting.
import { useEffect, useRef, useState } from 'react';
import { KEYMAP, commandFor, pressKey, type Command, type KeyBinding, type KeyState } from '../deck/keymap.ts';

/** True when the key goes to something the user is typing in. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** True when Enter or Space would press the focused button or follow the focused link. */
function isActivating(target: EventTarget | null, key: string): boolean {
  return (key === 'Enter' || key === ' ') && target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
}

/**
 * Listens to the keyboard and runs `run` for each command of `keymap`; returns the number
 * being typed. With a `probe`, keys are reported to it and run nothing.
 */
export function useKeyboard(
  run: (command: Command) => void,
  keymap: readonly KeyBinding[] = KEYMAP,
  probe: ((event: KeyboardEvent) => void) | null = null,
): string {
  const [digits, setDigits] = useState('');
  const state = useRef<KeyState>({ digits: '' });
  const latest = useRef({ run, keymap, probe });
  useEffect(() => {
    latest.current = { run, keymap, probe };
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target) || isActivating(event.target, event.key)) return;
      const { run, keymap, probe } = latest.current;
      if (probe) {
        if (commandFor(event, KEYMAP)) event.preventDefault();
        probe(event);
        return;
      }
      const outcome = pressKey(state.current, event, keymap);
      if (!outcome.handled) return;
      event.preventDefault();
      state.current = outcome.state;
      setDigits(outcome.state.digits);
      if (outcome.command) run(outcome.command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return digits;
}
