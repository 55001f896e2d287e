// The keymap: one table of keys, the command each sends and what it does. The keyboard
// hook and the on-screen help both read this table, so they can never disagree.
import type { Mode } from '../route.ts';
import type { NavAction } from './navigation.ts';

/** What a key asks the app to do. */
export type Command =
  | NavAction
  | { type: 'help' }
  | { type: 'switch-mode' }
  | { type: 'close' }
  | { type: 'digit' }
  | { type: 'blank'; display: 'black' | 'white' }
  | { type: 'start' }
  | { type: 'mirror' }
  | { type: 'fullscreen' }
  | { type: 'text-size'; by: 1 | -1 };

/** One row of the keymap. `keys` match `event.key` (letters in either case), `codes` match `event.code`. */
export interface KeyBinding {
  keys: readonly string[];
  codes?: readonly string[];
  command: Command;
  description: string;
  /** How the keys are written in the help, when the key names alone would not say it. */
  label?: string;
  /** The modes the row works in; every mode when absent. */
  modes?: readonly Mode[];
}

/** Where the speech is spoken from: the podium and the console that drives it. */
const PODIUM: readonly Mode[] = ['present', 'console'];

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Every key the app answers, as PowerPoint and presentation clickers send them. */
export const KEYMAP: readonly KeyBinding[] = [
  {
    keys: ['PageDown', 'ArrowRight', 'ArrowDown', ' ', 'n', 'Enter'],
    command: { type: 'next' },
    description: 'Next point',
  },
  {
    keys: ['PageUp', 'ArrowLeft', 'ArrowUp', 'Backspace', 'p'],
    command: { type: 'previous' },
    description: 'Previous point',
  },
  { keys: ['Home'], command: { type: 'first' }, description: 'First point' },
  { keys: ['End'], command: { type: 'last' }, description: 'Last screen (the note, or the signature)' },
  { keys: DIGITS, command: { type: 'digit' }, description: 'Go to the point with that number', label: '0–9, then Enter' },
  { keys: ['v'], codes: ['KeyV'], command: { type: 'switch-mode' }, description: 'Switch between presenter and reading mode', modes: ['present', 'read'] },
  {
    keys: ['b', '.'],
    codes: ['KeyB', 'Period'],
    command: { type: 'blank', display: 'black' },
    description: 'Black screen, and back (moving on also brings the text back)',
    modes: PODIUM,
  },
  {
    keys: ['w', ','],
    codes: ['KeyW', 'Comma'],
    command: { type: 'blank', display: 'white' },
    description: 'White screen, and back',
    modes: PODIUM,
  },
  {
    keys: ['F5'],
    command: { type: 'start' },
    description: 'Clicker start button: starts the timer, keeps the place (never reloads)',
    modes: PODIUM,
  },
  { keys: ['m'], codes: ['KeyM'], command: { type: 'mirror' }, description: 'Mirror the text for teleprompter glass', modes: ['present'] },
  { keys: ['f'], codes: ['KeyF'], command: { type: 'fullscreen' }, description: 'Full screen on or off', modes: PODIUM },
  { keys: ['+', '='], command: { type: 'text-size', by: 1 }, description: 'Larger text on this screen', modes: ['present'] },
  { keys: ['-'], command: { type: 'text-size', by: -1 }, description: 'Smaller text on this screen', modes: ['present'] },
  { keys: ['?'], command: { type: 'help' }, description: 'Show or hide this help' },
  { keys: ['Escape'], command: { type: 'close' }, description: 'Close the help, or clear a typed number; keeps the place' },
];

/** The rows that work in a mode. */
export function keymapFor(mode: Mode, keymap: readonly KeyBinding[] = KEYMAP): KeyBinding[] {
  return keymap.filter((row) => row.modes === undefined || row.modes.includes(mode));
}

/** The parts of a keyboard event the keymap looks at. */
export interface KeyInput {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** True for the presses a held key repeats. */
  repeat?: boolean;
}

/** The row bound to a key: by the character it types first, then by its place on the keyboard. */
export function bindingFor(input: KeyInput, keymap: readonly KeyBinding[] = KEYMAP): KeyBinding | undefined {
  if (input.ctrlKey || input.altKey || input.metaKey) return undefined;
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  return keymap.find((row) => row.keys.includes(key)) ?? keymap.find((row) => row.codes?.includes(input.code));
}

/** Finds the command bound to a key; modifier combinations belong to the browser. */
export function commandFor(input: KeyInput, keymap: readonly KeyBinding[] = KEYMAP): Command | undefined {
  return bindingFor(input, keymap)?.command;
}

/** The most digits a typed point number keeps; more than any speech has points. */
export const TYPED_MAX = 6;

/** Keys typed so far towards a point number ("1", "12"). */
export interface KeyState {
  digits: string;
}

/** The result of one key press: the new typed number, and the command to run, if any. */
export interface KeyOutcome {
  state: KeyState;
  command?: Command;
  handled: boolean;
}

/**
 * Interprets one key press. Digits collect a point number; Enter goes to it, Backspace
 * takes a digit back and Escape clears it. Any other command clears the typed number.
 * `goto` is 0-based: typing 7 then Enter goes to index 6, point 7. A held key's repeats
 * are swallowed, so holding a clicker button moves one point, never a run of them.
 */
export function pressKey(state: KeyState, input: KeyInput, keymap: readonly KeyBinding[] = KEYMAP): KeyOutcome {
  const command = commandFor(input, keymap);
  if (!command) return { state, handled: false };
  if (input.repeat) return { state, handled: true };
  // Every digit typed counts, up to TYPED_MAX: a number is never cut to its last digits.
  if (command.type === 'digit') return { state: { digits: state.digits.length < TYPED_MAX ? state.digits + input.key : state.digits }, handled: true };
  if (state.digits !== '') {
    if (input.key === 'Enter') {
      return { state: { digits: '' }, command: { type: 'goto', index: Number(state.digits) - 1 }, handled: true };
    }
    if (input.key === 'Backspace') return { state: { digits: state.digits.slice(0, -1) }, handled: true };
    if (command.type === 'close') return { state: { digits: '' }, handled: true };
  }
  return { state: { digits: '' }, command, handled: true };
}

/** The names the help shows for keys whose `event.key` is not what is printed on them. */
const KEY_NAMES: Record<string, string> = {
  ' ': 'Space',
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowDown: '↓',
  ArrowUp: '↑',
  PageDown: 'Page Down',
  PageUp: 'Page Up',
  Escape: 'Esc',
  '.': '. (period)',
  ',': ', (comma)',
};

/** How a row's keys are written in the help. */
export function keyLabels(row: KeyBinding): string[] {
  if (row.label) return [row.label];
  return row.keys.map((key) => KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key));
}

/** What a key press would do in a mode, in the help's words, for the clicker test screen. */
export function describeKey(input: KeyInput, mode: Mode, keymap: readonly KeyBinding[] = KEYMAP): string {
  const row = bindingFor(input, keymapFor(mode, keymap));
  if (!row) return 'Nothing: Lectern does not use this key here';
  return input.repeat ? `${row.description} (held: only the first press counts)` : row.description;
}
