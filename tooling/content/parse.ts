// Turns the text of a speech's content files into a validated, typed Speech, or into
// a list of every problem found, each naming the file, the line, the item and the fix.
// Pure: the caller reads the files; nothing here touches the disk or the DOM.
import type { z } from 'zod';
import { eventSchema, type SpeechEvent } from '../../src/model/speech/schema/event.ts';
import { saysMisnamed } from '../../src/model/speech/schema/fields.ts';
import { noteSchema, type Note, type NoteFile, type Outcome } from '../../src/model/speech/schema/note.ts';
import { pointsSchema, type Point } from '../../src/model/speech/schema/points.ts';
import { signatureSchema, type Signature } from '../../src/model/speech/schema/signature.ts';
import type { ContentIssue, Speech } from '../../src/model/speech/speech.ts';
import { readAsShown } from '../../src/model/speech/characters.ts';
import { counted } from '../../src/model/speech/counted.ts';
import { decodeUtf8, readYaml, type SourceFile } from './source.ts';
import { ALL_ROWS, figureAgreement, figureSightings, NOTE_PLACE } from '../../src/model/speech/figures.ts';
import { STANDARD_OUTCOMES, wordsFor, type StandardOutcome } from '../../src/model/speech/language.ts';
import { firstNumber, numberStyle } from '../../src/model/speech/numbers.ts';
import { estimatedScreens, PODIUM_SIZES } from './estimate.ts';
import { longestWord } from '../../src/model/deck/split.ts';
import { countWords } from '../../src/model/timing/words.ts';

/** The longest speech taken, in minutes at its own speaking rate: ten hours, as "targetMinutes" allows. */
const LONGEST_MINUTES = 600;

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

/** Whether two paths name the same value. */
const samePath = (a: Path, b: Path) => a.length === b.length && a.every((part, i) => part === b[i]);

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
function describe(path: Path, data: unknown): string {
  const [head, index] = path;
  // A field of the file itself: the message names it already.
  if (typeof index !== 'number') return '';
  const item = (data as Record<string, unknown[]> | null)?.[String(head)]?.[index] as
    | Record<string, unknown>
    | undefined;
  const label = item?.id ?? item?.country;
  const names: Record<string, string> = { points: 'point', results: 'result', figures: 'figure', outcomes: 'outcome', footnotes: 'footnote' };
  const name = names[String(head)] ?? String(head);
  return `${name} ${index + 1}${typeof label === 'string' ? ` ("${label}")` : ''}`;
}

/** Builds an issue for the value at `path` of a file. */
function issueAt(file: SourceFile, data: unknown, path: Path, message: string): ContentIssue {
  return { file: file.path, ...locate(file, path), item: describe(path, data), message };
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
    return { issues: [issueAt(file, undefined, [], `the file cannot be read: ${error instanceof Error ? error.message : String(error)}.`)] };
  }
  const result = CONTENT_FILES[kind].schema.safeParse(raw ?? {});
  if (result.success) return { data: result.data as z.infer<(typeof CONTENT_FILES)[K]['schema']>, issues: [] };
  const issues = result.error.issues.map((issue) => ({ issue, path: issue.path.filter((p): p is string | number => typeof p !== 'symbol') }));
  // A field written under another name is one mistake: keep "rename X to Y", not also "Y is missing".
  const renamed = (path: Path, field: unknown) =>
    issues.some((other) => other.issue.code === 'unrecognized_keys' && samePath(other.path, path) && saysMisnamed(other.issue.message, String(field)));
  return {
    issues: issues
      .filter(({ issue, path }) => !(issue.code === 'invalid_type' && issue.input === undefined && renamed(path.slice(0, -1), path.at(-1))))
      .map(({ issue, path }) => {
        // An unknown field is reported at the field itself, not at the object around it.
        const at = issue.code === 'unrecognized_keys' && issue.keys[0] ? [...path, issue.keys[0]] : path;
        return issueAt(file, raw, at, issue.message);
      }),
  };
}

/** Reports every value of `key` that appears twice in a list. */
function duplicates<T>(
  file: SourceFile,
  data: unknown,
  list: string,
  items: readonly T[],
  key: keyof T & string,
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
      issueAt(file, data, [list, index, key], `"${String(value)}" is used twice (also at entry ${first + 1}). ${fix}`),
    ];
  });
}

/** The outcomes a note declares, each with its label: the standard ones get theirs from the language. */
function labelOutcomes(file: NoteFile, language: string): { outcomes: Outcome[]; missing: number[] } {
  const words = wordsFor(language);
  const declared = file.outcomes ?? STANDARD_OUTCOMES.map((id) => ({ id, label: undefined }));
  const missing: number[] = [];
  const outcomes = declared.map((outcome, index) => {
    const standard = (STANDARD_OUTCOMES as readonly string[]).includes(outcome.id)
      ? words.outcomes[outcome.id as StandardOutcome]
      : undefined;
    const label = outcome.label ?? standard;
    if (label === undefined) missing.push(index);
    return { id: outcome.id, label: label ?? outcome.id };
  });
  return { outcomes, missing };
}

