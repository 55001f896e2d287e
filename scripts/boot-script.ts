// What the build writes into the page before the app's module: the speech, once, as JSON (the
// app reads it from there too), and the first paint, src/boot/paintFirst.ts compiled to plain
// JavaScript and called on it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { EMBEDDED_ID, type Embedded } from '../src/boot/paintFirst.ts';

const SOURCE = resolve(import.meta.dirname, '../src/boot/paintFirst.ts');

/** The speech as JSON that is safe inside a script element. */
export function embeddedJson(embedded: Embedded): string {
  return JSON.stringify(embedded).replace(/</g, '\\u003c');
}

/** The first paint's script: the function, then the call on the embedded speech. */
export function bootScript(): string {
  const { outputText } = ts.transpileModule(readFileSync(SOURCE, 'utf8'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true },
  });
  const code = outputText.replace(/^export /gm, '').trim();
  const embedded = `JSON.parse(document.getElementById(${JSON.stringify(EMBEDDED_ID)}).textContent)`;
  const storage = '(() => { try { return window.localStorage; } catch { return null; } })()';
  return `${code}\npaintFirst(${embedded}, document, ${storage}, Date.now());`;
}
