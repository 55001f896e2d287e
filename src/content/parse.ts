// Turns the text of a speech's content files into a validated, typed Speech, or into
// a list of every problem found, each naming the file, the line, the item and the fix.
// Pure: the caller reads the files; nothing here touches the disk or the DOM.
import type { z } from 'zod';
import { eventSchema } from './schema/event.ts';
import { noteSchema } from './schema/note.ts';
import { pointsSchema } from './schema/points.ts';
import { signatureSchema } from './schema/signature.ts';
import type { ContentIssue, Speech } from './speech.ts';
import { counted } from './counted.ts';
import { decodeUtf8, readYaml, type SourceFile } from './source.ts';
import { figureAgreement, findPhrase, NOTE_PLACE } from './figures.ts';

/** The files that make up a speech, each with the schema that validates it. */
export const CONTENT_FILES = {
  event: { name: 'event.yaml', schema: eventSchema },
  points: { name: 'points.yaml', schema: pointsSchema },
  signature: { name: 'signature.yaml', schema: signatureSchema },
  note: { name: 'note.yaml', schema: noteSchema },
} as const;

/** One of the files that make up a speech. */
export type ContentFileKind = keyof typeof CONTENT_FILES;

/** The outcome of parsing: the speech, or every problem found. */
export type ParseResult = { ok: true; speech: Speech } | { ok: false; issues: ContentIssue[] };

type Path = readonly (string | number)[];

/** The fields whose following comment lines may be lost words: a point's text. */
const TEXT_KEYS: ReadonlySet<string> = new Set(['text']);
const NO_KEYS: ReadonlySet<string> = new Set();

/** Finds the line and column of the value at `path`, or of its nearest ancestor that exists. */
function locate(file: SourceFile, path: Path): { line: number; column: number } | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? file.doc.contents : file.doc.getIn(path.slice(0, depth), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) {
      const { line, col } = file.lines.linePos(range[0]);
      return { line, column: col };
    }
  }
  return undefined;
}

/** Names the item at `path` as a press officer would find it in the file. */
function describe(kind: ContentFileKind, path: Path, data: unknown): string {
  const [head, index] = path;
  // A field of the file itself: the message names it already.
  if (typeof index !== 'number') return '';
  const item = (data as Record<string, unknown[]> | null)?.[String(head)]?.[index] as
    | Record<string, unknown>
    | undefined;
  const label = item?.id ?? item?.country;
  const name =
    kind === 'points' ? 'point' : head === 'results' ? 'result' : head === 'figures' ? 'figure' : 'footnote';
  return `${name} ${index + 1}${typeof label === 'string' ? ` ("${label}")` : ''}`;
}

/** Builds an issue for the value at `path` of a file. */
function issueAt(file: SourceFile, kind: ContentFileKind, data: unknown, path: Path, message: string): ContentIssue {
  return { file: file.path, ...locate(file, path), item: describe(kind, path, data), message };
}

/** Validates one file against its schema, turning each schema issue into a located ContentIssue. */
function validate<K extends ContentFileKind>(
  kind: K,
  file: SourceFile,
): { data?: z.infer<(typeof CONTENT_FILES)[K]['schema']>; issues: ContentIssue[] } {
  let raw: unknown;
  try {
    raw = file.doc.toJS();
  } catch (error) {
    return { issues: [issueAt(file, kind, undefined, [], `the file cannot be read: ${error instanceof Error ? error.message : String(error)}.`)] };
  }
  const result = CONTENT_FILES[kind].schema.safeParse(raw ?? {});
  if (result.success) return { data: result.data as z.infer<(typeof CONTENT_FILES)[K]['schema']>, issues: [] };
  return {
    issues: result.error.issues.map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      // An unknown field is reported at the field itself, not at the object around it.
      const at = issue.code === 'unrecognized_keys' && issue.keys[0] ? [...path, issue.keys[0]] : path;
      return issueAt(file, kind, raw, at, issue.message);
    }),
  };
}

/** Reports every value of `key` that appears twice in a list. */
function duplicates(
  file: SourceFile,
  kind: ContentFileKind,
  data: unknown,
  list: string,
  items: readonly Record<string, unknown>[],
  key: string,
  fix: string,
): ContentIssue[] {
  const seen = new Map<unknown, number>();
  return items.flatMap((item, index) => {
    const value = item[key];
    const first = seen.get(value);
    if (first === undefined) {
      seen.set(value, index);
      return [];
    }
    return [
      issueAt(file, kind, data, [list, index, key], `"${String(value)}" is used twice (also at entry ${first + 1}). ${fix}`),
    ];
  });
}