/** Where a place's text stands in the files, such as "content/icarus/points.yaml:91". */
function placeLine(files: Partial<Record<ContentFileKind, SourceFile>>, speech: Speech, place: string): string {
  const index = speech.points.findIndex((p) => p.id === place);
  const [file, path]: [SourceFile | undefined, Path] = index >= 0 ? [files.points, ['points', index, 'text']] : [files.note, ['intro']];
  if (!file) return '';
  const line = locate(file, path)?.line;
  return `${file.path}${line === undefined ? '' : `:${line}`}`;
}

/** Names a place as a press officer knows it. */
const placeName = (place: string) => (place === NOTE_PLACE ? "the note's intro" : `point "${place}"`);

/** Checks what no single file can: unique ids, references between files, figures against the results. */
function crossCheck(speech: Speech, files: Partial<Record<ContentFileKind, SourceFile>>, missingLabels: number[]): ContentIssue[] {
  const { points, note } = speech;
  const pointsFile = files.points;
  const issues: ContentIssue[] = pointsFile
    ? duplicates(pointsFile, { points }, 'points', points, 'id', 'Give each point its own id.')
    : [];
  // A word the podium cannot split that would not fit one screen of the smallest podium at the legible floor.
  const smallest = PODIUM_SIZES.at(-1);
  points.forEach((point, index) => {
    const word = longestWord(point.text);
    if (pointsFile && smallest && estimatedScreens(word, smallest) > 1) {
      issues.push(
        issueAt(pointsFile, { points }, ['points', index, 'text'], `"text" holds a word of ${word.length} characters ("${word.slice(0, 24)}…") that does not fit one podium screen at ${smallest.width}x${smallest.height} at the legible size, and the podium never cuts a word. Put spaces in it, or shorten it (for a web address, give its short form).`),
      );
    }
  });
  const words = points.reduce((sum, point) => sum + countWords(point.text), 0);
  const hours = words / speech.event.wordsPerMinute / 60;
  if (pointsFile && hours * 60 > LONGEST_MINUTES) {
    issues.push(
      issueAt(pointsFile, { points }, ['points'], `the points hold ${words.toLocaleString('en')} words, about ${Math.round(hours)} hours at ${speech.event.wordsPerMinute} words per minute; a speech of more than ${LONGEST_MINUTES / 60} hours is refused, as the podium is not made to lay out a text that long. Check that the file holds one speech (not a pasted document), or give each speaker a speech of their own in a running order.`),
    );
  }
  const noteFile = files.note;
  if (!note || !noteFile) return issues;
  const at = (list: string, index: number, field: string, sub?: number): Path =>
    sub === undefined ? [list, index, field] : [list, index, field, sub];
  const here = (path: Path, message: string) => issues.push(issueAt(noteFile, note, path, message));
  issues.push(
    ...duplicates(noteFile, note, 'outcomes', note.outcomes, 'id', 'Declare each outcome once.'),
    ...duplicates(noteFile, note, 'results', note.results, 'country', 'List each row once.'),
    ...duplicates(noteFile, note, 'figures', note.figures, 'id', 'Give each figure its own id.'),
    ...duplicates(noteFile, note, 'footnotes', note.footnotes, 'id', 'Give each footnote its own id.'),
    ...duplicates(noteFile, note, 'footnotes', note.footnotes, 'mark', 'Give each footnote its own mark, such as "*", "†", "‡" or a number: the reader could not tell which one a figure points to.'),
  );
  const ids = note.outcomes.map((o) => o.id);
  const declaredList = `Use one of: ${ids.join(', ')}${noteFile.doc.has('outcomes') ? '' : ', or declare your own under "outcomes:"'}.`;
  for (const index of missingLabels) {
    here(at('outcomes', index, 'label'), `outcome "${ids[index] ?? ''}" has no "label". Write how the table names it, such as label: Pending.`);
  }
  if (ids.includes(ALL_ROWS)) {
    here(at('outcomes', ids.indexOf(ALL_ROWS), 'id'), `"${ALL_ROWS}" is kept for figures that count every row. Give the outcome another id.`);
  }
  note.results.forEach((result, index) => {
    if (!ids.includes(result.outcome)) here(at('results', index, 'outcome'), `unknown outcome "${result.outcome}". ${declaredList}`);
  });
  const style = numberStyle(speech.event.language);
  const sighted = figureSightings(speech);
  const places = new Set(points.map((p) => p.id).concat(note.intro === undefined ? [] : [NOTE_PLACE]));
  const placeFix = `Use one of the point ids${note.intro === undefined ? '' : `, or "${NOTE_PLACE}" for the note's intro`}.`;
  note.figures.forEach((figure, index) => {
    const stated = firstNumber(figure.phrase, style);
    if (!stated) {
      here(at('figures', index, 'phrase'), `"phrase" must contain the number, such as "17 countries" or "twelve countries".`);
      return;
    }
    if (figure.counts !== undefined && !ids.includes(figure.counts) && figure.counts !== ALL_ROWS) {
      here(at('figures', index, 'counts'), `"counts" is "${figure.counts}", which is no outcome of the results. Use one of: ${[...ids, ALL_ROWS].join(', ')} ("${ALL_ROWS}" counts every row).`);
      return;
    }
    if (figure.counts !== undefined && note.results.length === 0) {
      here(at('figures', index, 'counts'), `the figure counts rows of the results, but the note lists none. List the rows under "results:", or remove "counts" to state the figure plainly.`);
      return;
    }
    (figure.in ?? []).forEach((place, placeIndex) => {
      if (!places.has(place)) {
        here(at('figures', index, 'in', placeIndex), `"${place}" is not a point id in points.yaml${note.intro === undefined ? '' : ` nor "${NOTE_PLACE}"`}. ${placeFix}`);
      } else if (!sighted.some((s) => s.figure === figure && s.at.place === place)) {
        here(at('figures', index, 'in', placeIndex), `the phrase "${figure.phrase}" does not stand in ${placeName(place)}. Make the phrase match the text word for word, or remove "${place}" from "in".`);
      }
    });
    const phraseLine = `${noteFile.path}:${locate(noteFile, at('figures', index, 'phrase'))?.line ?? ''}`;
    const agreement = figureAgreement(stated.value, figure, note);
    if (agreement && !agreement.agrees) {
      const where = sighted
        .filter((s) => s.figure === figure)
        .map((s) => `${placeName(s.at.place)} at ${placeLine(files, speech, s.at.place)}`);
      here(at('figures', index, 'phrase'), `the text says ${stated.value}${where.length > 0 ? ` (${where.join(', ')})` : ''} but the note lists ${counted(agreement.listed, 'row', 'rows')} ${figure.counts === ALL_ROWS ? 'in all' : `with outcome "${figure.counts ?? ''}"`}. Correct the number in the text (and in "phrase"), or the list of results.`);
      return;
    }
    // The phrase itself is right: every place it stands must state the same number.
    const expected = agreement?.listed ?? stated.value;
    const backing =
      figure.counts === undefined
        ? `the figure "${figure.phrase}" (${phraseLine}) says ${expected}`
        : `the results list ${expected} (${phraseLine}, counting ${figure.counts === ALL_ROWS ? 'every row' : `outcome "${figure.counts}"`})`;
    for (const sighting of sighted.filter((s) => s.figure === figure && s.stated !== expected)) {
      const where = sighting.at;
      const inNote = where.pointNumber === undefined;
      const file = inNote ? noteFile : pointsFile;
      if (!file) continue;
      const path: Path = inNote ? ['intro'] : ['points', (where.pointNumber ?? 1) - 1, 'text'];
      const said = readAsShown(where.text.slice(sighting.start, sighting.end)).text;
      issues.push(
        issueAt(file, inNote ? note : { points }, path, `${placeName(where.place)} (${placeLine(files, speech, where.place)}) says "${said}", that is ${sighting.stated}, but ${backing}. Make the two agree.`),
      );
    }
    if (figure.footnote !== undefined && !note.footnotes.some((f) => f.id === figure.footnote)) {
      here(at('figures', index, 'footnote'), `there is no footnote with id "${figure.footnote}". Add it under "footnotes:", or correct the id.`);
    }
  });
  return issues;
}

