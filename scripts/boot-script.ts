// What the build writes into the page before the app's module: the speech, once, as JSON (the
// app reads it from there too), and the first paint, src/boot/paintFirst.ts compiled to plain
// JavaScript and called on it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { minifySync } from 'vite';
import { EMBEDDED_ID, type Embedded } from '../src/boot/paintFirst.ts';
import { HELD_MODULE_ID } from '../src/boot/startApp.ts';

/** The first paint, and the presenter's fit it uses: a module without imports of its own. */
const PAINT_SOURCES = ['../src/deck/fit.ts', '../src/boot/paintFirst.ts'];

/** What starts the app's module once the first paint is on screen. */
const START_SOURCES = ['../src/boot/startApp.ts'];

/** The speech as JSON that is safe inside a script element. */
export function embeddedJson(embedded: Embedded): string {
  return JSON.stringify(embedded).replace(/</g, '\\u003c');
}

/** Source files as one plain script, in order, without their imports and exports. */
function plainCode(sources: readonly string[]): string {
  return sources
    .map((source) => {
      const { outputText } = ts.transpileModule(readFileSync(resolve(import.meta.dirname, source), 'utf8'), {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true },
      });
      return outputText.replace(/^import .*;$/gm, '').replace(/^export /gm, '').trim();
    })
    .join('\n');
}

/** The first paint's code, with the fit before it, as one plain script. */
function paintCode(): string {
  return plainCode(PAINT_SOURCES);
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

/** The script that starts the app's module, held in the page as text, once the first paint is on screen. */
export function startScript(): string {
  return minified(`${plainCode(START_SOURCES)}\nstartApp(window);`);
}

/**
 * The built page with its module held: its one `<script type="module">` becomes text in an
 * element the starter reads (src/boot/startApp.ts), at the end of the body, after the first
 * paint's script, with the starter after it. The policy's hash of that text lets it run once started.
 */
export function holdModule(html: string, starter: string): string {
  const modules: string[] = [];
  const rest = html.replace(/<script type="module"[^>]*>([\s\S]*?)<\/script>\n?/g, (_, code: string) => {
    modules.push(code);
    return '';
  });
  if (modules.length === 0) return html;
  if (modules.length > 1) throw new Error(`The built page has ${modules.length} module scripts; the app must be one.`);
  const held = `<script type="text/plain" id="${HELD_MODULE_ID}">${modules[0] ?? ''}</script><script>${starter}</script>`;
  // A function, not a string: the code may hold $& or $' that a replacement string would expand.
  return rest.replace('</body>', () => `${held}</body>`);
}
