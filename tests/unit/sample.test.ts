// @vitest-environment node
// The second sample, tests/fixtures/conference/, that the suite also runs on (npm run
// test:sample, and CI): it must keep the shapes Icarus lacks, or that second run proves nothing.
// Two speakers in a running order that is not alphabetical, a speech with no note, declared
// outcomes with one Icarus does not have, rows in the file's order, a total, and a footnote on a
// figure that counts nothing; and the check accepts it.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STANDARD_OUTCOMES } from '../../src/model/speech/language.ts';
import { SAMPLE, shipped } from '../support/speech.ts';

const root = resolve(import.meta.dirname, '../..');
const speeches = shipped({ LECTERN_CONTENT: SAMPLE });
const notes = speeches.flatMap(({ speech }) => (speech.note ? [speech.note] : []));

describe('the sample conference', () => {
  it('has two speakers, in the order of its running order, not the alphabet, each with allotted minutes', () => {
    const ids = speeches.map(({ id }) => id);
    expect(ids).toHaveLength(2);
    expect(ids).not.toEqual([...ids].sort());
    expect(new Set(speeches.map(({ speech }) => speech.signature.name)).size).toBe(2);
    for (const { minutes } of speeches) expect(minutes).toBeGreaterThan(0);
  });

  it('has a speech with no note, which ends at its signature', () => {
    expect(speeches.some(({ speech }) => speech.note === undefined)).toBe(true);
  });

  it('has a results table that declares its outcomes, one of them "pending", with rows in the file\'s order', () => {
    const note = notes.find((n) => n.outcomes.some((o) => o.id === 'pending'));
    if (!note) throw new Error('no note declares "pending"');
    expect(note.outcomes.some((o) => !(STANDARD_OUTCOMES as readonly string[]).includes(o.id))).toBe(true);
    expect(note.groupResults).toBe(false);
    const outcomes = note.results.map((r) => r.outcome);
    // Rows of one outcome stand apart in the file, so keeping its order is visible.
    expect(outcomes.some((o, i) => outcomes.indexOf(o) < i && outcomes[i - 1] !== o)).toBe(true);
  });

  it('states a total and a figure that counts nothing, qualified by a footnote whose mark is not "*"', () => {
    const figures = notes.flatMap((n) => n.figures.map((figure) => ({ figure, note: n })));
    expect(figures.some(({ figure }) => figure.counts === 'all')).toBe(true);
    const plain = figures.find(({ figure }) => figure.counts === undefined && figure.footnote !== undefined);
    if (!plain) throw new Error('no plain figure with a footnote');
    const mark = plain.note.footnotes.find((f) => f.id === plain.figure.footnote)?.mark;
    expect(mark).toBeDefined();
    expect(mark).not.toBe('*');
  });

  it('passes npm run check', () => {
    const out = execFileSync('npx', ['tsx', 'tooling/commands/check.ts'], { cwd: root, encoding: 'utf8', env: { ...process.env, LECTERN_CONTENT: SAMPLE } });
    expect(out).toContain('Running order: 2 speeches');
  }, 30_000);
});
