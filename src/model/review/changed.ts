// What changed since approval, as the speech carries it (computed at build time by changes.ts):
// types only, so the speech's own type can name them without importing the code that computes them.
import type { Piece } from './worddiff.ts';

/** A point as it stands, and what happened to it since approval. */
export interface PointChange {
  id: string;
  status: 'same' | 'changed' | 'added';
  /** It stands elsewhere in the order than it did. */
  moved: boolean;
  /** Its number in the approved copy, if it was there. */
  was?: number;
  pieces: Piece[];
}

/** A point of the approved copy that is gone, and the point it followed. */
export interface RemovedPoint {
  id: string;
  was: number;
  text: string;
  /** The id of the point it now stands after, or null when it stood first. */
  after: string | null;
}

/** A piece of text outside the points (the title, the signature, the note's intro) or a setting that changed. */
export interface FieldChange {
  field: string;
  /** A setting (the language, the time allowed, the embargo, the outcomes' labels, the table's order), not words of the speech. */
  setting: boolean;
  pieces: Piece[];
}

/** A country of the note that was added, removed, or whose outcome or remark changed; outcomes by their labels. */
export interface CountryChange {
  country: string;
  status: 'added' | 'removed' | 'changed';
  before?: { outcome: string; remark?: string | undefined };
  after?: { outcome: string; remark?: string | undefined };
}

/** A footnote or a figure of the note that was added, removed or changed. */
export interface NoteEntryChange {
  id: string;
  status: 'added' | 'removed' | 'changed';
  pieces: Piece[];
}

/** Every change since approval. */
export interface SpeechChanges {
  points: PointChange[];
  removed: RemovedPoint[];
  fields: FieldChange[];
  countries: CountryChange[];
  figures: NoteEntryChange[];
  footnotes: NoteEntryChange[];
}
