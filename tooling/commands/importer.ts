// The import's contact with the disk: reads a .docx, .md or .txt, hands its text to the
// pure modules in tooling/import/, and writes the content files it owns (each to a temporary file,
// then renamed), backing up what it replaces and never touching any other file of the folder.
import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { parseDocument } from 'yaml';
import { CONTENT_FILES, type ContentFileKind } from '../content/parse.ts';
import { SourceError, type Block } from '../import/blocks.ts';
import { resolveChanges, sniff, trackedChanges, unpackedSize, type Resolution, type TrackedChange } from '../import/docx.ts';
import { htmlBlocks } from '../import/html.ts';
import { markdownBlocks } from '../import/markdown.ts';
import { recognise, type Recognised } from '../import/recognise.ts';
import { decodeUtf8, textBlocks } from '../import/text.ts';
import type { ContentTexts } from '../import/write.ts';
import { CONTENT_ROOT } from '../content/load.ts';

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

/** The record of what the import last wrote in a folder: each file's SHA-256, to tell a hand edit from its own text. */
export const IMPORT_MANIFEST = '.imported.json';

/** The nearest existing folder at or above `path`, with symbolic links resolved, and the rest of the path below it. */
function realPath(path: string): string {
  let existing = path;
  const rest: string[] = [];
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(basename(existing));
    existing = dirname(existing);
  }
  return join(realpathSync(existing), ...rest);
}

/**
 * The folder `--into` names, resolved against the project, or a refusal: the import writes a
 * speech's folder inside content/, never content/ itself, the project, or anything outside it
 * (a symbolic link that leads out counts as outside).
 */
export function importTarget(root: string, into: string): string {
  const base = resolve(root, CONTENT_ROOT);
  const dir = resolve(root, into);
  const example = `--into ${CONTENT_ROOT}/my-speech`;
  const inside = (folder: string, parent: string) => {
    const path = relative(parent, folder);
    return path !== '' && !path.startsWith(`..${sep}`) && path !== '..' && !isAbsolute(path);
  };
  if (dir === base) {
    throw new SourceError(`--into ${into}: that is the folder of all the speeches (and the running order); the import writes one speech's folder inside it. Name that folder, such as ${example}.`);
  }
  if (!inside(dir, base)) {
    const what = dir === resolve(root) ? 'the whole project' : `outside ${CONTENT_ROOT}/`;
    throw new SourceError(`--into ${into}: that is ${what}; the import writes only a speech's folder inside ${CONTENT_ROOT}/. Name one, such as ${example}.`);
  }
  if (existsSync(base) && !inside(realPath(dir), realpathSync(base))) {
    throw new SourceError(`--into ${into}: a symbolic link leads that folder outside ${CONTENT_ROOT}/; the import writes only inside it. Name a plain folder, such as ${example}.`);
  }
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    throw new SourceError(`--into ${into}: that is a file, not a folder. Name a speech's folder, such as ${example}.`);
  }
  return dir;
}

/** The name of a dated backup folder beside `dir`, new on disk. */
function backupFolder(dir: string, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  let path = `${dir}.backup-${stamp}`;
  for (let n = 2; existsSync(path); n++) path = `${dir}.backup-${stamp}-${n}`;
  return path;
}

/** The SHA-256 of a text, as the manifest keeps it. */
const digest = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** The manifest of the last import into `dir`, or none when it is missing or unreadable. */
function readManifest(dir: string): Record<string, string> | undefined {
  const path = join(dir, IMPORT_MANIFEST);
  if (!existsSync(path)) return undefined;
  try {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (typeof raw !== 'object' || raw === null) return undefined;
    return Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return undefined;
  }
}

/**
 * Carries the settings and the approval of the speech being replaced into the new event.yaml,
 * so a re-imported draft is compared with what was approved rather than forgetting it.
 */
function keepFromOld(eventText: string, oldPath: string): string {
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

/** A content file the import replaced or removed although someone had edited it since the import wrote it. */
export interface OverwrittenEdit {
  /** The file's name in the speech's folder. */
  file: string;
  /** Lines of the edited file that the new one no longer holds, as written. */
  lines: string[];
}

/** What a write did: the backup of the files it replaced, and the edits it overwrote. */
export interface WriteOutcome {
  /** The dated folder beside the speech that holds the replaced files, when any were replaced. */
  backup?: string;
  /** The files it replaced that the import had not written as they stood (edited by hand, or never imported). */
  overwritten: OverwrittenEdit[];
}

/**
 * Writes the speech's content files into `into`, and only them: every other file and folder
 * there stays. Refuses an existing folder unless `force`; with `force`, first copies the
 * content files it replaces (or removes, as a note the new draft lacks) into a dated folder
 * beside it, keeps the old approval and settings, and lists each replaced file that differs
 * from what the last import wrote. Each file is written to a temporary file, then renamed;
 * a failure before the renames leaves the folder as it was.
 */
export function writeSpeech(files: ContentTexts, into: string, force: boolean, now = new Date()): WriteOutcome {
  const exists = existsSync(into);
  if (exists && !force) {
    throw new SourceError(
      `${into} already exists. Import into a new folder, or add --force to replace its content files (${Object.values(CONTENT_FILES).map((f) => f.name).join(', ')}): every other file there stays, the approval and settings are kept, and the files replaced are first copied to a dated backup folder beside it.`,
    );
  }
  if (exists && lstatSync(into).isSymbolicLink()) throw new SourceError(`${into} is a symbolic link; import into a plain folder.`);
  const manifest = exists ? readManifest(into) : undefined;
  const next = new Map<string, string>();
  for (const [kind, { name }] of Object.entries(CONTENT_FILES) as [ContentFileKind, { name: string }][]) {
    const text = kind === 'event' && exists ? keepFromOld(files.event, join(into, name)) : files[kind];
    if (text !== undefined) next.set(name, text);
  }
  const replaced = Object.values(CONTENT_FILES)
    .map((f) => f.name)
    .filter((name) => exists && existsSync(join(into, name)));
  const overwritten: OverwrittenEdit[] = [];
  for (const name of replaced) {
    const old = readFileSync(join(into, name), 'utf8');
    const ours = manifest?.[name] === digest(old);
    const text = next.get(name);
    if (ours || old === text) continue;
    const kept = new Set((text ?? '').split('\n'));
    overwritten.push({ file: name, lines: old.split('\n').filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#') && !kept.has(line)) });
  }

  const temps: string[] = [];
  let backup: string | undefined;
  const created = !exists;
  try {
    mkdirSync(into, { recursive: true });
    const pending = [...next, [IMPORT_MANIFEST, `${JSON.stringify(Object.fromEntries([...next].map(([name, text]) => [name, digest(text)])), null, 2)}\n`] as const];
    for (const [name, text] of pending) {
      const temp = join(into, `${name}.importing-${process.pid}`);
      temps.push(temp);
      writeFileSync(temp, text);
    }
    if (replaced.length > 0) {
      backup = backupFolder(into, now);
      mkdirSync(backup);
      for (const name of replaced) copyFileSync(join(into, name), join(backup, name));
    }
    for (const name of replaced) if (!next.has(name)) rmSync(join(into, name));
    for (const [name] of pending) renameSync(join(into, `${name}.importing-${process.pid}`), join(into, name));
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true });
    if (backup) for (const name of replaced) if (existsSync(join(backup, name))) copyFileSync(join(backup, name), join(into, name));
    if (created) rmSync(into, { recursive: true, force: true });
    throw error;
  }
  return { ...(backup ? { backup } : {}), overwritten };
}
