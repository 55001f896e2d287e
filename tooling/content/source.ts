// Reading one content file's text before its fields are validated: the encoding, the YAML,
// and the YAML features that silently lose or invent words. Each problem becomes one located
// message with the fix; YAML's own errors are reduced to the first, in plain words.
// Pure: the caller passes the bytes or the text; nothing here touches the disk.
import { isAlias, isScalar, LineCounter, parseDocument, Scalar, visit, type Document, type Node } from 'yaml';
import type { ContentIssue } from '../../src/model/speech/speech.ts';

/** A parsed file: its text, its document (for line numbers) and where it lives. */
export interface SourceFile {
  path: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

/** Where the first byte that is not UTF-8 stands, or undefined when every byte is. */
export function firstNonUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1] ?? 0;
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 either.
    if ((byte === 0xe0 && second < 0xa0) || (byte === 0xed && second > 0x9f)) return i;
    if ((byte === 0xf0 && second < 0x90) || (byte === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return undefined;
}

/** Decodes a file as UTF-8 (a byte order mark is dropped), or says where it is not UTF-8. */
export function decodeUtf8(path: string, bytes: Uint8Array): { text: string } | { issue: ContentIssue } {
  const bad = firstNonUtf8(bytes);
  if (bad === undefined) return { text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes) };
  const before = bytes.subarray(0, bad);
  const line = before.filter((b) => b === 0x0a).length + 1;
  const lineStart = before.lastIndexOf(0x0a) + 1;
  const column = new TextDecoder('utf-8').decode(before.subarray(lineStart)).length + 1;
  return {
    issue: {
      file: path,
      line,
      column,
      item: '',
      message: `the file is not saved as UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')} here), so letters such as quotes, accents and apostrophes would show wrongly. Save it as UTF-8 in your editor ("Save as", encoding UTF-8) and check this line.`,
    },
  };
}

/** The key a YAML error stands on, for messages that name it. */
function keyAt(text: string, offset: number): string {
  const line = text.slice(offset, text.indexOf('\n', offset) < 0 ? undefined : text.indexOf('\n', offset));
  return /^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(line)?.[1] ?? '';
}

/** The text of the line at a 1-based number. */
function lineText(text: string, line: number): string {
  return text.split('\n')[line - 1] ?? '';
}

/** Says a YAML error in plain words with the fix, by what the parser found. */
function yamlMessage(code: string, text: string, offset: number, line: number): string {
  if ([line, line - 1].some((l) => /^\s*#/.test(lineText(text, l))) && code !== 'MULTIPLE_DOCS') {
    return `a line starting with "#" stands inside a text: YAML takes it as a comment and drops its words. Indent it like the rest of the text and put the whole text in quotes, or write it under "text: >-" with every line indented the same.`;
  }
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'a tab is used to indent this line. Indent with spaces only (set your editor to insert spaces for the Tab key).';
    case 'MULTIPLE_DOCS':
      return 'a line "---" starts a second document in this file; a content file holds one. Remove the "---" line (and anything after it that belongs in another file).';
    case 'DUPLICATE_KEY':
      return `the field "${keyAt(text, offset)}" is written twice in the same entry. Keep one of the two lines.`;
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'the indentation or a ":" is wrong here. Line up the fields of one entry at the same column, and put text that contains ": " or starts with a quote in quotes.';
    default:
      return 'YAML syntax error. Check the indentation and quotes on this line and the one before it; text containing ": " or starting with a quote needs to be in quotes.';
  }
}

/** Whether a line holds only a comment. */
const isCommentLine = (line: string) => /^\s*#/.test(line);

/** An issue at an offset of the file. */
function issueAtOffset(file: Pick<SourceFile, 'path' | 'lines'>, offset: number, message: string): ContentIssue {
  const { line, col } = file.lines.linePos(offset);
  return { file: file.path, line, column: col, item: '', message };
}

