// The screens of a speech in the order they are shown: each point, then the signature,
// then the note. Derived from the speech, never stored.
import type { Point, Speech } from '../content/speech.ts';
import type { Deck } from '../session/live.ts';
import { wordsPerScreen } from '../timing/pacing.ts';

/** One screen of the presentation. `number` is the point's 1-based place in the speech. */
export type Screen =
  | { kind: 'point'; number: number; point: Point }
  | { kind: 'signature' }
  | { kind: 'note' };

/** Lists the screens of a speech. */
export function screensOf(speech: Speech): Screen[] {
  return [
    ...speech.points.map((point, i): Screen => ({ kind: 'point', number: i + 1, point })),
    { kind: 'signature' },
    { kind: 'note' },
  ];
}

/** What the "Next:" line says of a screen, or of the end when there is none. */
export function nextText(next: Screen | undefined, noteTitle: string): string {
  if (next === undefined) return 'End of the speech';
  return next.kind === 'point' ? next.point.text : next.kind === 'signature' ? 'Signature' : noteTitle;
}

/** A name for a screen that stays the same while its content does. */
export function screenKey(screen: Screen): string {
  return screen.kind === 'point' ? `point:${screen.point.id}` : screen.kind;
}

/** The short name of a screen for the progress line and announcements, such as "7 / 19". */
export function screenLabel(screen: Screen, pointCount: number, noteTitle: string): string {
  switch (screen.kind) {
    case 'point':
      return `${screen.number} / ${pointCount}`;
    case 'signature':
      return 'Signature';
    case 'note':
      return noteTitle;
  }
}

/** What a screen reader hears when the screen changes. */
export function screenAnnouncement(screen: Screen, pointCount: number, noteTitle: string): string {
  return screen.kind === 'point'
    ? `Point ${screen.number} of ${pointCount}`
    : screenLabel(screen, pointCount, noteTitle);
}

/** The screens as the live state needs them: each one's identity and the words said on it. */
export function deckOf(screens: readonly Screen[]): Deck {
  return {
    keys: screens.map(screenKey),
    words: wordsPerScreen(screens.map((s) => (s.kind === 'point' ? s.point.text : null))),
  };
}
