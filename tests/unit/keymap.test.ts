// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { commandFor, KEYMAP, keyLabels, pressKey, type KeyInput, type KeyState } from '../../src/model/deck/keymap.ts';

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
  it.each(KEYMAP.flatMap((row) => row.keys.map((k) => [k, row.command] as const)))(
    'answers %j with its row of the keymap',
    (name, command) => {
      expect(commandFor(key(name))).toEqual(command);
    },
  );

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
  it('writes keys as they are printed on the keyboard', () => {
    const next = KEYMAP.find((row) => row.description === 'Next point');
    expect(next && keyLabels(next)).toEqual(['Page Down', '→', '↓', 'Space', 'N', 'Enter']);
  });

  it('uses the label of a row that has one', () => {
    const digits = KEYMAP.find((row) => row.command.type === 'digit');
    expect(digits && keyLabels(digits)).toEqual(['0–9, then Enter']);
  });
});
