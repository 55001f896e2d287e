// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { clamp, navigate, type Position } from '../../src/model/deck/navigation.ts';

const at = (index: number, count = 5): Position => ({ index, count });

describe('navigate', () => {
  it('moves one screen forward and back', () => {
    expect(navigate(at(2), { type: 'next' })).toEqual(at(3));
    expect(navigate(at(2), { type: 'previous' })).toEqual(at(1));
  });

  it('stays on the last screen when asked for the next, and on the first when asked for the previous', () => {
    expect(navigate(at(4), { type: 'next' })).toEqual(at(4));
    expect(navigate(at(0), { type: 'previous' })).toEqual(at(0));
  });

  it('jumps to the first and the last screen', () => {
    expect(navigate(at(3), { type: 'first' })).toEqual(at(0));
    expect(navigate(at(1), { type: 'last' })).toEqual(at(4));
  });

  it('goes to a screen by index, clamped to the speech', () => {
    expect(navigate(at(0), { type: 'goto', index: 3 })).toEqual(at(3));
    expect(navigate(at(0), { type: 'goto', index: 99 })).toEqual(at(4));
    expect(navigate(at(2), { type: 'goto', index: -1 })).toEqual(at(0));
  });

  it('never leaves index 0 when there is nothing to show', () => {
    for (const type of ['next', 'previous', 'first', 'last'] as const) {
      expect(navigate(at(0, 0), { type })).toEqual(at(0, 0));
    }
  });
});

describe('clamp', () => {
  it('keeps an index inside 0..count-1', () => {
    expect(clamp(-5, 3)).toBe(0);
    expect(clamp(1, 3)).toBe(1);
    expect(clamp(7, 3)).toBe(2);
  });

  it('drops a fraction and turns a non-number into 0', () => {
    expect(clamp(1.9, 3)).toBe(1);
    expect(clamp(NaN, 3)).toBe(0);
    expect(clamp(Infinity, 3)).toBe(0);
  });
});
