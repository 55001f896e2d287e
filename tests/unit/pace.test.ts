// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { speechTiming } from '../../src/model/timing/pace.ts';
import { icarus } from '../support/speech.ts';

describe('speechTiming', () => {
  it('times each point and the whole at 120, 130 and 150 words per minute', () => {
    const timing = speechTiming([
      { id: 'a', text: 'one two three four five six' },
      { id: 'b', text: 'one two three' },
    ]);
    expect(timing.words).toBe(9);
    expect(timing.points[0]?.seconds).toEqual({ 120: 3, 130: 3, 150: 2 });
    // 9 words: 4.5 s at 120, 4.15 s at 130, 3.6 s at 150, to the nearest second.
    expect(timing.seconds).toEqual({ 120: 5, 130: 4, 150: 4 });
  });

  it('flags the three longest Icarus points', () => {
    const timing = speechTiming(icarus().points);
    expect(timing.words).toBe(663);
    expect(timing.points.filter((p) => p.longest).map((p) => p.number)).toEqual([12, 13, 14]);
    expect(timing.maxWords).toBe(60);
    expect(timing.seconds[130]).toBe(306);
  });

  it('flags every point tied for a place among the longest', () => {
    const texts = ['a b c d', 'a b c d', 'a b c d', 'a b c d', 'a', 'a', 'a'];
    const timing = speechTiming(texts.map((text, i) => ({ id: String(i), text })));
    expect(timing.points.map((p) => p.longest)).toEqual([true, true, true, true, false, false, false]);
  });

  it('flags no more than a quarter of the points, so a short statement has one longest point', () => {
    const texts = ['a b c d e f g h i j', 'a b c d e f g h', 'a b c d e f g h i', 'a b c'];
    const timing = speechTiming(texts.map((text, i) => ({ id: String(i), text })));
    expect(timing.points.map((p) => p.longest)).toEqual([true, false, false, false]);
    const eight = speechTiming([...texts, ...texts].map((text, i) => ({ id: String(i), text })));
    expect(eight.points.filter((p) => p.longest).map((p) => p.number)).toEqual([1, 5]);
  });

  it('flags nothing when no point is longer than the average', () => {
    const timing = speechTiming(['1', '2'].map((id) => ({ id, text: 'a b c' })));
    expect(timing.points.some((p) => p.longest)).toBe(false);
  });
});
