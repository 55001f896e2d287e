// Writes an imported speech as the text of its content files, in the layout of the
// hand-written ones: the same comments, points as folded blocks a blank line apart, the
// outcomes and the countries without a remark on one line each, and no note.yaml for a
// speech without a note. YAML quoting is left to the yaml library.
import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import { CONTENT_COMMENTS, commentLines, type FileComments } from '../content/headers.ts';
import type { ContentFileKind } from '../content/parse.ts';
import { IMPORT_LANGUAGE, type ImportedNote, type ImportedSpeech } from './recognise.ts';

/** The speaking rate an imported speech starts with: the README's advice for a formal statement. */
export const DEFAULT_WORDS_PER_MINUTE = 130;

const OPTIONS = { lineWidth: 78, minContentWidth: 20, flowCollectionPadding: true } as const;

/** The key node of a field of a map, to hang a comment or a blank line on. */
function keyOf(node: unknown, field: string): Node | undefined {
  if (!isMap(node)) return undefined;
  const key = node.items.find((pair) => isScalar(pair.key) && pair.key.value === field)?.key;
  return isScalar(key) ? key : undefined;
}

/** The items of a list at `field` of a map, to lay out each. */
function itemsOf(node: unknown, field: string): unknown[] {
  const list = isMap(node) ? node.get(field, true) : undefined;
  return isSeq(list) ? list.items : [];
}

/** Lays out a file: its header, its fields (each with the comment it carries), its closing comments. */
function file(comments: FileComments, doc: Document): string {
  for (const [field, lines] of Object.entries(comments.before ?? {})) {
    const key = keyOf(doc.contents, field);
    if (key) key.commentBefore = lines.map((line) => (line === '' ? '' : ` ${line}`)).join('\n');
  }
  const parts = [commentLines(comments.header), doc.toString(OPTIONS).trimEnd()];
  if (comments.after) parts.push(commentLines(comments.after));
  return `${parts.join('\n')}\n`;
}

/** The text of each content file of a speech; note.yaml only when the speech has a note. */
export type ContentTexts = Omit<Record<ContentFileKind, string>, 'note'> & { note?: string };

/** Lays out note.yaml: outcomes and short rows on one line each, a blank line before each list, no empty list. */
function noteFile(note: ImportedNote): string {
  const { title, intro, outcomes, results, figures, footnotes } = note;
  const lists = { outcomes, results, figures, footnotes };
  const present = Object.entries(lists).filter(([, list]) => list.length > 0);
  const doc = new Document({ title, ...(intro === undefined ? {} : { intro }), ...Object.fromEntries(present) });
  for (const outcome of itemsOf(doc.contents, 'outcomes')) if (isMap(outcome)) outcome.flow = true;
  for (const result of itemsOf(doc.contents, 'results')) if (isMap(result) && !result.has('remark')) result.flow = true;
  for (const figure of itemsOf(doc.contents, 'figures')) {
    const places = isMap(figure) ? figure.get('in', true) : undefined;
    if (isSeq(places)) places.flow = true;
  }
  for (const [list] of present) {
    const key = keyOf(doc.contents, list);
    if (key) key.spaceBefore = true;
  }
  // A list of places is written as the hand-written files write it, "[results, note]", where
  // the library pads every flow collection alike.
  return file(CONTENT_COMMENTS.note, doc).replace(/^(\s+in: )\[ (.*) \]$/gm, '$1[$2]');
}

/** The text of each content file for an imported speech. */
export function contentFiles(speech: ImportedSpeech): ContentTexts {
  const event = new Document({ ...speech.event, language: IMPORT_LANGUAGE, wordsPerMinute: DEFAULT_WORDS_PER_MINUTE });

  const points = new Document({ points: speech.points });
  itemsOf(points.contents, 'points').forEach((item, index) => {
    if (!isMap(item)) return;
    if (index > 0) item.spaceBefore = true;
    const text = item.get('text', true);
    if (isScalar(text)) text.type = 'BLOCK_FOLDED';
  });

  const signature = new Document(speech.signature);

  return {
    event: file(CONTENT_COMMENTS.event, event),
    points: file(CONTENT_COMMENTS.points, points),
    signature: file(CONTENT_COMMENTS.signature, signature),
    ...(speech.note ? { note: noteFile(speech.note) } : {}),
  };
}