/**
 * Parses and validates a speech from its files (text, or bytes checked to be UTF-8). `dir` is
 * how the folder is named in messages. A missing note.yaml means a speech without a note; any
 * other missing file is reported.
 */
export function parseSpeech(dir: string, texts: Partial<Record<ContentFileKind, string | Uint8Array>>): ParseResult {
  const issues: ContentIssue[] = [];
  const files: Partial<Record<ContentFileKind, SourceFile>> = {};
  const data: { event?: SpeechEvent; points?: Point[]; signature?: Signature; note?: NoteFile } = {};
  for (const kind of Object.keys(CONTENT_FILES) as ContentFileKind[]) {
    const path = `${dir}/${CONTENT_FILES[kind].name}`;
    const content = texts[kind];
    if (content === undefined) {
      if (kind !== 'note') issues.push({ file: path, item: '', message: `the file is missing. Create it; see the README for its fields.` });
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
    if (kind === 'points') data.points = (checked.data as z.infer<typeof pointsSchema>).points;
    else Object.assign(data, { [kind]: checked.data });
  }
  const { event, points, signature } = data;
  if (issues.length > 0 || !event || !points || !signature) return { ok: false, issues };
  const labelled = data.note ? labelOutcomes(data.note, event.language) : undefined;
  const note: Note | undefined =
    data.note && labelled ? { ...data.note, outcomes: labelled.outcomes, results: data.note.results ?? [] } : undefined;
  const speech: Speech = { event, points, signature, ...(note ? { note } : {}) };
  const cross = crossCheck(speech, files, labelled?.missing ?? []);
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
