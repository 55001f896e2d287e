// The validated speech as the app receives it. Types only: the schemas stay out of the bundle.
import type { SpeechEvent } from './schema/event.ts';
import type { Note } from './schema/note.ts';
import type { Point } from './schema/points.ts';
import type { Signature } from './schema/signature.ts';
import type { SpeechChanges } from '../review/changed.ts';
import type { SpeechMarks } from './marks.ts';

export type { Approval, Embargo, SpeechEvent } from './schema/event.ts';
export type { CountryResult, Figure, Footnote, Note, Outcome } from './schema/note.ts';
export type { Point } from './schema/points.ts';
export type { Signature } from './schema/signature.ts';

/**
 * A whole speech: the event (with its language), its points in order, the signature and, when
 * note.yaml exists, the note. A speech without a note ends at its signature.
 */
export interface Speech {
  event: SpeechEvent;
  points: Point[];
  signature: Signature;
  note?: Note | undefined;
  /**
   * What differs from the approved copy kept beside the content (approved.json), computed at
   * build time; absent when no approved copy is kept.
   */
  changes?: SpeechChanges;
  /**
   * The footnote marks of each text the page shows, found at build time, so the page reads no
   * numbers; absent when no text carries a mark, and in a speech not yet built.
   */
  marks?: SpeechMarks;
}

/** A problem in a content file, located as precisely as the format allows. */
export interface ContentIssue {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  /** The entry the problem is in, such as `point 3 ("mandate")`; empty for the file as a whole. */
  item: string;
  message: string;
}
