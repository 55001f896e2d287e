// @vitest-environment node
// The addresses the servers print when they start: what an operator copies into the podium's
// and the console's browsers, so each must open what its name says.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { modeLines } from '../../tooling/build/vite-plugin-urls.ts';
import { ICARUS } from '../support/speech.ts';

const BASE = 'http://127.0.0.1:4173/';

describe('modeLines', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('names the three modes of one speech at its own addresses', () => {
    vi.stubEnv('LECTERN_CONTENT', ICARUS);
    expect(modeLines(process.cwd(), BASE).map((line) => line.trim().split(/\s+/))).toEqual([
      ['Presenter', `${BASE}#/present`],
      ['Reading', `${BASE}#/read`],
      ['Console', `${BASE}#/console`],
    ]);
  });

  it('names the running order, the whole conference, then the modes of each speech in running order', () => {
    vi.stubEnv('LECTERN_CONTENT', 'tests/fixtures/conference');
    const addresses = modeLines(process.cwd(), BASE).map((line) => line.trim().split(/\s+/).at(-1));
    expect(addresses).toEqual([
      `${BASE}#/`,
      `${BASE}#/read`,
      ...['welcome', 'customs'].flatMap((folder) => ['present', 'read', 'console'].map((mode) => `${BASE}#/${folder}/${mode}`)),
    ]);
  });
});
