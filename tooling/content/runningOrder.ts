// The running order of a press conference: content/running-order.yaml lists the speech folders
// in the order they are given, each with its speaker's allotted minutes. Without the file, the
// folders play in alphabetical order with no allotment. Each problem is one located message with
// the fix, as for the speech's own files. Pure: the caller reads the file and lists the folders.
import { isMap, isSeq } from 'yaml';
import type { ContentIssue } from '../../src/model/speech/speech.ts';
import { readYaml, type SourceFile } from './source.ts';

/** The name of the running order's file, directly under the content folder. */
export const RUNNING_ORDER_FILE = 'running-order.yaml';

/** The most minutes one speaker may be allotted: a typing slip such as 80 instead of 8 is caught. */
export const MOST_MINUTES = 120;

/** One speech in the running order: its folder and, when the file gives it, its allotted minutes. */
export interface Slot {
  folder: string;
  minutes?: number;
}

/** The outcome of reading a running order: the slots in order, or every problem found. */
export type RunningOrderResult = { ok: true; slots: Slot[] } | { ok: false; issues: ContentIssue[] };

/** The running order when there is no file: every folder, alphabetically. */
export function alphabeticalOrder(folders: readonly string[]): Slot[] {
  return [...folders].sort((a, b) => a.localeCompare(b, 'en')).map((folder) => ({ folder }));
}

/** The line and column where a YAML node starts. */
function placeOf(file: SourceFile, node: unknown): { line?: number; column?: number } {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  if (!range) return {};
  const { line, col } = file.lines.linePos(range[0]);
  return { line, column: col };
}

/** Reads running-order.yaml (`path` names it in messages) against the speech folders that exist. */
export function parseRunningOrder(path: string, text: string, folders: readonly string[]): RunningOrderResult {
  const read = readYaml(path, text);
  const file = read.file;
  if (!file) return { ok: false, issues: read.issues };
  const issue = (node: unknown, item: string, message: string): ContentIssue => ({ file: path, ...placeOf(file, node), item, message });
  const base = `${path.slice(0, Math.max(0, path.lastIndexOf('/'))) || '.'}/`;
  const example = `speeches:\n    - folder: ${folders[0] ?? 'my-speech'}\n      minutes: 5`;
  const root = file.doc.contents;
  const list = isMap(root) ? root.get('speeches', true) : undefined;
  if (!isMap(root) || !isSeq(list)) {
    return { ok: false, issues: [issue(root, '', `the file must hold a list named "speeches", one entry per speech in the order they are given, such as:\n    ${example}`)] };
  }
  const issues: ContentIssue[] = [];
  for (const pair of root.items) {
    const key = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
    if (key !== 'speeches') issues.push(issue(pair.key, '', `unknown field "${key}". The file holds only the list "speeches"; remove this line.`));
  }
  const slots: Slot[] = [];
  const seen = new Map<string, number>();
  list.items.forEach((entry, index) => {
    const item = `speech ${index + 1}`;
    if (!isMap(entry)) {
      issues.push(issue(entry ?? list, item, `each entry needs a "folder" and its "minutes", such as:\n    ${example}`));
      return;
    }
    for (const pair of entry.items) {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
      if (key !== 'folder' && key !== 'minutes') {
        issues.push(issue(pair.key, item, `unknown field "${key}". An entry has only "folder" and "minutes"; remove this line or rename it.`));
      }
    }
    const folderNode = entry.get('folder', true);
    const folder = entry.get('folder');
    if (typeof folder !== 'string' || folder.trim() === '') {
      issues.push(issue(folderNode ?? entry, item, `"folder" is missing. Write the name of the speech's folder under ${base}, one of: ${folders.join(', ')}.`));
      return;
    }
    if (!folders.includes(folder)) {
      issues.push(issue(folderNode, item, `there is no speech folder "${folder}" under ${base}. Write one of: ${folders.join(', ')}, or create the folder.`));
      return;
    }
    const first = seen.get(folder);
    if (first !== undefined) {
      issues.push(issue(folderNode, item, `"${folder}" is listed twice (also at speech ${first + 1}). A speech is given once: remove one of the entries.`));
      return;
    }
    seen.set(folder, index);
    const minutesNode = entry.get('minutes', true);
    const minutes = entry.get('minutes');
    if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes <= 0 || minutes > MOST_MINUTES) {
      const written = minutesNode === undefined ? 'is missing' : `is "${String(minutes)}"`;
      issues.push(issue(minutesNode ?? folderNode, item, `"minutes" ${written}. Write the speaker's allotted time in minutes, a number above 0 and at most ${MOST_MINUTES}, such as "minutes: 5".`));
      return;
    }
    slots.push({ folder, minutes });
  });
  const missing = folders.filter((folder) => !seen.has(folder));
  if (issues.length === 0 && missing.length > 0) {
    issues.push(
      issue(list, '', `the speech folders ${missing.map((f) => `"${f}"`).join(', ')} are not in the running order. Add an entry for each (folder and minutes), or move the folder out of ${base}.`),
    );
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, slots };
}
