// What the build embeds in the page and the page reads back: the speech's element, the first
// paint's data and the list of the build's speeches. The contract between tooling/build, which
// writes them, and src/app, which reads them; types and names only.

/** The id of the element that holds the embedded speech, as JSON. */
export const EMBEDDED_ID = 'lectern-speech';

/** The id of a speech's element: the one speech's, or, in a build of several, the one of its folder. */
export function embeddedId(folder: string | null): string {
  return folder === null ? EMBEDDED_ID : `${EMBEDDED_ID}:${folder}`;
}

/** One point as the podium shows it, by reference to the speech's own text. */
export interface BootPoint {
  /** The point's place in the speech's points. */
  point: number;
  /** The point's text as shown, when it differs from the speech's: its numbers' groups bound by no-break spaces. */
  shown?: string;
  /** Where a footnote mark follows a figure: offset in the text, and the mark. */
  marks: [offset: number, mark: string][];
  /** The footnotes that qualify its figures: mark and text. */
  caveats: [mark: string, text: string][];
  /** The "Next:" line: the next point's place in the points, or the words for what follows. */
  next: number | string;
  /** The progress label, such as "3 / 19". */
  label: string;
}

/** What the build embeds for the first paint, beside the speech. */
export interface BootData {
  speech: string;
  version: string;
  /** Every screen's identity, in order. */
  keys: string[];
  /** The points, by screen identity. */
  points: Record<string, BootPoint>;
  /** The words the app writes itself, in the speech's language. */
  words: { next: string };
}

/** The page's embedded speech: the validated speech, its identity and the first paint's data. */
export interface Embedded {
  speech: { points: { text: string }[] };
  boot: BootData;
}

/** What the build lists of each speech, in running order (virtual:lectern/speech). */
export interface Listed {
  /** The speech's identity: the name of its folder. */
  id: string;
  /** The content version: the speech's fingerprint. */
  fingerprint: string;
  /** The speaker's allotted minutes, when the running order gives them. */
  minutes?: number;
}
