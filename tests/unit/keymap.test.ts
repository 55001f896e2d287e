// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { commandFor, KEYMAP, keyLabels, keymapFor, pressKey, type KeyInput, type KeyState } from '../../src/model/deck/keymap.ts';
import type { Mode } from '../../src/model/route.ts';

/** A key press with no modifier; `code` defaults to what a US keyboard sends for letters. */
function key(name: string, extra: Partial<KeyInput> = {}): KeyInput {
  const code = name.length === 1 && /[a-z]/i.test(name) ? `Key${name.toUpperCase()}` : name;
  return { key: name, code, ctrlKey: false, altKey: false, metaKey: false, ...extra };
}

/** Presses keys one after the other, collecting the commands they send. */
function press(...names: string[]) {
  let state: KeyState = { digits: '' };
  const commands = [];
  for (const name of names) {
    const outcome = pressKey(state, key(name));
    state = outcome.state;
    if (outcome.command) commands.push(outcome.command);
  }
  return { state, commands };
}

describe('commandFor', () => {
  it('knows the clicker keys', () => {
    expect(commandFor(key('PageDown'))).toEqual({ type: 'next' });
    expect(commandFor(key('PageUp'))).toEqual({ type: 'previous' });
  });

  it('reads letters in either case', () => {
    expect(commandFor(key('N'))).toEqual({ type: 'next' });
    expect(commandFor(key('P'))).toEqual({ type: 'previous' });
    expect(commandFor(key('V'))).toEqual({ type: 'switch-mode' });
  });

  it('matches the mode key by its code on a keyboard where V sends another letter', () => {
    expect(commandFor({ ...key('м'), code: 'KeyV' })).toEqual({ type: 'switch-mode' });
  });

  it.each([
    ['ctrlKey', 'ArrowRight'],
    ['altKey', 'ArrowLeft'],
    ['metaKey', 'v'],
    ['ctrlKey', 'p'],
  ] as const)('leaves %s + %s to the browser', (modifier, name) => {
    expect(commandFor(key(name, { [modifier]: true }))).toBeUndefined();
  });

  it('ignores keys it does not know', () => {
    expect(commandFor(key('x'))).toBeUndefined();
    expect(commandFor(key('Tab'))).toBeUndefined();
  });
});

describe('pressKey', () => {
  it('goes to point N (index N-1) after digits then Enter', () => {
    expect(press('1', '2', 'Enter')).toEqual({ state: { digits: '' }, commands: [{ type: 'goto', index: 11 }] });
    expect(press('7', 'Enter').commands).toEqual([{ type: 'goto', index: 6 }]);
  });

  it('keeps every digit typed, never cutting a number to its last three', () => {
    expect(press('1', '9', '9', '9', 'Enter').commands).toEqual([{ type: 'goto', index: 1998 }]);
    expect(press('1', '2', '3', '4', '5', '6', '7', '8', 'Enter').commands).toEqual([{ type: 'goto', index: 123455 }]);
  });

  it('collects digits without sending a command', () => {
    const outcome = pressKey({ digits: '1' }, key('2'));
    expect(outcome).toEqual({ state: { digits: '12' }, handled: true });
  });

  it('takes a typed digit back with Backspace instead of going back', () => {
    expect(press('1', '2', 'Backspace')).toEqual({ state: { digits: '1' }, commands: [] });
    expect(press('1', '2', 'Backspace', 'Enter').commands).toEqual([{ type: 'goto', index: 0 }]);
  });

  it('clears the typed number with Escape', () => {
    expect(press('1', '2', 'Escape')).toEqual({ state: { digits: '' }, commands: [] });
    expect(press('1', 'Escape', 'Enter').commands).toEqual([{ type: 'next' }]);
  });

  it('moves on with Enter when no number is typed', () => {
    expect(press('Enter').commands).toEqual([{ type: 'next' }]);
  });

  it('goes back with Backspace when no number is typed', () => {
    expect(press('Backspace').commands).toEqual([{ type: 'previous' }]);
  });

  it('drops the typed number when another command comes', () => {
    expect(press('3', 'ArrowRight')).toEqual({ state: { digits: '' }, commands: [{ type: 'next' }] });
  });

  it('reports keys it does not handle, keeping the typed number', () => {
    expect(pressKey({ digits: '4' }, key('x'))).toEqual({ state: { digits: '4' }, handled: false });
    expect(pressKey({ digits: '4' }, key('ArrowRight', { ctrlKey: true })).handled).toBe(false);
  });
});

