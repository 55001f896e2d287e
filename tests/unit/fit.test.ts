import { describe, expect, it } from 'vitest';
import { largestFitting } from '../../src/deck/fit.ts';

/** A predicate that holds up to `limit`, counting how often it is asked. */
function upTo(limit: number) {
  const calls: number[] = [];
  const fits = (size: number) => {
    calls.push(size);
    return size <= limit;
  };
  return { fits, calls };
}

describe('largestFitting', () => {
  it.each([
    [37.4, 37],
    [37, 37],
    [150.9, 150],
    [12.5, 12],
    [13, 13],
  ])('finds the largest whole size that fits (limit %d gives %d)', (limit, expected) => {
    expect(largestFitting(upTo(limit).fits, 12, 200)).toBe(expected);
  });

  it('never exceeds a maximum that is not a whole number', () => {
    expect(largestFitting(upTo(500).fits, 12, 154.3)).toBe(154);
  });

  it('gives the maximum when it fits', () => {
    expect(largestFitting(upTo(500).fits, 12, 200)).toBe(200);
  });

  it('gives the minimum when nothing fits', () => {
    expect(largestFitting(upTo(5).fits, 12, 200)).toBe(12);
  });

  it('lays out a handful of times, not once per pixel', () => {
    const { fits, calls } = upTo(100);
    largestFitting(fits, 12, 1000);
    expect(calls.length).toBeLessThanOrEqual(12);
  });

  it('finds the same size whatever the guess, good, bad or absent', () => {
    for (const limit of [12, 13, 37.4, 61, 99.5, 154, 199]) {
      const expected = largestFitting(upTo(limit).fits, 12, 200);
      for (const guess of [limit, limit * 0.9, limit * 1.1, 12, 13, 199, 200, 5, 900, NaN]) {
        expect(largestFitting(upTo(limit).fits, 12, 200, () => guess), `limit ${limit}, guess ${guess}`).toBe(expected);
      }
    }
  });

  it('lays out fewer times with a close guess', () => {
    const blind = upTo(86.5);
    largestFitting(blind.fits, 12, 200);
    const guided = upTo(86.5);
    largestFitting(guided.fits, 12, 200, () => 88);
    expect(guided.calls.length).toBeLessThan(blind.calls.length);
    expect(guided.calls.length).toBeLessThanOrEqual(6);
  });
});
