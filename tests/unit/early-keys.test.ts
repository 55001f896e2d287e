import { afterEach, describe, expect, it } from 'vitest';
import { holdEarlyKeys, takeEarlyKeys } from '../../src/app/boot/earlyKeys.ts';

/** Presses a key on the window; returns whether something prevented its default. */
function press(key: string, init: KeyboardEventInit = {}): boolean {
  const event = new KeyboardEvent('keydown', { key, cancelable: true, ...init });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

afterEach(() => {
  // Whatever a test left held is let go.
  takeEarlyKeys(window);
});

describe('the keys pressed before the app listens', () => {
  it('are held from the first paint and given to the app once, in order', () => {
    holdEarlyKeys(window);
    expect(press('PageDown', { code: 'PageDown' })).toBe(true);
    expect(press('b', { code: 'KeyB' })).toBe(true);
    expect(press('PageDown', { code: 'PageDown', repeat: true })).toBe(true);
    expect(takeEarlyKeys(window)).toEqual([
      { key: 'PageDown', code: 'PageDown', ctrlKey: false, altKey: false, metaKey: false, repeat: false },
      { key: 'b', code: 'KeyB', ctrlKey: false, altKey: false, metaKey: false, repeat: false },
      { key: 'PageDown', code: 'PageDown', ctrlKey: false, altKey: false, metaKey: false, repeat: true },
    ]);
    // Taken: the app hears the keys from now on, and they are not held twice.
    expect(press('PageDown')).toBe(false);
    expect(takeEarlyKeys(window)).toEqual([]);
  });

  it('leaves the browser its keys: modifier combinations, keys the presenter does not use, keys already handled', () => {
    holdEarlyKeys(window);
    expect(press('r', { ctrlKey: true, code: 'KeyR' })).toBe(false);
    expect(press('Tab')).toBe(false);
    expect(press('v', { code: 'KeyV' })).toBe(true);
    const handled = new KeyboardEvent('keydown', { key: 'PageDown', cancelable: true });
    handled.preventDefault();
    window.dispatchEvent(handled);
    expect(takeEarlyKeys(window).map((input) => input.key)).toEqual(['v']);
  });

  it('gives nothing where the first paint held nothing', () => {
    press('PageDown');
    expect(takeEarlyKeys(window)).toEqual([]);
  });
});