describe('keyLabels', () => {
  it('writes every key as it is printed on the keyboard: no event names, no bare space, letters in capitals', () => {
    for (const row of KEYMAP.filter((r) => r.label === undefined)) {
      const labels = keyLabels(row);
      expect(labels).toHaveLength(row.keys.length);
      for (const label of labels) {
        expect(label.trim(), row.description).not.toBe('');
        expect(label, row.description).not.toMatch(/^(Arrow|Page[A-Z]|Escape$)/);
        if (/^\p{L}$/u.test(label)) expect(label, row.description).toBe(label.toUpperCase());
      }
    }
    expect(keyLabels({ keys: [' ', 'ArrowRight', 'PageDown', 'n'], command: { type: 'next' }, description: '' })).toEqual(['Space', '→', 'Page Down', 'N']);
  });

  it('uses the label of a row that has one', () => {
    const digits = KEYMAP.find((row) => row.command.type === 'digit');
    expect(digits && keyLabels(digits)).toEqual(['0–9, then Enter']);
  });
});

const MODES: readonly Mode[] = ['present', 'console', 'read'];

/** Every key name and every key position the rows of a mode answer. */
function bound(mode: Mode) {
  const rows = keymapFor(mode);
  return { rows, keys: rows.flatMap((row) => row.keys), codes: rows.flatMap((row) => row.codes ?? []) };
}

/** What a US keyboard types at a key position the keymap names ("KeyB" types "b"). */
function usCharacter(code: string): string | undefined {
  const letter = /^Key([A-Z])$/.exec(code)?.[1];
  if (letter) return letter.toLowerCase();
  return ({ Period: '.', Comma: ',', Minus: '-', Equal: '=' } as Record<string, string>)[code];
}

describe('the keymap, in every mode', () => {
  it.each(MODES)('binds no key and no key position twice in %s mode, so a press never has two meanings', (mode) => {
    const { keys, codes } = bound(mode);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([]);
  });

  it.each(MODES)('reaches every row in %s mode by each of its keys, typed in either case', (mode) => {
    const { rows } = bound(mode);
    for (const row of rows) {
      for (const name of row.keys) {
        expect(commandFor(key(name), rows), `${name} in ${mode}`).toEqual(row.command);
        // Caps Lock or Shift on a letter still does what the help says.
        if (/^\p{L}$/u.test(name)) expect(commandFor(key(name.toUpperCase()), rows), `${name.toUpperCase()} in ${mode}`).toEqual(row.command);
      }
    }
  });

  it.each(MODES)('agrees with a US keyboard in %s mode: a key position types the character bound to the same row', (mode) => {
    const { rows } = bound(mode);
    for (const row of rows) {
      for (const code of row.codes ?? []) {
        const typed = usCharacter(code);
        expect(typed, `${code} is a key position the test knows`).toBeDefined();
        expect(commandFor(key(typed ?? '', { code }), rows), `${code} in ${mode}`).toEqual(row.command);
      }
    }
  });

  it.each(MODES)('falls back to the key position in %s mode when the layout types a character the keymap does not know', (mode) => {
    const { rows, keys } = bound(mode);
    for (const row of rows) {
      for (const code of row.codes ?? []) {
        // A Cyrillic, Greek or Arabic layout types something else at that place.
        for (const foreign of ['и', 'ψ', 'ش']) {
          expect(keys).not.toContain(foreign);
          expect(commandFor(key(foreign, { code }), rows), `${foreign} at ${code} in ${mode}`).toEqual(row.command);
        }
      }
    }
  });

  it.each(MODES)('lets the character win over the key position in %s mode, so a layout keeps its own letters', (mode) => {
    const { rows } = bound(mode);
    // Typing a bound character at the position of another row's key: the character's row acts.
    for (const row of rows) {
      for (const code of row.codes ?? []) {
        for (const other of rows.filter((r) => r !== row)) {
          for (const name of other.keys) expect(commandFor(key(name, { code }), rows), `${name} at ${code} in ${mode}`).toEqual(other.command);
        }
      }
    }
  });

  it.each(MODES)('leaves every key held with Ctrl, Alt or Cmd to the browser in %s mode (print, back, copy)', (mode) => {
    const { rows, keys, codes } = bound(mode);
    const presses = [...keys.map((name) => key(name)), ...codes.map((code) => key('и', { code }))];
    for (const press of presses) {
      for (const modifier of ['ctrlKey', 'altKey', 'metaKey'] as const) {
        const held = { ...press, [modifier]: true };
        expect(commandFor(held, rows), `${modifier} + ${press.key} (${press.code})`).toBeUndefined();
        expect(pressKey({ digits: '12' }, held, rows), `${modifier} + ${press.key}`).toEqual({ state: { digits: '12' }, handled: false });
      }
    }
  });

  it.each(MODES)('acts once for a held key in %s mode: its repeats are taken from the browser but do nothing, not even type a digit', (mode) => {
    const { rows, keys, codes } = bound(mode);
    const presses = [...keys.map((name) => key(name)), ...codes.map((code) => key('и', { code }))];
    for (const press of presses) {
      for (const digits of ['', '4']) {
        const first = pressKey({ digits }, press, rows);
        expect(first.handled, `${press.key} in ${mode}`).toBe(true);
        expect(pressKey({ digits }, { ...press, repeat: true }, rows), `${press.key} held in ${mode}`).toEqual({ state: { digits }, handled: true });
      }
    }
  });
});
