// What the build writes into the page before the app's module: the speech, once, as JSON (the
// app reads it from there too), and the first paint's script: src/app/boot/firstPaint.ts bundled as
// an entry of its own, with the app's route, storage keys, fit and keymap, into one classic script.
import { resolve } from 'node:path';
import { build } from 'vite';
import type { Embedded } from '../../src/model/embedded.ts';

/** The first paint's entry. */
const FIRST_PAINT_ENTRY = resolve(import.meta.dirname, '../../src/app/boot/firstPaint.ts');

/** The speech as JSON that is safe inside a script element. */
export function embeddedJson(embedded: Embedded): string {
  return JSON.stringify(embedded).replace(/</g, '\\u003c');
}

/** Bundles the first paint's entry into one minified classic script, that leaves nothing on the window. */
async function bundleFirstPaint(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      rollupOptions: { input: FIRST_PAINT_ENTRY, output: { format: 'iife' } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => ('output' in result ? result.output : [])).filter((file) => file.type === 'chunk');
  const [chunk, ...more] = chunks;
  if (!chunk || more.length > 0) throw new Error(`The first paint must bundle into one script; it made ${chunks.length}.`);
  // Inlined in a script element: a closing tag in a string must not end it.
  return chunk.code.replace(/<\/script/gi, '<\\/script').trim();
}

let bundled: Promise<string> | undefined;

/** The first paint's script, bundled once per process (the build and the dev server both ask each page). */
export function bootScript(): Promise<string> {
  bundled ??= bundleFirstPaint();
  return bundled;
}
