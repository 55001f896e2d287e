// @vitest-environment node
// The build and the dev server say what is wrong with the content in one plain message, file
// and line first, and never print a stack trace.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findSpeeches, speechModule } from '../../tooling/build/vite-plugin-content.ts';
import { writeFixture } from '../fixtures/fixture.ts';

let made: string[] = [];
// Each test names its own content: a LECTERN_CONTENT the suite runs under must not reach it.
beforeEach(() => {
  vi.stubEnv('LECTERN_CONTENT', undefined);
});
afterEach(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made = [];
  vi.unstubAllEnvs();
});

/** A project folder whose content/ holds copies of the named fixture cases. */
function project(...cases: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-project-'));
  made.push(dir);
  mkdirSync(join(dir, 'content'));
  for (const name of cases) {
    const speech = writeFixture(name);
    made.push(dirname(speech));
    cpSync(speech, join(dir, 'content', name), { recursive: true });
  }
  return dir;
}

/** The one message the build would print and stop on. */
function problemOf(root: string): string {
  const found = findSpeeches(root);
  if (found.ok) throw new Error('expected the content to be refused');
  expect(found.problem).not.toMatch(/\n\s+at |Error:/);
  return found.problem;
}

describe('the build stops on bad content with one plain message', () => {
  it('reports a broken running order with its file, line and fix', () => {
    const root = project('minimal', 'no-role');
    writeFileSync(join(root, 'content', 'running-order.yaml'), 'speeches:\n  - folder: minimal\n    minutes: 3\n  - folder: no-rol\n    minutes: 2\n');
    expect(problemOf(root)).toBe(
      '1 problem in the content:\n  content/running-order.yaml:4:13: speech 2: there is no speech folder "no-rol" under content/. Write one of: minimal, no-role, or create the folder.',
    );
  });

  it('reports the problems of every speech, each with its own folder', () => {
    const problem = problemOf(project('alias', 'tab-indent'));
    expect(problem).toMatch(/^2 problems in the content:\n {2}content\/alias\/signature\.yaml:1:7: /);
    expect(problem).toMatch(/\n {2}content\/tab-indent\/points\.yaml:2:1: /);
  });

  it('says once that LECTERN_CONTENT names no folder', () => {
    const root = project('minimal');
    vi.stubEnv('LECTERN_CONTENT', 'content/minimla');
    expect(problemOf(root).match(/no such folder/g)).toHaveLength(1);
  });

  it('reports an unresolved alias with its file and line, not a ReferenceError', () => {
    expect(problemOf(project('alias'))).toBe(
      '1 problem in the content:\n  content/alias/signature.yaml:1:7: "*nobody" repeats another value (a YAML alias). Write the text out in full here instead.',
    );
  });

  it('builds a valid speech', () => {
    const found = findSpeeches(project('no-role'));
    expect(found.ok && found.speeches.map((s) => s.speech.signature)).toEqual([{ name: 'Ada Lovelace' }]);
  });

  it('builds several speeches in alphabetical order without a running order, in its order with one', () => {
    const root = project('no-role', 'minimal');
    const ids = () => {
      const found = findSpeeches(root);
      return found.ok ? found.speeches.map(({ id, minutes }) => ({ id, minutes })) : found.problem;
    };
    expect(ids()).toEqual([{ id: 'minimal', minutes: undefined }, { id: 'no-role', minutes: undefined }]);
    writeFileSync(join(root, 'content', 'running-order.yaml'), 'speeches:\n  - folder: no-role\n    minutes: 2.5\n  - folder: minimal\n    minutes: 3\n');
    expect(ids()).toEqual([{ id: 'no-role', minutes: 2.5 }, { id: 'minimal', minutes: 3 }]);
  });

  it('reads one speech named by LECTERN_CONTENT, and a folder of speeches', () => {
    const root = project('no-role', 'minimal');
    vi.stubEnv('LECTERN_CONTENT', 'content/minimal');
    const one = findSpeeches(root);
    expect(one.ok && one.speeches.map((s) => s.id)).toEqual(['minimal']);
    vi.stubEnv('LECTERN_CONTENT', 'content');
    const both = findSpeeches(root);
    expect(both.ok && both.speeches.map((s) => s.id)).toEqual(['minimal', 'no-role']);
  });
});

describe('the dev server shows the problem as its overlay', () => {
  it('throws one message with no stack trace', () => {
    const found = findSpeeches(project('tab-indent'));
    let thrown: unknown;
    try {
      speechModule(found);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown instanceof Error && thrown.stack).toBe('');
    expect(thrown instanceof Error && thrown.message).toMatch(/^1 problem in the content:\n {2}content\/tab-indent\/points\.yaml:2:1: a tab is used to indent this line/);
  });
});
