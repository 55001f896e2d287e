// Builds the app as it ships (production mode) into a folder of its own, from content/ or
// from another speech folder, so browser tests can open two builds side by side.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { loadSpeech } from '../../tooling/content/load.ts';
import type { Speech } from '../../src/model/speech/speech.ts';
import { ICARUS } from './speech.ts';

/** The project folder. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** Builds into `outDir` from the speech in `contentDir` (content/ when not given). */
export async function buildApp(outDir: string, contentDir?: string): Promise<string> {
  // Vitest sets NODE_ENV=test, and Vite would then bundle React's development build.
  const saved = { nodeEnv: process.env.NODE_ENV, content: process.env.LECTERN_CONTENT };
  process.env.NODE_ENV = 'production';
  if (contentDir) process.env.LECTERN_CONTENT = contentDir;
  try {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    for (const [name, value] of [['NODE_ENV', saved.nodeEnv], ['LECTERN_CONTENT', saved.content]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  return join(outDir, 'index.html');
}

/**
 * Builds a changed copy of the Icarus speech: the folder keeps its name (the speech's
 * identity), and `change` edits its files. Returns the built page.
 */
export async function buildChangedIcarus(change: (file: (name: string, edit: (text: string) => string) => void) => void): Promise<string> {
  const base = mkdtempSync(join(tmpdir(), 'lectern-variant-'));
  const dir = join(base, 'icarus');
  cpSync(join(ROOT, ICARUS), dir, { recursive: true });
  change((name, edit) => writeFileSync(join(dir, name), edit(readFileSync(join(dir, name), 'utf8'))));
  return buildApp(join(base, 'dist'), dir);
}

/** A press conference of two speakers written out for a test: Icarus (8 minutes), then the example statement (3). */
export interface TwoSpeeches {
  /** The temporary folder that holds it all; remove it after the tests. */
  base: string;
  /** Its content folder: icarus/, statement/ and running-order.yaml. */
  content: string;
  /** The example statement, as loaded. */
  statement: Speech;
}

/** Writes the Icarus fixture and the example statement, in a running order, into a new temporary folder. */
export function twoSpeeches(prefix: string): TwoSpeeches {
  const base = mkdtempSync(join(tmpdir(), prefix));
  const content = join(base, 'content');
  cpSync(join(ROOT, ICARUS), join(content, 'icarus'), { recursive: true });
  cpSync(join(ROOT, 'examples/statement'), join(content, 'statement'), { recursive: true });
  writeFileSync(join(content, 'running-order.yaml'), 'speeches:\n  - folder: icarus\n    minutes: 8\n  - folder: statement\n    minutes: 3\n');
  const loaded = loadSpeech(base, join(content, 'statement'));
  if (!loaded.ok) throw new Error('The example statement is invalid: run npm run check with LECTERN_CONTENT=examples/statement.');
  return { base, content, statement: loaded.speech };
}
