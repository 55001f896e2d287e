// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSpeech, speechDir } from '../../tooling/content/load.ts';
import { formatIssue, type ParseResult } from '../../tooling/content/parse.ts';
import type { ContentIssue, Speech } from '../../src/model/speech/speech.ts';
import { screensOf } from '../../src/model/deck/screens.ts';
import { FIXTURES as fixtures, loadFixture, type FixtureOptions } from '../fixtures/fixture.ts';
import { icarus, shipped } from '../support/speech.ts';

const root = resolve(import.meta.dirname, '../..');

/** Loads a fixture speech: the base with the case's files over it; paths in messages relative to the project. */
const load = (name: string, options?: FixtureOptions) => loadFixture(name, options);

/** The speech a valid fixture gives, failing with its messages if it is refused. */
function valid(name: string): Speech {
  const result = load(name);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.speech;
}

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
    expect(event).toEqual({ kind: 'Speaking points', title: 'Minimal speech', language: 'en', wordsPerMinute: 130 });
    expect(points.map((p) => p.id)).toEqual(['first', 'second']);
    expect(signature.by).toBeUndefined();
    expect(note?.figures).toEqual([]);
    expect(note?.footnotes).toEqual([]);
    expect(note?.outcomes.map((o) => o.label)).toEqual(['Positive', 'Not actionable', 'Negative']);
  });

  it('parses the example statement: six points, no note, ending at its signature', () => {
    const result = loadSpeech(root, join(root, 'examples/statement'));
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    expect(result.speech.points).toHaveLength(6);
    expect(result.speech.note).toBeUndefined();
    expect(screensOf(result.speech).at(-1)).toEqual({ kind: 'signature' });
  });

  it('parses the Icarus speech', () => {
    const speech = icarus();
    expect(speech.points).toHaveLength(19);
    expect(speech.note.figures.map((f) => f.phrase)).toEqual(['17 countries']);
  });

  it('parses every speech the build shows, each with a word to say, in an order that names each folder once', () => {
    const speeches = shipped();
    expect(speeches.length).toBeGreaterThan(0);
    expect(new Set(speeches.map(({ id }) => id)).size).toBe(speeches.length);
    for (const { speech } of speeches) {
      expect(speech.points.length).toBeGreaterThan(0);
      expect(speech.signature.name.trim()).not.toBe('');
    }
  });
});

