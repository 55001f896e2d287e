// The common shape every source format is read into before the speech is recognised in it:
// paragraphs and list items with their line breaks, tables, footnotes, and what no text
// format can carry (images). Types only, plus the word list that proves nothing was dropped.

/** A block of the source document, in reading order. */
export type Block =
  | {
      kind: 'paragraph';
      /** The lines of the paragraph as the author broke them; a line ending with ";" ends a point. */
      lines: string[];
      /** The heading level (1 for the title), or 0 for body text. */
      heading: number;
      /** Where the paragraph starts in the source, for messages: "line 12", "paragraph 4". */
      where: string;
    }
  | { kind: 'item'; lines: string[]; ordered: boolean; where: string }
  | { kind: 'table'; rows: string[][]; where: string }
  | { kind: 'footnote'; mark: string; text: string; where: string }
  | { kind: 'unplaceable'; what: string; text: string; where: string };

/** Something of the source that the import could not put in a content file, with its words. */
export interface Unplaced {
  what: string;
  text: string;
  where: string;
}

/** Why a source file cannot be read at all, with the fix; nothing is written. */
export class SourceError extends Error {}

/** Folds every run of whitespace (non-breaking spaces included) to one space, and trims. */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The words of a text: runs of letters and digits, with inner apostrophes ("Europol’s"). */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Every word a block holds, in order. */
export function blockWords(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
    case 'item':
      return block.lines.flatMap(wordsOf);
    case 'table':
      return block.rows.flat().flatMap(wordsOf);
    case 'footnote':
      return wordsOf(`${block.mark} ${block.text}`);
    case 'unplaceable':
      return wordsOf(block.text);
  }
}

/**
 * The words of `source` that `placed` does not hold as often: what an import would drop.
 * Both are word lists; a word placed twice (a country and its remark) covers one in the source.
 */
export function missingWords(source: readonly string[], placed: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const word of placed) counts.set(word, (counts.get(word) ?? 0) + 1);
  const missing: string[] = [];
  for (const word of source) {
    const left = counts.get(word) ?? 0;
    if (left > 0) counts.set(word, left - 1);
    else missing.push(word);
  }
  return missing;
}