/** Checks what no single file can: unique ids, references between files, figures against the results. */
function crossCheck(speech: Speech, files: Record<ContentFileKind, SourceFile>): ContentIssue[] {
  const { points, note } = speech;
  const pointsFile = files.points;
  const noteFile = files.note;
  const issues = [
    ...duplicates(pointsFile, 'points', { points }, 'points', points, 'id', 'Give each point its own id.'),
    ...duplicates(noteFile, 'note', note, 'results', note.results, 'country', 'List each country once.'),
    ...duplicates(noteFile, 'note', note, 'figures', note.figures, 'id', 'Give each figure its own id.'),
    ...duplicates(noteFile, 'note', note, 'footnotes', note.footnotes, 'id', 'Give each footnote its own id.'),
  ];
  const texts = new Map<string, string>(points.map((p) => [p.id, p.text]));
  texts.set(NOTE_PLACE, note.intro);
  note.figures.forEach((figure, index) => {
    const at = (field: string, sub?: number) =>
      sub === undefined ? ['figures', index, field] : ['figures', index, field, sub];
    figure.in.forEach((place, placeIndex) => {
      const text = texts.get(place);
      if (text === undefined) {
        issues.push(
          issueAt(noteFile, 'note', note, at('in', placeIndex), `"${place}" is not a point id in points.yaml nor "${NOTE_PLACE}". Use one of the point ids, or "${NOTE_PLACE}" for the note's intro.`),
        );
      } else if (findPhrase(text, figure.phrase) < 0) {
        issues.push(
          issueAt(noteFile, 'note', note, at('in', placeIndex), `the phrase "${figure.phrase}" does not stand in ${place === NOTE_PLACE ? "the note's intro" : `point "${place}"`}. Make the phrase match the text word for word, or remove "${place}" from "in".`),
        );
      }
    });
    const { stated, listed, agrees } = figureAgreement(figure, note);
    if (!agrees) {
      issues.push(
        issueAt(noteFile, 'note', note, at('phrase'), `the text says ${stated} but the note lists ${counted(listed, 'country', 'countries')} with outcome "${figure.counts}". Correct the number in the text (and in "phrase"), or the list of results.`),
      );
    }
    if (figure.footnote !== undefined && !note.footnotes.some((f) => f.id === figure.footnote)) {
      issues.push(
        issueAt(noteFile, 'note', note, at('footnote'), `there is no footnote with id "${figure.footnote}". Add it under "footnotes:", or correct the id.`),
      );
    }
  });
  return issues;
}

/**
 * Parses and validates a speech from the text of its files. `dir` is how the folder is named
 * in messages; a file whose text is undefined is reported as missing.
 */
export function parseSpeech(dir: string, texts: Partial<Record<ContentFileKind, string | Uint8Array>>): ParseResult {
  const issues: ContentIssue[] = [];
  const files: Partial<Record<ContentFileKind, SourceFile>> = {};
  const parts: Partial<Speech> = {};
  for (const kind of Object.keys(CONTENT_FILES) as ContentFileKind[]) {
    const path = `${dir}/${CONTENT_FILES[kind].name}`;
    const content = texts[kind];
    if (content === undefined) {
      issues.push({ file: path, item: '', message: `the file is missing. Create it; see the README for its fields.` });
      continue;
    }
    const decoded = typeof content === 'string' ? { text: content } : decodeUtf8(path, content);
    if ('issue' in decoded) {
      issues.push(decoded.issue);
      continue;
    }
    const read = readYaml(path, decoded.text, kind === 'points' ? TEXT_KEYS : NO_KEYS);
    if (!read.file || read.issues.length > 0) {
      issues.push(...read.issues);
      continue;
    }
    files[kind] = read.file;
    const checked = validate(kind, read.file);
    issues.push(...checked.issues);
    if (checked.data === undefined) continue;
    if (kind === 'points') parts.points = (checked.data as z.infer<typeof pointsSchema>).points;
    else Object.assign(parts, { [kind]: checked.data });
  }
  if (issues.length > 0) return { ok: false, issues };
  const speech = parts as Speech;
  const cross = crossCheck(speech, files as Record<ContentFileKind, SourceFile>);
  return cross.length > 0 ? { ok: false, issues: cross } : { ok: true, speech };
}

/** Formats an issue as one line: file:line:column: item: message. */
export function formatIssue(issue: ContentIssue): string {
  const place = [issue.file, issue.line, issue.column].filter((p) => p !== undefined).join(':');
  return `${place}: ${issue.item ? `${issue.item}: ` : ''}${issue.message}`;
}

/** Formats every issue, with a count, for the build, the dev overlay and the check. */
export function formatIssues(issues: readonly ContentIssue[]): string {
  const count = `${counted(issues.length, 'problem', 'problems')} in the content`;
  return `${count}:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`;
}
