// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describePace, formatClock, measuredRate, pacing, paceAgainst, secondsLeft, wordsPerScreen } from '../../src/model/timing/pacing.ts';

describe('pacing arithmetic', () => {
  const words = [130, 65, 65, 0, 0];

  it('counts words per screen, unspoken screens as zero', () => {
    expect(wordsPerScreen(['one two three', null, 'four'])).toEqual([3, 0, 1]);
  });

  it('estimates the time left from the current screen on', () => {
    expect(secondsLeft(words, 0, 130)).toBe(120);
    expect(secondsLeft(words, 1, 130)).toBe(60);
    expect(secondsLeft(words, 4, 130)).toBe(0);
    expect(secondsLeft(words, 0, 0)).toBe(0);
  });

  it('says on time within half a minute of the target, else ahead or behind by how much', () => {
    expect(paceAgainst(300, 100, 190)).toEqual({ kind: 'on-time' });
    expect(paceAgainst(300, 100, 100)).toEqual({ kind: 'ahead', seconds: 100 });
    expect(paceAgainst(300, 250, 120)).toEqual({ kind: 'behind', seconds: 70 });
    expect(describePace({ kind: 'behind', seconds: 70 })).toBe('1:10 behind');
    expect(describePace({ kind: 'on-time' })).toBe('On time');
  });

  it('derives the summary, with no pace when there is no target', () => {
    expect(pacing(words, 1, 61_900, 130, undefined)).toEqual({ elapsedSeconds: 61, leftSeconds: 60, verdict: null });
    expect(pacing(words, 1, 60_000, 130, 2).verdict).toEqual({ kind: 'on-time' });
  });

  it('measures the real rate over the points read, leaving out skipped screens', () => {
    expect(measuredRate(words, [60_000, 30_000, 500])).toEqual({ wordsPerMinute: 130, points: 2 });
    expect(measuredRate(words, [30_000, 15_000])).toEqual({ wordsPerMinute: 260, points: 2 });
  });

  it('does not trust a rate measured over too few words', () => {
    expect(measuredRate([10, 10], [5_000, 5_000])).toBeNull();
    expect(measuredRate(words, [])).toBeNull();
  });

  it('writes the wall clock as HH:MM', () => {
    expect(formatClock(new Date(2026, 0, 1, 9, 5))).toBe('09:05');
  });
});
