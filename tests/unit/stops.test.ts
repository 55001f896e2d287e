// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { screenKey, screensOf, stopsAround } from '../../src/model/deck/screens.ts';
import { icarus } from '../support/speech.ts';

const speech = icarus();
const screens = screensOf(speech);
/** The stops around a place, by key and part. */
const around = (index: number, part: number, splits: Record<string, number[]> = {}) =>
  stopsAround(screens, index, part, splits).map((stop) => [stop.key, stop.part]);
const key = (index: number) => screenKey(screens[index] ?? { kind: 'signature' });

describe('the stops the podium keeps laid out', () => {
  it('are the previous, the current and the next screen, in speech order', () => {
    expect(around(5, 0)).toEqual([
      [key(4), 0],
      [key(5), 0],
      [key(6), 0],
    ]);
  });

  it('stop at the ends of the speech', () => {
    expect(around(0, 0)).toEqual([
      [key(0), 0],
      [key(1), 0],
    ]);
    const last = screens.length - 1;
    expect(around(last, 0)).toEqual([
      [key(last - 1), 0],
      [key(last), 0],
    ]);
  });

  it('step through the parts of a split point, and reach the previous point at its last part', () => {
    const text = speech.points[2]?.text ?? '';
    const splits = { [key(2)]: [text.indexOf(' ', 40) + 1, text.indexOf(' ', 80) + 1] };
    expect(around(2, 1, splits)).toEqual([
      [`${key(2)}#0`, 0],
      [`${key(2)}#1`, 1],
      [`${key(2)}#2`, 2],
    ]);
    expect(around(3, 0, splits)).toEqual([
      [`${key(2)}#2`, 2],
      [key(3), 0],
      [key(4), 0],
    ]);
    expect(around(1, 0, splits)).toEqual([
      [key(0), 0],
      [key(1), 0],
      [`${key(2)}#0`, 0],
    ]);
  });
});
