// Pacing: how long is left at the speaking rate, how the speaker stands against the target
// duration, and the rate actually measured in a rehearsal. Pure arithmetic over word counts
// per screen and milliseconds; the views derive everything they show from these.
import { wordsFor, type AppWords } from '../speech/language.ts';
import { countWords, formatDuration } from './words.ts';

/** Words said on each screen, by index; screens that are not spoken (signature, note) count 0. */
export function wordsPerScreen(texts: readonly (string | null)[]): number[] {
  return texts.map((text) => (text === null ? 0 : countWords(text)));
}

/** Seconds needed to say the screens from `index` to the end, the current one included. */
export function secondsLeft(words: readonly number[], index: number, wordsPerMinute: number): number {
  if (wordsPerMinute <= 0) return 0;
  const left = words.slice(Math.max(0, index)).reduce((sum, n) => sum + n, 0);
  return Math.round((left / wordsPerMinute) * 60);
}

/** How the projected finish compares with the target: calm words, not an alarm. */
export type PaceVerdict = { kind: 'on-time' } | { kind: 'ahead' | 'behind'; seconds: number };

/** Within this many seconds of the target the speaker is on time. */
export const ON_TIME_SECONDS = 30;

/** Projects the finish (elapsed plus what is left) against the target, both in seconds. */
export function paceAgainst(targetSeconds: number, elapsedSeconds: number, leftSeconds: number): PaceVerdict {
  const margin = targetSeconds - (elapsedSeconds + leftSeconds);
  if (Math.abs(margin) <= ON_TIME_SECONDS) return { kind: 'on-time' };
  return { kind: margin > 0 ? 'ahead' : 'behind', seconds: Math.round(Math.abs(margin)) };
}

/** Says how the projected finish compares with the target, in calm words: "On time", "1:10 ahead" (or the speech's language's). */
export function describePace(pace: PaceVerdict, words: Pick<AppWords, 'pace'> = wordsFor('en')): string {
  return pace.kind === 'on-time' ? words.pace.onTime : words.pace[pace.kind](formatDuration(pace.seconds));
}

/** A screen shown for less than this was skipped through, not read, and is left out of the rate. */
export const READ_AT_LEAST_MS = 2000;
/** A rate measured over fewer words than this says too little to be trusted. */
export const MEASURE_AT_LEAST_WORDS = 40;

/** The speaking rates a person can reach, in words per minute; a measure outside them is a clock gone wrong. */
export const HUMAN_RATES = { min: 30, max: 400 } as const;

/** True for a rate a person can speak at. */
export function isHumanRate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= HUMAN_RATES.min && value <= HUMAN_RATES.max;
}

/** The rate a rehearsal measured: words per minute over the points read, with how many. */
export interface MeasuredRate {
  wordsPerMinute: number;
  points: number;
}

/** The speaker's real rate from the time spent per screen, or null when too little was read. */
export function measuredRate(words: readonly number[], spentMs: readonly number[]): MeasuredRate | null {
  let saidWords = 0;
  let ms = 0;
  let points = 0;
  words.forEach((count, i) => {
    const spent = spentMs[i] ?? 0;
    if (count === 0 || spent < READ_AT_LEAST_MS) return;
    saidWords += count;
    ms += spent;
    points += 1;
  });
  if (saidWords < MEASURE_AT_LEAST_WORDS || ms <= 0) return null;
  const wordsPerMinute = Math.round(saidWords / (ms / 60_000));
  return isHumanRate(wordsPerMinute) ? { wordsPerMinute, points } : null;
}

/** Writes a wall-clock time as HH:MM in 24-hour form, as a podium clock shows it. */
export function formatClock(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** What the timing displays show at one moment. */
export interface PacingSummary {
  elapsedSeconds: number;
  leftSeconds: number;
  /** Null when the event sets no target duration. */
  verdict: PaceVerdict | null;
}

/** Derives the timing displays from the words per screen, the screen, the elapsed time, the rate and the target. */
export function pacing(
  words: readonly number[],
  index: number,
  elapsedMs: number,
  wordsPerMinute: number,
  targetMinutes: number | undefined,
): PacingSummary {
  const elapsedSeconds = Math.floor(elapsedMs / 1000);
  const leftSeconds = secondsLeft(words, index, wordsPerMinute);
  const verdict = targetMinutes === undefined ? null : paceAgainst(targetMinutes * 60, elapsedSeconds, leftSeconds);
  return { elapsedSeconds, leftSeconds, verdict };
}

/** The rate the estimates use and where it comes from. */
export interface RateInUse {
  wordsPerMinute: number;
  source: 'this run' | 'rehearsal' | 'event';
  /** The rate this run measured, if it has read enough to say. */
  measured: MeasuredRate | null;
}

/** The rate in use: this run's measured rate, else the last run's, else the event's. */
export function rateInUse(
  words: readonly number[],
  live: { run: { spent: readonly number[] }; rehearsalRate: number | null },
  eventWordsPerMinute: number,
): RateInUse {
  const measured = measuredRate(words, live.run.spent);
  if (measured) return { wordsPerMinute: measured.wordsPerMinute, source: 'this run', measured };
  if (live.rehearsalRate !== null) return { wordsPerMinute: live.rehearsalRate, source: 'rehearsal', measured };
  return { wordsPerMinute: eventWordsPerMinute, source: 'event', measured };
}