describe('broken content', () => {
  // Each case: the file and line the message must point to, and words it must say.
  const cases: [string, string, number | undefined, RegExp[], FixtureOptions?][] = [
    ['yaml-syntax', 'points.yaml', 5, [/indentation or a ":" is wrong|YAML syntax error/, /quotes/]],
    ['missing-field', 'signature.yaml', 1, [/"name" is missing/, /Write the name of the speaker/]],
    ['empty-field', 'event.yaml', 2, [/"title" is empty/, /Write the title/]],
    ['wrong-type', 'event.yaml', 3, [/"wordsPerMinute" must be a number/, /such as 130/]],
    ['duplicate-id', 'points.yaml', 4, [/point 2/, /"first" is used twice/, /Give each point its own id/]],
    ['unknown-outcome', 'note.yaml', 4, [/Austria/, /unknown outcome "positve"/, /positive, not-actionable, negative/]],
    ['unknown-field', 'event.yaml', 3, [/unknown field "venu"/, /Check the spelling/, /"venue"/]],
    ['row-name-incomplete', 'note.yaml', 2, [/"other"/, /noun for several rows/]],
    ['figure-mismatch', 'note.yaml', 24, [/the text says 17/, /lists 18 rows/, /"positive"/, /Correct the number/]],
    ['phrase-not-found', 'note.yaml', 9, [/"1 country" does not stand in point "first"/, /word for word/]],
    ['unknown-footnote', 'note.yaml', 10, [/no footnote with id "provisional"/, /Add it under "footnotes:"/]],
    ['unknown-place', 'note.yaml', 9, [/"nowhere" is not a point id/, /Use one of the point ids/]],
    ['missing-file', 'signature.yaml', undefined, [/the file is missing/, /Create it/], { without: ['signature'] }],
    // Slips that used to reach the podium as wrong or missing words.
    ['windows-1252', 'points.yaml', 3, [/not saved as UTF-8/, /byte 0x93/, /Save it as UTF-8/]],
    ['hash-in-text', 'points.yaml', 5, [/"text": the words after " #" are taken as a comment/, /Put the whole text in quotes/]],
    ['comment-in-block', 'points.yaml', 7, [/line starting with "#" stands inside a text/, /in quotes/]],
    ['comment-after-text', 'points.yaml', 5, [/comment line right after the text of "text"/, /remove the "#"/]],
    ['invisible-text', 'points.yaml', 5, [/point 2 \("blank"\)/, /"text" shows nothing/, /invisible characters/]],
    ['figure-elsewhere', 'note.yaml', 2, [/the note's intro \(tests\/fixtures\/content\/figure-elsewhere\/note.yaml:2\) says "3 countries", that is 3/, /the results list 2 \(tests\/fixtures\/content\/figure-elsewhere\/note.yaml:8/]],
    ['grouped-number', 'points.yaml', 5, [/point "analysed" \(tests\/fixtures\/content\/grouped-number\/points.yaml:5\) says "1 250 500 files", that is 1250500/, /the figure "1 250 000 files" \(tests\/fixtures\/content\/grouped-number\/note.yaml:3\) says 1250000/]],
    ['number-word', 'note.yaml', 19, [/the text says 12/, /lists 13 rows in all/]],
    ['compound-number', 'points.yaml', 5, [/says "Twenty-two countries", that is 22/, /the results list 2/]],
    ['alias', 'signature.yaml', 1, [/"\*nobody" repeats another value/, /Write the text out in full/]],
    ['anchor', 'signature.yaml', 1, [/"&speaker" names a value for reuse/, /Remove "&speaker"/]],
    ['tab-indent', 'points.yaml', 2, [/a tab is used to indent this line/, /Indent with spaces only/]],
    ['several-documents', 'event.yaml', 3, [/a line "---" starts a second document/, /Remove the "---" line/]],
    ['duplicate-key', 'event.yaml', 4, [/the field "title" is written twice/, /Keep one/]],
    // The general model's mistakes, each naming the field written and the one meant.
    ['figure-outcome-field', 'note.yaml', 8, [/"outcome" is not a field of a figure: the field is "counts"/, /Rename "outcome" to "counts"/]],
    ['result-counts-field', 'note.yaml', 4, [/"counts" is not a field of a result: the field is "outcome"/, /Rename "counts" to "outcome"/]],
    ['outcome-without-label', 'note.yaml', 4, [/outcome "pending" has no "label"/, /label: Pending/]],
    ['unknown-counts', 'note.yaml', 6, [/"counts" is "postive", which is no outcome/, /positive, not-actionable, negative, all/]],
  ];

  it.each(cases)('%s: names %s, the line and the fix', (name, file, line, words, options) => {
    const issue = onlyIssue(load(name, options));
    expect(issue.file).toBe(`${fixtures}/${name}/${file}`);
    expect(issue.line).toBe(line);
    const message = formatIssue(issue);
    expect(message.startsWith(`${fixtures}/${name}/${file}${line === undefined ? ':' : `:${line}:`}`)).toBe(true);
    for (const word of words) expect(message).toMatch(word);
  });

  it('gives each broken case its own message', () => {
    const messages = cases.map(([name, , , , options]) => {
      const result = load(name, options);
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

describe('what the file says is what the speech holds', () => {
  it('keeps no-break and narrow no-break spaces exactly, folding only the line break', () => {
    const speech = valid('no-break-spaces');
    expect(speech.event.title).toBe('Opération\u00a0«\u202fAlcyon\u202f»');
    expect(speech.points[0]?.text).toBe('Bilan\u202f: 1\u00a0250\u00a0000 fichiers saisis\u202f; l’opération «\u202fAlcyon\u202f» continue.');
    expect(speech.event.language).toBe('fr');
  });

  it('refuses a LECTERN_CONTENT that names no folder, saying so once', () => {
    expect(() => speechDir(root, { LECTERN_CONTENT: 'content/icarsu' })).toThrow(/^LECTERN_CONTENT=content\/icarsu: no such folder/);
  });
});

describe('the general speech model', () => {
  it('takes a speech with no note: it ends at its signature', () => {
    const result = load('minimal', { without: ['note'] });
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    expect(result.speech.note).toBeUndefined();
  });

  it('takes a note with no table, its footnote marked with a number', () => {
    const { note } = valid('note-without-table');
    expect(note?.results).toEqual([]);
    expect(note?.footnotes.map((f) => f.mark)).toEqual(['1']);
  });

  it('takes the outcomes a table declares, with their labels and order, and keeps the rows in the file order', () => {
    const { note } = valid('declared-outcomes');
    expect(note?.outcomes).toEqual([
      { id: 'confirmed', label: 'Confirmed' },
      { id: 'pending', label: 'Pending' },
    ]);
    expect(note?.results.map((r) => `${r.country}:${r.outcome}`)).toEqual(['Malta:pending', 'Austria:confirmed', 'Belgium:pending']);
    expect(note?.groupResults).toBe(false);
  });

  it('checks a total against every row', () => {
    const { note } = valid('total');
    expect(note?.figures[0]?.counts).toBe('all');
    expect(note?.groupResults).toBe(true);
  });

  it('takes a plain figure with a footnote, with no data behind it', () => {
    const { note } = valid('plain-figure-footnote');
    expect(note?.figures[0]).toEqual({ id: 'seized', phrase: '4.2 tonnes', footnote: 'estimate' });
  });

  it('makes role optional in the signature', () => {
    const noRole = valid('no-role');
    expect(noRole.signature).toEqual({ name: 'Ada Lovelace' });
  });
});
