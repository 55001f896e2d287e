// What the build writes into the page before the app's module: the speech, once, as JSON (the
// app reads it from there too), and the first paint, src/boot/paintFirst.ts compiled to plain
// JavaScript and called on it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { minifySync } from 'vite';
import { EMBEDDED_ID, type Embedded } from '../src/boot/paintFirst.ts';

/** The first paint, and the presenter's fit it uses: a module without imports of its own. */
const SOURCES = ['../src/deck/fit.ts', '../src/boot/paintFirst.ts'].map((file) => resolve(import.meta.dirname, file));

/** The speech as JSON that is safe inside a script element. */
export function embeddedJson(embedded: Embedded): string {
  return JSON.stringify(embedded).replace(/</g, '\\u003c');
}

/** The first paint's code, with the fit before it, as one plain script. */
function paintCode(): string {
  return SOURCES.map((source) => {
    const { outputText } = ts.transpileModule(readFileSync(source, 'utf8'), {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true },
    });
    return outputText.replace(/^import .*;$/gm, '').replace(/^export /gm, '').trim();
  }).join('\n');
}

/** A script as small as the app's own module is made: it stands in the page before the point can paint. */
function minified(script: string): string {
  // In a function of its own, so nothing of it is left on the window.
  const { code, errors } = minifySync('boot.js', `(() => {\n${script}\n})();`);
  if (errors.length > 0) throw new Error(`The first paint's script does not minify: ${errors.map((e) => e.message).join('; ')}`);
  return code;
}

const STORAGE = '(() => { try { return window.localStorage; } catch { return null; } })()';

/** The first paint's script: the function, then the call on the embedded speech. */
export function bootScript(): string {
  const embedded = `JSON.parse(document.getElementById(${JSON.stringify(EMBEDDED_ID)}).textContent)`;
  return minified(`${paintCode()}\npaintFirst(${embedded}, document, ${STORAGE}, Date.now());`);
}

/**
 * The first paint in a build of several speeches: the address names the folder
 * (#/icarus/present/7), whose speech is painted at the rest of the address; the running order
 * at #/ paints nothing.
 */
export function conferenceBootScript(): string {
  const call = [
    '(() => {',
    '  const folder = /^#\\/([^/]+)/.exec(document.location.hash);',
    `  const element = folder && document.getElementById(${JSON.stringify(`${EMBEDDED_ID}:`)} + decodeURIComponent(folder[1]));`,
    `  if (element) paintFirst(JSON.parse(element.textContent), document, ${STORAGE}, Date.now(), '#' + document.location.hash.slice(folder[0].length));`,
    '})();',
  ].join('\n');
  return minified(`${paintCode()}\n${call}`);
}
