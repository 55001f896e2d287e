// Timing for the press office: words and estimated speaking time per point and in total,
// at the paces a speaker may take, with the longest points singled out. Pure arithmetic.
import type { Point } from '../speech/speech.ts';
import { countWords, speakingSeconds } from './words.ts';

/** The paces the press office plans with, in words per minute: deliberate, usual, brisk. */
export const PACES = [120, 130, 150] as const;

/** One of the planning paces. */
export type PlanningRate = (typeof PACES)[number];

/** How many of the longest points are singled out, at most: three, and no more than a quarter of the points. */
export const LONGEST_COUNT = 3;
const LONGEST_SHARE = 0.25;

/** A point's words and its speaking time at each pace. */
export interface PointTiming {
  id: string;
  number: number;
  words: number;
  seconds: Record<PlanningRate, number>;
  /** True for the longest points: the top three by words (one in four at most), ties included, if longer than the average. */
  longest: boolean;
}

/** The timing of a whole speech. */
export interface SpeechTiming {
  points: PointTiming[];
  words: number;
  seconds: Record<PlanningRate, number>;
  /** The most words in any one point, to scale bars against. */
  maxWords: number;
}

/** Seconds to say `words` at each pace. */
function atPaces(words: number): Record<PlanningRate, number> {
  return { 120: speakingSeconds(words, 120), 130: speakingSeconds(words, 130), 150: speakingSeconds(words, 150) };
}

/** Times every point and the whole, and marks the longest points. */
export function speechTiming(points: readonly Point[]): SpeechTiming {
  const counts = points.map((point) => countWords(point.text));
  // In a short speech, three of four points flagged would single out nothing.
  const flagged = Math.max(1, Math.min(LONGEST_COUNT, Math.floor(counts.length * LONGEST_SHARE)));
  const threshold = [...counts].sort((a, b) => b - a)[Math.min(flagged, counts.length) - 1] ?? Infinity;
  const words = counts.reduce((sum, n) => sum + n, 0);
  // A point no longer than the average stands out from nothing, so it is never flagged.
  const average = counts.length > 0 ? words / counts.length : 0;
  return {
    points: points.map((point, i) => {
      const n = counts[i] ?? 0;
      return { id: point.id, number: i + 1, words: n, seconds: atPaces(n), longest: n >= threshold && n > average };
    }),
    words,
    seconds: atPaces(words),
    maxWords: Math.max(0, ...counts),
  };
}
