// Reads a speech's content files from disk and parses them: the one place the build,
// the dev server and the check find the content.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { APPROVED_FILE, readApprovedCopy } from './approved.ts';
import { CONTENT_FILES, formatIssues, parseSpeech, type ContentFileKind, type ParseResult } from './parse.ts';
import { alphabeticalOrder, parseRunningOrder, RUNNING_ORDER_FILE } from './runningOrder.ts';
import { speechChanges } from '../../src/model/review/changes.ts';

/** The folder that holds the speeches, relative to the project. */
export const CONTENT_ROOT = 'content';

/** Whether a folder is a backup the import made beside a speech (name.backup-YYYY-MM-DD-HHMMSS): never a speech to show. */
export function isBackupFolder(name: string): boolean {
  return /\.backup-\d{4}-\d{2}-\d{2}-\d{6}(-\d+)?$/.test(name);
}

/**
 * The folder of the speech to show: LECTERN_CONTENT if set, else the only folder under content/.
 * Throws with the fix when there is none, or several and no choice.
 */
export function speechDir(root: string, env: Record<string, string | undefined> = process.env): string {
  const chosen = env.LECTERN_CONTENT;
  if (chosen) {
    const dir = resolve(root, chosen);
    if (existsSync(dir) && statSync(dir).isDirectory()) return dir;
    throw new Error(
      `LECTERN_CONTENT=${chosen}: no such folder (looked for ${dir}). Check the spelling, or leave LECTERN_CONTENT unset to use the only folder under ${CONTENT_ROOT}/.`,
    );
  }
  const base = join(root, CONTENT_ROOT);
  const dirs = existsSync(base)
    ? readdirSync(base).filter((name) => statSync(join(base, name)).isDirectory() && !isBackupFolder(name))
    : [];
  if (dirs.length === 1 && dirs[0]) return join(base, dirs[0]);
  throw new Error(
    dirs.length === 0
      ? `${CONTENT_ROOT}/: no speech folder found. Create one, such as ${CONTENT_ROOT}/my-speech/, with the files ${Object.values(CONTENT_FILES).map((f) => f.name).join(', ')}.`
      : `${CONTENT_ROOT}/ holds several speeches (${dirs.join(', ')}). Choose one with LECTERN_CONTENT, such as LECTERN_CONTENT=${CONTENT_ROOT}/${dirs[0]}.`,
  );
}

/** The paths of a speech's content files, the approved copy included. */
export function contentPaths(dir: string): string[] {
  return [...Object.values(CONTENT_FILES).map((f) => join(dir, f.name)), join(dir, APPROVED_FILE)];
}

/** Reads and parses the speech in `dir`; paths in messages are relative to `root`. */
export function loadSpeech(root: string, dir: string): ParseResult {
  const texts: Partial<Record<ContentFileKind, Uint8Array>> = {};
  for (const [kind, { name }] of Object.entries(CONTENT_FILES) as [ContentFileKind, { name: string }][]) {
    const path = join(dir, name);
    if (existsSync(path)) texts[kind] = readFileSync(path);
  }
  return parseSpeech(relative(root, dir) || '.', texts);
}

/**
 * Reads and parses the speech in `dir` with its approved copy, if one is kept: the speech
 * then carries every change since approval. A damaged approved copy is a content error.
 */
export function loadReviewedSpeech(root: string, dir: string): ParseResult {
  const result = loadSpeech(root, dir);
  const path = join(dir, APPROVED_FILE);
  if (!result.ok || !existsSync(path)) return result;
  const copy = readApprovedCopy(relative(root, path), readFileSync(path, 'utf8'), result.speech);
  if (!copy.ok) return { ok: false, issues: copy.issues };
  return { ok: true, speech: { ...result.speech, changes: speechChanges(copy.speech, result.speech) } };
}

/** One speech of the build: its folder's name (its identity), its path and its allotted minutes. */
export interface SpeechSlot {
  id: string;
  dir: string;
  minutes?: number;
}

/** The folder the content is read from: LECTERN_CONTENT if set, else content/; the dev server watches it. */
export function contentBase(root: string, env: Record<string, string | undefined> = process.env): string {
  return env.LECTERN_CONTENT ? resolve(root, env.LECTERN_CONTENT) : join(root, CONTENT_ROOT);
}

/** The speech folders directly under `base`. */
function foldersIn(base: string): string[] {
  return existsSync(base) ? readdirSync(base).filter((name) => statSync(join(base, name)).isDirectory() && !isBackupFolder(name)) : [];
}

/**
 * The speeches of the build, in their running order: LECTERN_CONTENT (one speech's folder, or a
 * folder of speeches) or content/. Several speeches play in the order of running-order.yaml,
 * else alphabetically. Throws with the fix (file, line) when the folders or the order are wrong.
 */
export function speechSlots(root: string, env: Record<string, string | undefined> = process.env): SpeechSlot[] {
  const chosen = env.LECTERN_CONTENT;
  const base = contentBase(root, env);
  if (chosen && !(existsSync(base) && statSync(base).isDirectory())) {
    throw new Error(
      `LECTERN_CONTENT=${chosen}: no such folder (looked for ${base}). Check the spelling, or leave LECTERN_CONTENT unset to use ${CONTENT_ROOT}/.`,
    );
  }
  // A folder with the speech's own files is one speech, whatever its parent holds.
  if (chosen && existsSync(join(base, CONTENT_FILES.event.name))) return [{ id: basename(base), dir: base }];
  const folders = foldersIn(base);
  const where = relative(root, base) || '.';
  if (folders.length === 0) {
    throw new Error(
      `${where}/: no speech folder found. Create one, such as ${where}/my-speech/, with the files ${Object.values(CONTENT_FILES).map((f) => f.name).join(', ')} (or copy examples/statement/).`,
    );
  }
  const orderPath = join(base, RUNNING_ORDER_FILE);
  if (!existsSync(orderPath)) return alphabeticalOrder(folders).map(({ folder }) => ({ id: folder, dir: join(base, folder) }));
  const order = parseRunningOrder(join(where, RUNNING_ORDER_FILE), readFileSync(orderPath, 'utf8'), folders);
  if (!order.ok) throw new Error(formatIssues(order.issues));
  return order.slots.map(({ folder, minutes }) => ({ id: folder, dir: join(base, folder), ...(minutes === undefined ? {} : { minutes }) }));
}
