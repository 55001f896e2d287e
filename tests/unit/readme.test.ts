import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KEYMAP, keyLabels } from '../../src/deck/keymap.ts';

const readme = readFileSync('README.md', 'utf8');

describe('the README', () => {
  it('lists every key of the keymap, as the in-app help does', () => {
    for (const row of KEYMAP) expect(readme).toContain(`| ${keyLabels(row).join(', ')} | ${row.description} |`);
  });

  it('gives the install-and-start and the test commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });
});
