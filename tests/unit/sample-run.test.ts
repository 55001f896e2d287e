// @vitest-environment node
// The sample project (part of `npm test`, alone in `npm run test:sample`) reruns, on the sample
// conference, only the tests that read the content the build ships; the rest would only repeat
// themselves. This holds its list of files to what the tests import: a test that starts reading
// the shipped content must join the list.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import config from '../../vite.config.ts';
import { SAMPLE_RUN_FILES } from '../support/sample-run.ts';
import { SAMPLE } from '../support/speech.ts';

const root = resolve(import.meta.dirname, '../..');

/** What each support module exports that reads the shipped content (LECTERN_CONTENT, else content/). */
const READS_CONTENT: Record<string, readonly string[]> = {
  browser: ['baseUrl', 'eachSpeech', 'speeches', 'expectedScreens', 'address', 'expectPresenterAt'],
  speech: ['shipped'],
};

/** The test files that read the shipped content: they import one of those, or the build of it. */
function readersOfContent(): string[] {
  const readers: string[] = [];
  for (const dir of ['tests/unit', 'tests/components', 'tests/browser']) {
    for (const file of readdirSync(join(root, dir)).filter((name) => /\.test\.tsx?$/.test(name)).sort()) {
      const source = readFileSync(join(root, dir, file), 'utf8');
      const imported = [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'\.\.\/support\/(\w+)\.ts'/g)].flatMap(([, names = '', module = '']) =>
        names.split(',').map((name) => ({ module, name: name.trim().replace(/^type\s+/, '') })),
      );
      const reads = imported.some(({ module, name }) => READS_CONTENT[module]?.includes(name)) || /inject\('(baseUrl|builtFile)'\)/.test(source);
      // The sample's own test names its content itself.
      if (reads && file !== 'sample.test.ts') readers.push(`${dir}/${file}`);
    }
  }
  return readers;
}

describe('the run on the sample conference', () => {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const projects = (config.test?.projects ?? []) as TestProjectInlineConfiguration[];
  const sample = projects.find((project) => project.test?.name === 'sample')?.test;

  it('reruns exactly the tests that read the shipped content, with the sample conference as the content', () => {
    expect([...SAMPLE_RUN_FILES].sort()).toEqual(readersOfContent().sort());
    expect(sample?.include).toEqual(SAMPLE_RUN_FILES);
    expect(sample?.env).toEqual({ LECTERN_CONTENT: SAMPLE });
  });

  it('runs within npm test, and alone with npm run test:sample', () => {
    expect(scripts.test).toMatch(/vitest run$/);
    expect(scripts['test:sample']).toBe('vitest run --project sample');
  });

  it('finds a reader by what it imports', () => {
    expect(readersOfContent()).toContain('tests/unit/content.test.ts');
    expect(readersOfContent()).toContain('tests/browser/podium-file.test.ts');
    expect(readersOfContent()).not.toContain('tests/browser/review.test.ts');
  });
});
