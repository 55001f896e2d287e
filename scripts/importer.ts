// The import's contact with the disk: reads a .docx, .md or .txt, hands its text to the
// pure modules in src/import/, and writes the content folder all at once (into a temporary
// folder beside it, then renamed), so a failure never leaves a half-written speech.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { parseDocument } from 'yaml';
import { APPROVED_FILE } from '../src/content/approved.ts';
import { CONTENT_FILES, type ContentFileKind } from '../src/content/parse.ts';
import { SourceError, type Block } from '../src/import/blocks.ts';
import { resolveChanges, sniff, trackedChanges, unpackedSize, type Resolution, type TrackedChange } from '../src/import/docx.ts';
import { htmlBlocks } from '../src/import/html.ts';
import { markdownBlocks } from '../src/import/markdown.ts';
import { recognise, type Recognised } from '../src/import/recognise.ts';
import { decodeUtf8, textBlocks } from '../src/import/text.ts';
import type { ContentTexts } from '../src/import/write.ts';

/** The largest file the import reads: a speech is a few pages; anything bigger is a mistake. */
export const MAX_BYTES = 10 * 1024 * 1024;
/** The most a .docx may unpack to, pictures included. */
export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;

/** Writes a size in megabytes for a message. */
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The parts of a Word document that hold the text and its notes. */
const TEXT_PARTS = ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml'];

/** What reading a source gave: its blocks, and the tracked changes resolved on request. */
export interface Source {
  blocks: Block[];
  /** The tracked changes and comments that were resolved (with --accept-changes or --reject-changes). */
  resolved: TrackedChange[];
}

/** Lists tracked changes as the refusal and the report name them. */
export function describeChanges(changes: readonly TrackedChange[]): string[] {
  return changes.map((c) => `${c.kind} by ${c.author}: "${c.text}"`);
}

/** Reads a .docx: refuses what is not one, then unresolved changes unless told how to resolve them. */
async function readDocx(bytes: Uint8Array, name: string, resolution: Resolution | null): Promise<Source> {
  const kind = sniff(bytes);
  if (kind === 'encrypted') throw new SourceError(`${name}: the document is protected by a password. Open it in Word, remove the password (File > Info > Protect Document > Encrypt with Password, clear it), save, and import it again.`);
  if (kind === 'old-word') throw new SourceError(`${name}: this is an old Word 97-2003 file (.doc), not a .docx. Open it in Word, save it as "Word Document (.docx)", and import that.`);
  if (kind !== 'zip') throw new SourceError(`${name}: this is not a Word document (.docx). Save the document from Word as "Word Document (.docx)", or import the text as .txt or .md.`);
  const unpacked = unpackedSize(bytes);
  if (unpacked !== undefined && unpacked > MAX_UNPACKED_BYTES) {
    throw new SourceError(`${name}: the document unpacks to ${megabytes(unpacked)}; a speech is never that large (the limit is ${megabytes(MAX_UNPACKED_BYTES)}). Remove the pictures or save the text alone, and import it again.`);
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new SourceError(`${name}: the file is damaged: it starts like a Word document but cannot be opened. Save it again from Word and import it again.`);
  }
  const document = zip.file('word/document.xml');
  if (!document) throw new SourceError(`${name}: this is a zip archive but not a Word document (it has no word/document.xml). Save the document from Word as "Word Document (.docx)".`);
  const parts = new Map<string, string>();
  for (const path of TEXT_PARTS) {
    const file = zip.file(path);
    if (file) parts.set(path, await file.async('string'));
  }
  const comments = (await zip.file('word/comments.xml')?.async('string')) ?? '';
  const changes = trackedChanges([...parts.values()], comments);
  if (changes.length > 0 && resolution === null) {
    throw new SourceError(
      [
        `${name}: the document holds ${changes.length} unresolved tracked change${changes.length > 1 ? 's or comments' : ' or comment'}:`,
        ...describeChanges(changes).map((line) => `  ${line}`),
        'Accept or reject the tracked changes in Word (Review > Accept / Reject, and delete the comments), save, and import again;',
        'or import with --accept-changes or --reject-changes to resolve them all here.',
      ].join('\n'),
    );
  }
  if (changes.length > 0 && resolution !== null) {
    for (const [path, xml] of parts) zip.file(path, resolveChanges(xml, resolution));
    zip.remove('word/comments.xml');
  }
  const buffer = changes.length > 0 ? await zip.generateAsync({ type: 'nodebuffer' }) : Buffer.from(bytes);
  const { value } = await mammoth.convertToHtml({ buffer });
  return { blocks: htmlBlocks(value), resolved: resolution === null ? [] : changes };
}

