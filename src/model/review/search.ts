// Search in reading mode: which texts are searched, in document order, where a query
// matches in each, and how a text is cut into runs so matches can be shown as <mark>
// without ever treating the content as HTML. Pure: the search box and the views share it.
import { outcomeLabel, resultRows } from '../speech/figures.ts';
import type { Speech } from '../speech/speech.ts';

/** A text that search looks in, named by the key the view that shows it uses. */
export interface Searchable {
  key: string;
  text: string;
}

/** Where a match stands in one text: [start, end) in its characters. */
export interface Range {
  start: number;
  end: number;
}

/** One match in the whole speech; `index` is its place among all matches, in document order. */
export interface Match extends Range {
  key: string;
  index: number;
}

/** The keys of the searched texts, shared by the list below and the views that show them. */
export const searchKey = {
  point: (id: string) => `point:${id}`,
  signature: (field: 'by' | 'name' | 'role') => `signature:${field}`,
  noteTitle: 'note:title',
  noteIntro: 'note:intro',
  result: (country: string, column: 'country' | 'outcome' | 'remark') => `result:${country}:${column}`,
  footnote: (id: string) => `footnote:${id}`,
} as const;

/** Every text reading mode shows from the speech, in the order it shows them. */
export function searchableTexts(speech: Speech): Searchable[] {
  const { points, signature, note } = speech;
  return [
    ...points.map((point) => ({ key: searchKey.point(point.id), text: point.text })),
    ...(signature.by ? [{ key: searchKey.signature('by'), text: signature.by }] : []),
    { key: searchKey.signature('name'), text: signature.name },
    ...(signature.role ? [{ key: searchKey.signature('role'), text: signature.role }] : []),
    ...(note
      ? [
          { key: searchKey.noteTitle, text: note.title },
          ...(note.intro === undefined ? [] : [{ key: searchKey.noteIntro, text: note.intro }]),
          ...resultRows(note).flatMap((result) => [
            { key: searchKey.result(result.country, 'country'), text: result.country },
            { key: searchKey.result(result.country, 'outcome'), text: outcomeLabel(note, result.outcome) },
            ...(result.remark ? [{ key: searchKey.result(result.country, 'remark'), text: result.remark }] : []),
          ]),
          ...note.footnotes.map((footnote) => ({ key: searchKey.footnote(footnote.id), text: footnote.text })),
        ]
      : []),
  ];
}

/** A text's key within one speech of several read as one document: the speech's folder, then the key. */
export function scopedKey(scope: string, key: string): string {
  return `${scope}/${key}`;
}

/** Every text of several speeches read as one document, in running order, each key scoped by its speech's folder. */
export function conferenceTexts(speeches: readonly { id: string; speech: Speech }[]): Searchable[] {
  return speeches.flatMap(({ id, speech }) => searchableTexts(speech).map(({ key, text }) => ({ key: scopedKey(id, key), text })));
}

/** Curly quotes and apostrophes search as straight ones, so "Europol's" finds "Europol’s". */
const FOLD: Record<string, string> = { '’': "'", '‘': "'", '“': '"', '”': '"', '\u00a0': ' ', '\u202f': ' ' };

/** Folds a text for comparison one character at a time, so positions stay those of the original. */
function fold(text: string): string {
  return Array.from(text, (char) => {
    const lower = FOLD[char] ?? char.toLowerCase();
    return lower.length === char.length ? lower : char;
  }).join('');
}

/** The query as it is matched: folded, white space collapsed; empty means no search. */
export function normaliseQuery(query: string): string {
  return fold(query.replace(/\s+/g, ' ').trim());
}

/** A searched text with its folded form, worked out once so each query only compares. */
export interface Indexed extends Searchable {
  folded: string;
}

/** The texts ready to search: each folded once, however many queries follow. */
export function indexTexts(texts: readonly Searchable[]): Indexed[] {
  return texts.map((searchable) => ({ ...searchable, folded: fold(searchable.text) }));
}

/** Every place a normalised query stands in a folded text; matches do not overlap. */
function findFolded(haystack: string, needle: string): Range[] {
  const ranges: Range[] = [];
  if (needle === '') return ranges;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    ranges.push({ start: at, end: at + needle.length });
  }
  return ranges;
}

/** Every place a query stands in a text, ignoring case and quote style; matches do not overlap. */
export function findInText(text: string, query: string): Range[] {
  return findFolded(fold(text), normaliseQuery(query));
}

/** Every match of a query in the indexed texts, numbered in document order. */
export function searchTexts(texts: readonly Indexed[], query: string): Match[] {
  const needle = normaliseQuery(query);
  const matches: Match[] = [];
  if (needle === '') return matches;
  for (const { key, folded } of texts) {
    for (const range of findFolded(folded, needle)) matches.push({ key, ...range, index: matches.length });
  }
  return matches;
}

/** The match to go to from `current`, one step forward or back, wrapping round at either end. */
export function stepMatch(current: number, count: number, step: 1 | -1): number {
  if (count <= 0) return 0;
  return (((current + step) % count) + count) % count;
}

/** A piece of a text: plain, or a match with its index among all matches. */
export interface Piece {
  text: string;
  match?: number;
}

/**
 * Cuts the part of a text that starts at `offset` and reads `text` into plain pieces and
 * matches. `matches` are ranges in the whole text, so a text split by footnote marks can
 * be cut part by part.
 */
export function cutMatches(text: string, matches: readonly (Range & { index: number })[], offset = 0): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  for (const match of matches) {
    const start = Math.max(match.start - offset, from);
    const end = Math.min(match.end - offset, text.length);
    if (end <= start) continue;
    if (start > from) pieces.push({ text: text.slice(from, start) });
    pieces.push({ text: text.slice(start, end), match: match.index });
    from = end;
  }
  if (from < text.length) pieces.push({ text: text.slice(from) });
  return pieces;
}
