// Reads a speech's content files from disk and parses them: the one place the build,
// the dev server and the check find the content.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { APPROVED_FILE, readApprovedCopy } from '../src/content/approved.ts';
import { CONTENT_FILES, parseSpeech, type ContentFileKind, type ParseResult } from '../src/content/parse.ts';
import { speechChanges } from '../src/review/changes.ts';

/** The folder that holds the speeches, relative to the project. */
export const CONTENT_ROOT = 'content';

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
    ? readdirSync(base).filter((name) => statSync(join(base, name)).isDirectory())
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
