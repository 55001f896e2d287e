// Vite plugin: holds the app's module in the built page as text, at the end of the body, and
// starts it once the first paint is on screen (src/boot/startApp.ts): the point paints first,
// and React compiles and runs after, not while the browser draws the point.
import type { Plugin } from 'vite';
import { holdModule, startScript } from './boot-script.ts';

/** The plugin; it runs before the policy is written, which hashes the scripts wherever they stand. */
export function moduleHeld(): Plugin {
  return {
    name: 'lectern-module-held',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const starter = startScript();
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.html')) file.source = holdModule(String(file.source), starter);
        }
      },
    },
  };
}
