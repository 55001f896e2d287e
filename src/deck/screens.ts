// The screens of a speech in the order they are shown: each point, then the signature, then
// the note when the speech has one. Derived from the speech, never stored.
import { wordsFor, type AppWords } from '../content/language.ts';
import type { Note, Point, Speech } from '../content/speech.ts';
import type { Deck } from '../session/live.ts';
import { wordsPerScreen } from '../timing/pacing.ts';

/** One screen of the presentation. `number` is the point's 1-based place in the speech. */
export type Screen =
  | { kind: 'point'; number: number; point: Point }
  | { kind: 'signature' }
  | { kind: 'note'; note: Note };

/** Lists the screens of a speech. */
export function screensOf(speech: Speech): Screen[] {
  return [
    ...speech.points.map((point, i): Screen => ({ kind: 'point', number: i + 1, point })),
    { kind: 'signature' },
    ...(speech.note ? [{ kind: 'note', note: speech.note } as const] : []),
  ];
}

/** What the "Next:" line says of a screen, or of the end when there is none, in the speech's words. */
export function nextText(next: Screen | undefined, words: Pick<AppWords, 'end' | 'signature'>): string {
  if (next === undefined) return words.end;
  return next.kind === 'point' ? next.point.text : next.kind === 'signature' ? words.signature : next.note.title;
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
  };
}
