// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fitTrial, guessSize, largestFitting } from '../../src/model/deck/fit.ts';

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

  it('finds the same size whatever it tries first', () => {
    for (const limit of [12, 13, 37.4, 61, 99.5, 154, 199, 200, 400]) {
      const expected = largestFitting(upTo(limit).fits, 12, 200);
      for (const first of [limit, limit - 1, limit + 1, 12, 11, 13, 199, 200, 201, 900, NaN, -5]) {
        expect(largestFitting(upTo(limit).fits, 12, 200, () => limit * 0.95, first), `limit ${limit}, first ${first}`).toBe(expected);
      }
    }
  });

  it('lays out fewer times when it starts close', () => {
    const fromLargest = upTo(86.5);
    largestFitting(fromLargest.fits, 12, 200, () => 88);
    const fromGuess = upTo(86.5);
    largestFitting(fromGuess.fits, 12, 200, () => 87, 85);
    expect(fromGuess.calls[0]).toBe(85);
    expect(fromGuess.calls.length).toBeLessThan(fromLargest.calls.length);
  });

  it('guesses the size that fills a box from the length of the text', () => {
    // 146 characters in the 1728 × 907 box of a 1920 × 1080 screen fit at 116 px.
    expect(guessSize(146, 1728, 907)).toBeGreaterThan(110);
    expect(guessSize(146, 1728, 907)).toBeLessThan(130);
    expect(guessSize(600, 1728, 907)).toBeLessThan(guessSize(146, 1728, 907));
    expect(Number.isFinite(guessSize(0, 1728, 907))).toBe(true);
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

describe('fitTrial', () => {
  /** Greedy wrapping of words `widths` (in em) at `size` in a box `width` wide: the block's height. */
  function laidOut(widths: readonly number[], size: number, width: number): number {
    let lines = 1;
    let x = 0;
    for (const word of widths) {
      const w = word * size;
      if (x > 0 && x + 0.28 * size + w > width) {
        lines += 1;
        x = w;
      } else x += (x > 0 ? 0.28 * size : 0) + w;
    }
    return Math.round(lines * 1.3 * size);
  }

  it('leads the search to the same size in three or four layouts on the whole, never more than nine', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const counts: number[] = [];
    for (let text = 0; text < 500; text++) {
      const widths = Array.from({ length: 5 + Math.floor(random() * 120) }, () => 0.3 + random() * 2.2);
      const width = 800 + random() * 1100;
      const height = 500 + random() * 500;
      const floor = Math.round((36 * height) / 1080);
      const largest = Math.max(floor, Math.floor(height / 7));
      const plain = largestFitting((size) => laidOut(widths, size, width) <= height, floor, largest);
      // A block of these words as the browser would lay it out at the size last set.
      const block = {
        style: { fontSize: '' },
        get scrollHeight() {
          return laidOut(widths, parseFloat(this.style.fontSize), width);
        },
        scrollWidth: width,
        clientWidth: width,
      };
      let tries = 0;
      const trial = fitTrial(block, height);
      const fits = (size: number) => {
        tries += 1;
        return trial.fits(size);
      };
      expect(largestFitting(fits, floor, largest, trial.estimate)).toBe(plain);
      counts.push(tries);
    }
    expect(counts.reduce((a, b) => a + b, 0) / counts.length).toBeLessThan(4);
    expect(Math.max(...counts)).toBeLessThanOrEqual(9);
  });
});
