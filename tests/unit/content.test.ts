import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSpeech, speechDir } from '../../scripts/content.ts';
import { formatIssue, type ParseResult } from '../../src/content/parse.ts';
import type { ContentIssue } from '../../src/content/speech.ts';

const root = resolve(import.meta.dirname, '../..');
const fixtures = 'tests/fixtures/content';

/** Loads a fixture speech, with paths in messages relative to the project. */
const load = (name: string) => loadSpeech(root, join(root, fixtures, name));

/** The one issue a broken fixture must report. */
function onlyIssue(result: ParseResult): ContentIssue {
  if (result.ok) throw new Error('expected the content to be refused, but it parsed');
  expect(result.issues.map(formatIssue)).toHaveLength(1);
  const [issue] = result.issues;
  if (!issue) throw new Error('no issue');
  return issue;
}

describe('valid content', () => {
  it('parses a speech with only the required fields, filling in the defaults', () => {
    const result = load('minimal');
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    const { event, points, signature, note } = result.speech;
    expect(event).toEqual({ kind: 'Speaking points', title: 'Minimal speech', wordsPerMinute: 130 });
    expect(points.map((p) => p.id)).toEqual(['first', 'second']);
    expect(signature.by).toBeUndefined();
    expect(note.figures).toEqual([]);
    expect(note.footnotes).toEqual([]);
  });

  it('parses the real speech', () => {
    const result = loadSpeech(root, join(root, 'content/icarus'));
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    expect(result.speech.points).toHaveLength(19);
    expect(result.speech.note.figures.map((f) => f.phrase)).toEqual(['17 countries']);
  });
});

describe('broken content', () => {
  // Each case: the file and line the message must point to, and words it must say.
  const cases: [string, string, number | undefined, RegExp[]][] = [
    ['yaml-syntax', 'points.yaml', 5, [/YAML syntax error/, /quotes/]],
    ['missing-field', 'signature.yaml', 1, [/"role" is missing/, /Write the speaker's title/]],
    ['empty-field', 'event.yaml', 2, [/"title" is empty/, /Write the title/]],
    ['wrong-type', 'event.yaml', 3, [/"wordsPerMinute" must be a number/, /such as 130/]],
    ['duplicate-id', 'points.yaml', 4, [/point 2/, /"first" is used twice/, /Give each point its own id/]],
    ['unknown-outcome', 'note.yaml', 4, [/Austria/, /unknown outcome "positve"/, /positive, not-actionable, negative/]],
    ['unknown-field', 'event.yaml', 3, [/unknown field "venu"/, /Check the spelling/, /"venue"/]],
    ['figure-mismatch', 'note.yaml', 24, [/the text says 17/, /lists 18 countries/, /"positive"/, /Correct the number/]],
    ['phrase-not-found', 'note.yaml', 9, [/"1 country" does not stand in point "first"/, /word for word/]],
    ['unknown-footnote', 'note.yaml', 10, [/no footnote with id "provisional"/, /Add it under "footnotes:"/]],
    ['unknown-place', 'note.yaml', 9, [/"nowhere" is not a point id/, /Use one of the point ids/]],
    ['missing-file', 'note.yaml', undefined, [/the file is missing/, /Create it/]],
  ];

  it.each(cases)('%s: names %s, the line and the fix', (name, file, line, words) => {
    const issue = onlyIssue(load(name));
    expect(issue.file).toBe(`${fixtures}/${name}/${file}`);
    expect(issue.line).toBe(line);
    const message = formatIssue(issue);
    expect(message.startsWith(`${fixtures}/${name}/${file}${line === undefined ? ':' : `:${line}:`}`)).toBe(true);
    for (const word of words) expect(message).toMatch(word);
  });

  it('gives each broken case its own message', () => {
    const messages = cases.map(([name]) => {
      const result = load(name);
      return result.ok ? '' : (result.issues[0]?.message ?? '');
    });
    expect(new Set(messages).size).toBe(cases.length);
  });
});

describe('speechDir', () => {
  let base = '';
  afterEach(() => {
    if (base) rmSync(base, { recursive: true, force: true });
    base = '';
  });

  /** A project folder whose content/ holds the given speech folders. */
  function project(...speeches: string[]): string {
    base = mkdtempSync(join(tmpdir(), 'lectern-'));
    mkdirSync(join(base, 'content'));
    for (const speech of speeches) mkdirSync(join(base, 'content', speech));
    return base;
  }

  it('takes the folder LECTERN_CONTENT names, relative to the project', () => {
    const dir = project('a', 'b');
    expect(speechDir(dir, { LECTERN_CONTENT: 'content/b' })).toBe(join(dir, 'content', 'b'));
  });

  it('finds the only speech folder', () => {
    const dir = project('icarus');
    expect(speechDir(dir, {})).toBe(join(dir, 'content', 'icarus'));
  });

  it('refuses to guess between several speeches, naming them and the fix', () => {
    const dir = project('a', 'b');
    expect(() => speechDir(dir, {})).toThrow(/several speeches \(a, b\).*LECTERN_CONTENT=content\/a/);
  });

  it('says how to create a speech when there is none', () => {
    const dir = project();
    expect(() => speechDir(dir, {})).toThrow(/no speech folder found.*event\.yaml/);
  });
});