/**
 * Finds the YAML features that lose or invent words without an error: anchors and aliases
 * (a copied or missing text), a " #" that cuts an unquoted text, and a comment line inside or
 * right after a text that should be part of it. `textKeys` names the fields whose following
 * comment lines are suspect (a point's "text"); block texts (">-", "|") are suspect anywhere.
 */
function silentLosses(file: SourceFile, textKeys: ReadonlySet<string>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const { text } = file;
  const sourceLines = text.split('\n');
  visit(file.doc, {
    Alias(_key, node) {
      if (node.range) issues.push(issueAtOffset(file, node.range[0], `"*${node.source}" repeats another value (a YAML alias). Write the text out in full here instead.`));
    },
    Node(_key, node: Node) {
      if (!isAlias(node) && node.anchor && node.range) {
        issues.push(issueAtOffset(file, node.range[0], `"&${node.anchor}" names a value for reuse (a YAML anchor); content files do not use them. Remove "&${node.anchor}" and write every text out in full.`));
      }
    },
    Pair(_key, pair) {
      const value = pair.value;
      if (!isScalar(value) || typeof value.value !== 'string' || !value.range) return;
      const keyName = isScalar(pair.key) ? String(pair.key.value) : '';
      const [start, valueEnd] = value.range;
      const endLine = file.lines.linePos(Math.max(start, valueEnd - 1)).line;
      const rest = (sourceLines[endLine - 1] ?? '').slice(file.lines.linePos(valueEnd).col - 1);
      if (value.type === Scalar.PLAIN && file.lines.linePos(valueEnd).line === endLine && /(^|\s)#/.test(rest)) {
        issues.push(issueAtOffset(file, valueEnd, `"${keyName}": the words after " #" are taken as a comment and dropped. Put the whole text in quotes, or write it under "${keyName}: >-" on the next lines.`));
        return;
      }
      const block = value.type === Scalar.BLOCK_FOLDED || value.type === Scalar.BLOCK_LITERAL;
      if (!block && !textKeys.has(keyName)) return;
      // The lines after the text, up to the next field: a comment among them may be lost words.
      let last = file.lines.linePos(block ? start : Math.max(start, valueEnd - 1)).line;
      if (block) {
        // A block text runs while its lines are blank or indented at least as far as its first line.
        let indent: number | undefined;
        for (let l = last + 1; l <= sourceLines.length; l++) {
          const line = sourceLines[l - 1] ?? '';
          if (line.trim() === '') continue;
          const lineIndent = line.length - line.trimStart().length;
          indent ??= lineIndent;
          if (lineIndent < indent) break;
          last = l;
        }
      }
      for (let l = last + 1; l <= sourceLines.length; l++) {
        const line = sourceLines[l - 1] ?? '';
        if (line.trim() === '') continue;
        if (!isCommentLine(line)) break;
        issues.push({
          file: file.path,
          line: l,
          column: line.indexOf('#') + 1,
          item: '',
          message: `a comment line right after the text of "${keyName}": if these are words of the text, YAML drops them. Indent them like the rest of the text and remove the "#", or, for a real comment, move it above the entry.`,
        });
        break;
      }
    },
  });
  return issues;
}

/**
 * Parses a file's YAML: the first syntax error in plain words with its line, or the document.
 * `textKeys` are the fields whose following comment lines are refused (see silentLosses).
 */
export function readYaml(
  path: string,
  text: string,
  textKeys: ReadonlySet<string> = new Set(),
): { file?: SourceFile; issues: ContentIssue[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const file = { path, text, doc, lines };
  const first = doc.errors[0];
  if (first) {
    const offset = first.pos[0];
    return { issues: [issueAtOffset(file, offset, yamlMessage(first.code, text, offset, lines.linePos(offset).line))] };
  }
  const losses = silentLosses(file, textKeys);
  return losses.length > 0 ? { issues: losses } : { file, issues: [] };
}
