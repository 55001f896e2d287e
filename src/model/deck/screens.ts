// The screens of a speech in the order they are shown: each point, then the signature, then
// the note when the speech has one, then, in a running order, the handover to the next speaker.
// Derived from the speech, never stored.
import { wordsFor, type AppWords } from '../speech/language.ts';
import type { Note, Point, Speech } from '../speech/speech.ts';
import type { Deck, Live } from '../live/live.ts';
import { partOffsets, partsOf } from './split.ts';
import { wordsPerScreen } from '../timing/pacing.ts';
import type { RecordScreen } from '../timing/record.ts';

/** One screen of the presentation. `number` is the point's 1-based place in the speech. */
export type Screen =
  | {
      kind: 'point';
      number: number;
      point: Point;
      /** For a part of a point shown over several screens (its text then the part's): where the part starts in the point's text. */
      from?: number;
    }
  | { kind: 'signature' }
  | { kind: 'note'; note: Note; rows?: RowRange }
  | { kind: 'handover'; handover: Handover };

/**
 * The rows of the note's table one screen shows, when the podium splits a long table: rows
 * [from, to) of the table in its shown order. The first part alone carries the intro, the last
 * alone the total and the footnotes.
 */
export interface RowRange {
  from: number;
  to: number;
}

/** The next speaker of a running order, as the handover screen names them. */
export interface Handover {
  /** The next speech's folder, where Next on the handover goes. */
  folder: string;
  speaker: string;
  role?: string;
  /** The opening words of the next speech's first point, and the language they are in. */
  opening: string;
  language: string;
}

/** Lists the screens of a speech; `handover` ends them when another speaker follows. */
export function screensOf(speech: Speech, handover?: Handover): Screen[] {
  return [
    ...speech.points.map((point, i): Screen => ({ kind: 'point', number: i + 1, point })),
    { kind: 'signature' },
    ...(speech.note ? [{ kind: 'note', note: speech.note } as const] : []),
    ...(handover ? [{ kind: 'handover', handover } as const] : []),
  ];
}

/**
 * What the "Next:" line says of a screen, in the speech's words. After the last screen (`next`
 * undefined) it says what follows the screen shown (`current`): on the handover, the next
 * speaker and the opening words of their first point; else the end of the speech.
 */
export function nextText(next: Screen | undefined, words: Pick<AppWords, 'end' | 'signature'>, current?: Screen): string {
  if (next === undefined) return current?.kind === 'handover' ? `${current.handover.speaker}: “${current.handover.opening}”` : words.end;
  switch (next.kind) {
    case 'point':
      return next.point.text;
    case 'signature':
      return words.signature;
    case 'note':
      return next.note.title;
    case 'handover':
      return next.handover.speaker;
  }
}

/** A name for a screen that stays the same while its content does. */
export function screenKey(screen: Screen): string {
  return screen.kind === 'point' ? `point:${screen.point.id}` : screen.kind;
}

/** The short name of a screen for the progress line and previews, such as "7 / 19", in the speech's language. */
export function screenLabel(screen: Screen, speech: Pick<Speech, 'points' | 'event'>): string {
  switch (screen.kind) {
    case 'point':
      return `${screen.number} / ${speech.points.length}`;
    case 'signature':
      return wordsFor(speech.event.language).signature;
    case 'note':
      return screen.note.title;
    case 'handover':
      return screen.handover.speaker;
  }
}

/** What a screen reader hears when the screen changes. */
export function screenAnnouncement(screen: Screen, speech: Pick<Speech, 'points' | 'event'>): string {
  return screen.kind === 'point'
    ? wordsFor(speech.event.language).pointOf(screen.number, speech.points.length)
    : screenLabel(screen, speech);
}

