// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { commandFor, describeKey, keyLabels, keymapFor, pressKey, type KeyInput } from '../../src/model/deck/keymap.ts';

/** A plain key press, as a clicker or keyboard sends it. */
function key(key: string, code = '', extra: Partial<KeyInput> = {}): KeyInput {
  return { key, code, ctrlKey: false, altKey: false, metaKey: false, ...extra };
}

describe('podium keys', () => {
  it('blacks out with B or the period, by character or by key position', () => {
    const black = { type: 'blank', display: 'black' };
    expect(commandFor(key('b', 'KeyB'))).toEqual(black);
    expect(commandFor(key('B', 'KeyB', {}))).toEqual(black);
    expect(commandFor(key('.', 'Period'))).toEqual(black);
    // A layout that types something else on the B key still blacks out.
    expect(commandFor(key('и', 'KeyB'))).toEqual(black);
  });

  it('whites out with W or the comma', () => {
    const white = { type: 'blank', display: 'white' };
    expect(commandFor(key('w', 'KeyW'))).toEqual(white);
    expect(commandFor(key(',', 'Comma'))).toEqual(white);
  });

  it('matches the character before the key position, so layouts keep their letters', () => {
    // On AZERTY the comma sits where QWERTY has M: it must white out, not mirror.
    expect(commandFor(key(',', 'KeyM'))).toEqual({ type: 'blank', display: 'white' });
  });

  it('binds mirror, full screen, text size and the clicker start button', () => {
    expect(commandFor(key('m', 'KeyM'))).toEqual({ type: 'mirror' });
    expect(commandFor(key('f', 'KeyF'))).toEqual({ type: 'fullscreen' });
    expect(commandFor(key('+', 'Equal'))).toEqual({ type: 'text-size', by: 1 });
    expect(commandFor(key('=', 'Equal'))).toEqual({ type: 'text-size', by: 1 });
    expect(commandFor(key('-', 'Minus'))).toEqual({ type: 'text-size', by: -1 });
    expect(commandFor(key('F5', 'F5'))).toEqual({ type: 'start' });
    expect(commandFor(key('F5', 'F5', { ctrlKey: true }))).toBeUndefined();
  });

  it('swallows the repeats of a held key: handled, but no command', () => {
    const held = pressKey({ digits: '' }, key('PageDown', 'PageDown', { repeat: true }));
    expect(held).toEqual({ state: { digits: '' }, handled: true });
    expect(pressKey({ digits: '' }, key('PageDown', 'PageDown')).command).toEqual({ type: 'next' });
    expect(pressKey({ digits: '' }, key('b', 'KeyB', { repeat: true })).command).toBeUndefined();
  });

  it('gives each mode its own rows, and the help lists them', () => {
    const present = keymapFor('present');
    const read = keymapFor('read');
    const console_ = keymapFor('console');
    expect(present.some((row) => row.command.type === 'mirror')).toBe(true);
    expect(console_.some((row) => row.command.type === 'mirror')).toBe(false);
    expect(console_.some((row) => row.command.type === 'switch-mode')).toBe(false);
    expect(read.some((row) => row.command.type === 'blank' || row.command.type === 'start')).toBe(false);
    expect(commandFor(key('F5', 'F5'), read)).toBeUndefined();
    expect(present.flatMap(keyLabels)).toEqual(expect.arrayContaining(['B', '. (period)', 'W', ', (comma)', 'M', 'F', 'F5', '+', '-']));
  });

  it('describes what a key will do for the clicker test', () => {
    expect(describeKey(key('PageDown', 'PageDown'), 'present')).toBe('Next point');
    expect(describeKey(key('PageDown', 'PageDown', { repeat: true }), 'present')).toMatch(/held: only the first press counts/);
    expect(describeKey(key('Tab', 'Tab'), 'present')).toMatch(/^Nothing/);
    expect(describeKey(key('m', 'KeyM'), 'console')).toMatch(/^Nothing/);
  });
});
