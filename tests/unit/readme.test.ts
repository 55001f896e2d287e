import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KEYMAP, keyLabels } from '../../src/deck/keymap.ts';

const readme = readFileSync('README.md', 'utf8');

describe('the README', () => {
  it('lists every key of the keymap, as the in-app help does', () => {
    for (const row of KEYMAP) expect(readme).toContain(`| ${keyLabels(row).join(', ')} | ${row.description} |`);
  });

  it('names only npm scripts that exist', () => {
    const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts);
    const named = [...readme.matchAll(/npm (?:run )?([a-z][\w:-]*)/g)].map((m) => m[1] ?? '');
    const npmOwn = ['install', 'ci', 'i', 'run'];
    const missing = named.filter((name) => !npmOwn.includes(name) && !scripts.includes(name));
    expect(missing).toEqual([]);
    expect(named).toEqual(expect.arrayContaining(['start', 'test', 'check', 'bench']));
  });
});
