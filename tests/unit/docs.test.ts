// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { approvalSchema, embargoSchema, eventSchema } from '../../src/model/speech/schema/event.ts';
import { figureSchema, footnoteSchema, noteSchema, outcomeSchema, resultSchema, rowNameSchema } from '../../src/model/speech/schema/note.ts';
import { pointSchema, pointsSchema } from '../../src/model/speech/schema/points.ts';
import { signatureSchema } from '../../src/model/speech/schema/signature.ts';
import { benchTable, keysTable, partOf, readBenchResults } from '../../tooling/commands/docs.ts';

const pages = ['README.md', 'ARCHITECTURE.md', 'CHANGELOG.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const read = (file: string) => readFileSync(file, 'utf8');

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*]/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors a Markdown page offers, one per heading, numbered as GitHub numbers repeats. */
function anchors(page: string): Set<string> {
  const seen = new Map<string, number>();
  const found = new Set<string>();
  for (const [, heading] of page.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6} (.+)$/gm)) {
    const base = slug(heading ?? '');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count === 0 ? base : `${base}-${count}`);
  }
  return found;
}

describe('the docs', () => {
  it('keep the README short: what it is, how to start, and links to the guides', () => {
    expect(read('README.md').split('\n').length).toBeLessThanOrEqual(150);
  });

  it("list the keys the keymap binds, in the README's generated table", () => {
    expect(partOf(read('README.md'), 'keys')).toBe(keysTable());
  });

  it('link only to files and headings that exist', () => {
    const dead: string[] = [];
    for (const file of pages) {
      const page = read(file);
      for (const [, target] of page.replace(/```[\s\S]*?```/g, '').matchAll(/\]\(([^)\s]+)\)/g)) {
        if (!target || /^[a-z]+:/.test(target)) continue;
        const [path, anchor] = target.split('#');
        const linked = path ? normalize(join(dirname(file), path)) : file;
        if (!existsSync(linked)) dead.push(`${file}: ${target} (no file ${linked})`);
        else if (anchor && linked.endsWith('.md') && !anchors(read(linked)).has(anchor)) dead.push(`${file}: ${target} (no heading #${anchor} in ${linked})`);
      }
    }
    expect(dead).toEqual([]);
  });

  it('name only npm scripts that exist', () => {
    const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
    const npmOwn = ['install', 'ci', 'i', 'run'];
    const missing = pages.flatMap((file) =>
      [...read(file).matchAll(/npm (?:run )?([a-z][\w:-]*)/g)].map((m) => m[1] ?? '').filter((name) => !npmOwn.includes(name) && !scripts.includes(name)).map((name) => `${file}: npm ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('name only files and folders of the project that exist', () => {
    const missing = pages.flatMap((file) =>
      [...read(file).matchAll(/`((?:src|scripts|tests|examples|docs|\.ci)\/[\w./-]*)`/g)]
        .map((m) => (m[1] ?? '').replace(/\/$/, ''))
        .filter((path) => !path.includes('<') && !existsSync(path))
        .map((path) => `${file}: ${path}`),
    );
    expect(missing).toEqual([]);
  });

  it("document every field of every content file, and no field the schema refuses", () => {
    const schemas: Record<string, z.ZodObject> = {
      event: eventSchema, approval: approvalSchema, embargo: embargoSchema, points: pointsSchema, point: pointSchema,
      signature: signatureSchema, note: noteSchema, rowName: rowNameSchema, outcome: outcomeSchema, result: resultSchema, figure: figureSchema, footnote: footnoteSchema,
    };
    const guide = read('docs/content.md');
    for (const [name, schema] of Object.entries(schemas)) {
      const table = new RegExp(`<!-- fields:${name} -->\\n((?:\\|.*\\n)+)`).exec(guide)?.[1];
      expect(table, `docs/content.md has no table of the fields of ${name} (<!-- fields:${name} -->)`).toBeDefined();
      const documented = [...(table ?? '').matchAll(/^\| `(\w+)`/gm)].map((m) => m[1]).sort();
      expect({ [name]: documented }).toEqual({ [name]: Object.keys(schema.shape).sort() });
    }
  });

  it('show the figures of the last bench run as the bench rendered them', () => {
    const results = readBenchResults();
    expect(results, 'docs/bench-results.json is missing: run npm run bench').toBeDefined();
    if (results) expect(partOf(read('docs/performance.md'), 'bench')).toBe(benchTable(results));
  });
});
