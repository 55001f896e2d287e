// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { countWords, formatDuration, speakingSeconds } from '../../src/model/timing/words.ts';

describe('countWords', () => {
  it('counts the words a speaker says', () => {
    expect(countWords('Good morning, today we are meeting at Europol')).toBe(8);
  });

  it('counts numbers and ignores lone punctuation and extra whitespace', () => {
    expect(countWords('  So far 220 suspects — (101 arrested) ;  ')).toBe(6);
    expect(countWords('Before\u00a0giving\nyou')).toBe(3);
  });

  it('counts nothing in an empty text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' \n ')).toBe(0);
  });
});

describe('speakingSeconds', () => {
  it('times words at a speaking rate, to the second', () => {
    expect(speakingSeconds(130, 130)).toBe(60);
    expect(speakingSeconds(65, 130)).toBe(30);
    expect(speakingSeconds(1, 130)).toBe(0);
  });

  it('gives 0 for a rate that is not positive', () => {
    expect(speakingSeconds(100, 0)).toBe(0);
  });
});

describe('formatDuration', () => {
  it('writes minutes and two-digit seconds', () => {
    expect(formatDuration(125)).toBe('2:05');
    expect(formatDuration(59.6)).toBe('1:00');
    expect(formatDuration(0)).toBe('0:00');
  });

  it('never shows a negative time', () => {
    expect(formatDuration(-10)).toBe('0:00');
  });
});
