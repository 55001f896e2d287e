// Reads a plain-text speech into blocks: paragraphs are separated by blank lines (a line of
// spaces, non-breaking ones included, is blank), and each keeps its line breaks.
import { SourceError, type Block } from './blocks.ts';

/**
 * Decodes the bytes of a text file as UTF-8, refusing anything else with the fix: a file saved
 * as Windows-1252 (Notepad's "ANSI") would otherwise turn every curly quote into a wrong letter.
 */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidLine(bytes);
    throw new SourceError(
      `${name}${at ? `:${at}` : ''}: the file is not UTF-8 (it looks like Windows-1252, Notepad's "ANSI"). Save it again as UTF-8 (in Notepad: File > Save As, Encoding: UTF-8; in Word: Plain Text, Unicode (UTF-8)) and import it again.`,
    );
  }
}

/** The 1-based line of the first byte sequence that is not UTF-8, for the message. */
function firstInvalidLine(bytes: Uint8Array): number | undefined {
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte === 0x0a) line++;
    if (byte < 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 0;
    const slice = bytes.slice(i, i + length);
    if (length === 0 || slice.length < length || slice.slice(1).some((b) => (b & 0xc0) !== 0x80)) return line;
    i += length - 1;
  }
  return undefined;
}

/** Splits plain text into paragraphs of lines. */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  let start = 0;
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (line.trim() === '') {
      if (lines.length > 0) blocks.push({ kind: 'paragraph', lines, heading: 0, where: `line ${start}` });
      lines = [];
      return;
    }
    if (lines.length === 0) start = index + 1;
    lines.push(line);
  });
  if (lines.length > 0) blocks.push({ kind: 'paragraph', lines, heading: 0, where: `line ${start}` });
  return blocks;
}