/** The screens as the live state needs them: each one's identity and the words said on it. */
export function deckOf(screens: readonly Screen[]): Deck {
  return {
    keys: screens.map(screenKey),
    words: wordsPerScreen(screens.map((s) => (s.kind === 'point' ? s.point.text : null))),
    // Where a screen may split: a point inside its text, the note between its table's rows.
    lengths: screens.map((s) => (s.kind === 'point' ? s.point.text.length : s.kind === 'note' ? s.note.results.length : 0)),
  };
}

/** One screen as shown: a screen, or one part of a point the podium splits over several. */
export interface Stop {
  screen: Screen;
  /** The screen's index in the speech. */
  index: number;
  /** The 0-based part shown, and how many parts the screen has (1 when it is not split). */
  part: number;
  parts: number;
  /** Names what is shown, for fitting and error recovery. */
  key: string;
}

/** What is shown at a screen and part: for a split point, the point with its part's text. */
export function stopAt(screens: readonly Screen[], index: number, part: number, splits: Live['splits']): Stop | undefined {
  const screen = screens[index];
  if (!screen) return undefined;
  const key = screenKey(screen);
  const starts = screen.kind === 'point' || screen.kind === 'note' ? (splits[key] ?? []) : [];
  if (starts.length === 0) return { screen, index, part: 0, parts: 1, key };
  if (screen.kind === 'note') {
    const bounds = [0, ...starts, screen.note.results.length];
    const at = Math.min(Math.max(0, part), bounds.length - 2);
    const rows = { from: bounds[at] ?? 0, to: bounds[at + 1] ?? 0 };
    return { screen: { ...screen, rows }, index, part: at, parts: bounds.length - 1, key: `${key}#${at}` };
  }
  if (screen.kind !== 'point') return { screen, index, part: 0, parts: 1, key };
  const parts = partsOf(screen.point.text, starts);
  const at = Math.min(Math.max(0, part), parts.length - 1);
  const from = partOffsets(screen.point.text, starts)[at] ?? 0;
  return { screen: { ...screen, point: { ...screen.point, text: parts[at] ?? '' }, from }, index, part: at, parts: parts.length, key: `${key}#${at}` };
}

/** What comes after a stop: the next part of the same point, else the next screen. */
export function nextStop(screens: readonly Screen[], index: number, part: number, splits: Live['splits']): Stop | undefined {
  const here = stopAt(screens, index, part, splits);
  return here && here.part + 1 < here.parts ? stopAt(screens, index, part + 1, splits) : stopAt(screens, index + 1, 0, splits);
}

/** What comes before a stop: the previous part of the same point, else the previous screen's last part. */
export function previousStop(screens: readonly Screen[], index: number, part: number, splits: Live['splits']): Stop | undefined {
  return part > 0 ? stopAt(screens, index, part - 1, splits) : stopAt(screens, index - 1, Number.MAX_SAFE_INTEGER, splits);
}

/**
 * The stops a podium keeps laid out around one, in speech order: the previous, that one and the
 * next, so that a move either way shows a screen already laid out.
 */
export function stopsAround(screens: readonly Screen[], index: number, part: number, splits: Live['splits']): Stop[] {
  const around = [previousStop(screens, index, part, splits), stopAt(screens, index, part, splits), nextStop(screens, index, part, splits)];
  return around.filter((stop) => stop !== undefined);
}

/** The progress label of a stop: the screen's, with the part when there are several ("14 / 19 · 2 of 3"). */
export function stopLabel(stop: Stop, speech: Pick<Speech, 'points' | 'event'>): string {
  const label = screenLabel(stop.screen, speech);
  return stop.parts > 1 ? `${label} · ${wordsFor(speech.event.language).partOf(stop.part + 1, stop.parts)}` : label;
}

/** The screens as the delivery record names and quotes them: identity, spoken name, and a point's words. */
export function recordScreensOf(screens: readonly Screen[], speech: Pick<Speech, 'points' | 'event'>): RecordScreen[] {
  return screens.map((screen) => ({ key: screenKey(screen), label: screenAnnouncement(screen, speech), text: screen.kind === 'point' ? screen.point.text : '' }));
}
