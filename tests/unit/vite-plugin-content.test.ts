// The build and the dev server say what is wrong with the content in one plain message, file
// and line first, and never print a stack trace.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findSpeech, speechModule } from '../../scripts/vite-plugin-content.ts';
import { writeFixture } from '../fixtures/fixture.ts';

let made: string[] = [];
afterEach(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made = [];
  delete process.env.LECTERN_CONTENT;
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
  const found = findSpeech(root);
  if (found.ok) throw new Error('expected the content to be refused');
  expect(found.problem).not.toMatch(/\n\s+at |Error:/);
  return found.problem;
}

describe('the build stops on bad content with one plain message', () => {
  it('names the several folders under content/ and the fix', () => {
    expect(problemOf(project('minimal', 'no-role'))).toMatch(/^content\/ holds several speeches \(minimal, no-role\)\. Choose one with LECTERN_CONTENT/);
  });

  it('says once that LECTERN_CONTENT names no folder', () => {
    const root = project('minimal');
    process.env.LECTERN_CONTENT = 'content/minimla';
    expect(problemOf(root).match(/no such folder/g)).toHaveLength(1);
  });

  it('reports an unresolved alias with its file and line, not a ReferenceError', () => {
    expect(problemOf(project('alias'))).toBe(
      '1 problem in the content:\n  content/alias/signature.yaml:1:7: "*nobody" repeats another value (a YAML alias). Write the text out in full here instead.',
    );
  });

  it('builds a valid speech', () => {
    const found = findSpeech(project('no-role'));
    expect(found.ok && found.speech.signature).toEqual({ name: 'Ada Lovelace' });
  });
});

describe('the dev server shows the problem as its overlay', () => {
  it('throws one message with no stack trace', () => {
    const found = findSpeech(project('tab-indent'));
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