/** Reads a source file into blocks, by its extension. */
export async function readSource(path: string, resolution: Resolution | null = null): Promise<Source> {
  const name = basename(path);
  if (!existsSync(path)) throw new SourceError(`${path}: no such file. Check the path.`);
  const size = statSync(path).size;
  if (size > MAX_BYTES) {
    throw new SourceError(`${name}: the file is ${megabytes(size)}; a speech is never that large (the limit is ${megabytes(MAX_BYTES)}). Remove the pictures or save the text alone, and import it again.`);
  }
  const bytes = new Uint8Array(readFileSync(path));
  if (bytes.length === 0) throw new SourceError(`${name}: the file is empty. Save the document with its text and import it again.`);
  const extension = extname(path).toLowerCase();
  if (extension === '.docx') return readDocx(bytes, name, resolution);
  if (resolution !== null) throw new SourceError(`${name}: --accept-changes and --reject-changes apply only to Word documents (.docx).`);
  if (sniff(bytes) !== 'other') throw new SourceError(`${name}: this is a Word or zip file, not text. Name it .docx to import it as a Word document.`);
  const text = decodeUtf8(bytes, name);
  if (extension === '.md' || extension === '.markdown') return { blocks: markdownBlocks(text), resolved: [] };
  if (extension === '.txt') return { blocks: textBlocks(text), resolved: [] };
  throw new SourceError(`${name}: the import reads .docx, .md and .txt files. Save the document in one of them.`);
}

/** Recognises the speech in a source file. */
export async function importSource(path: string, resolution: Resolution | null = null): Promise<Recognised & { resolved: TrackedChange[] }> {
  const source = await readSource(path, resolution);
  if (source.blocks.length === 0) throw new SourceError(`${basename(path)}: the document has no text. Save it with its text and import it again.`);
  return { ...recognise(source.blocks, basename(path)), resolved: source.resolved };
}

/** Fields of event.yaml that the document does not hold, kept from the folder a re-import replaces. */
const KEPT_EVENT_FIELDS = ['venue', 'language', 'wordsPerMinute', 'targetMinutes', 'embargo', 'approval'];

/**
 * Carries the settings and the approval of the speech being replaced into the new event.yaml,
 * so a re-imported draft is compared with what was approved rather than forgetting it.
 */
function keepFromOld(eventText: string, oldDir: string): string {
  const oldPath = join(oldDir, CONTENT_FILES.event.name);
  if (!existsSync(oldPath)) return eventText;
  const old = parseDocument(readFileSync(oldPath, 'utf8'));
  const doc = parseDocument(eventText);
  let changed = false;
  for (const field of KEPT_EVENT_FIELDS) {
    if (!old.has(field)) continue;
    doc.set(field, old.get(field, true));
    changed = true;
  }
  return changed ? doc.toString({ lineWidth: 0 }) : eventText;
}

/**
 * Writes the speech's files into `into`: into a temporary folder first, which then replaces
 * the target in one rename. Refuses an existing folder unless `force`; with `force`, keeps
 * the old folder's approval record, settings and approved copy.
 */
export function writeSpeech(files: ContentTexts, into: string, force: boolean): void {
  const exists = existsSync(into);
  if (exists && !force) {
    throw new SourceError(`${into} already exists. Import into a new folder, or add --force to replace its content files (its approval and approved copy are kept, to show what changed).`);
  }
  mkdirSync(dirname(into), { recursive: true });
  const temp = `${into}.importing-${process.pid}`;
  const old = `${into}.replaced-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  try {
    mkdirSync(temp);
    for (const [kind, { name }] of Object.entries(CONTENT_FILES) as [ContentFileKind, { name: string }][]) {
      const text = kind === 'event' && exists ? keepFromOld(files.event, into) : files[kind];
      if (text !== undefined) writeFileSync(join(temp, name), text);
    }
    if (exists && existsSync(join(into, APPROVED_FILE))) writeFileSync(join(temp, APPROVED_FILE), readFileSync(join(into, APPROVED_FILE)));
    if (exists) renameSync(into, old);
    renameSync(temp, into);
    if (exists) rmSync(old, { recursive: true, force: true });
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    if (exists && !existsSync(into) && existsSync(old)) renameSync(old, into);
    throw error;
  }
}
