// The running order of a press conference as the press office plans it: each speech's speaker,
// points, words, estimated time and allotted minutes, and, at the event, the time each speaker
// has used. Pure: the views and the check take the rows; reading storage is the caller's.
import type { Speech } from '../speech/speech.ts';
import { deckOf, screensOf, type Handover } from '../deck/screens.ts';
import type { Deck } from '../live/live.ts';
import { liveKey } from '../config.ts';
import { readSaved } from '../wire.ts';
import { speechTiming } from '../timing/pace.ts';
import { elapsedMs } from '../timing/run.ts';
import { formatDuration } from '../timing/words.ts';

/** The pace the running order is estimated at: the usual one, in words per minute. */
export const ORDER_PACE = 130;

/** One speech of the running order as it is planned. */
export interface OrderRow {
  /** The 1-based place in the running order. */
  position: number;
  /** The speech's folder: its identity and its addresses. */
  id: string;
  speaker: string;
  role?: string;
  points: number;
  words: number;
  /** Estimated speaking time at ORDER_PACE. */
  seconds: number;
  /** The allotted minutes, when the running order gives them. */
  minutes?: number;
}

/** The rows of the running order, in order. */
export function orderRows(speeches: readonly { id: string; speech: Speech; minutes?: number }[]): OrderRow[] {
  return speeches.map(({ id, speech, minutes }, i) => {
    const timing = speechTiming(speech.points);
    return {
      position: i + 1,
      id,
      speaker: speech.signature.name,
      ...(speech.signature.role === undefined ? {} : { role: speech.signature.role }),
      points: speech.points.length,
      words: timing.words,
      seconds: timing.seconds[ORDER_PACE],
      ...(minutes === undefined ? {} : { minutes }),
    };
  });
}

/** How many of the next speech's first words the handover shows. */
export const OPENING_WORDS = 12;

/** The opening words of a text: its first OPENING_WORDS words, then "…" when it goes on. */
export function openingWords(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length > OPENING_WORDS ? `${words.slice(0, OPENING_WORDS).join(' ')}…` : words.join(' ');
}

/** The handover after the speech at `index` of a running order: the next speaker, or none after the last. */
export function handoverAfter(speeches: readonly { id: string; speech: Speech }[], index: number): Handover | undefined {
  const next = speeches[index + 1];
  if (!next) return undefined;
  const { signature, points, event } = next.speech;
  return {
    folder: next.id,
    speaker: signature.name,
    ...(signature.role === undefined ? {} : { role: signature.role }),
    opening: openingWords(points[0]?.text ?? ''),
    language: event.language,
  };
}

/** The screens of the speech at `index` of a running order, the handover to the next speaker last. */
export function conferenceDeck(speeches: readonly { id: string; speech: Speech }[], index: number) {
  const speech = speeches[index]?.speech;
  return speech ? deckOf(screensOf(speech, handoverAfter(speeches, index))) : undefined;
}

/** The allotment as written: "8 min", or a dash when the running order gives none. */
export function allottedText(minutes: number | undefined): string {
  return minutes === undefined ? '—' : `${minutes} min`;
}

/** The running order for the check's report: one line per speech, then the totals. */
export function runningOrderLines(rows: readonly OrderRow[]): string[] {
  const allotted = rows.reduce((sum, row) => sum + (row.minutes ?? 0), 0);
  const seconds = rows.reduce((sum, row) => sum + row.seconds, 0);
  return [
    `Running order: ${rows.length} speeches`,
    ...rows.map(
      (row) =>
        `  ${row.position}. ${row.id}: ${row.speaker}${row.role ? `, ${row.role}` : ''} — ${row.points} points, ${row.words} words, about ${formatDuration(row.seconds)} at ${ORDER_PACE} wpm, allotted ${allottedText(row.minutes)}` +
        (row.minutes !== undefined && row.seconds > row.minutes * 60 ? ' (LONGER than the allotment)' : ''),
    ),
    `  In all: about ${formatDuration(seconds)} at ${ORDER_PACE} wpm${allotted > 0 ? `, allotted ${allotted} min` : ''}`,
  ];
}

/**
 * The time a speaker has used: the run timer of the speech's stored live state (`raw`, as saved
 * under its storage key), validated as a message is against the speech's screens (`deck`); null
 * when there is none or it is not valid.
 */
export function timeUsedMs(raw: string | null, deck: Pick<Deck, 'keys' | 'lengths'>, now: number): number | null {
  const reading = readSaved(raw, deck);
  return reading.kind === 'saved' ? elapsedMs(reading.saved.live.run.timer, now) : null;
}

/** The storage key of a speech's live state, as the session store saves it, from its identity and the version the build computed. */
export function storedKeyOf(id: string, fingerprint: string): string {
  return liveKey({ speech: id, version: fingerprint });
}
