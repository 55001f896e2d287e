// Vite plugin: once the dev or preview server listens, prints the address of each mode.
import type { Plugin, PreviewServer, ViteDevServer } from 'vite';
import { MODES } from '../src/app/route.ts';

const NAMES: Record<(typeof MODES)[number], string> = { present: 'Presenter', read: 'Reading  ', console: 'Console  ' };

/** Prints one line per mode, such as "Presenter  http://127.0.0.1:4173/#/present". */
function printModes(server: ViteDevServer | PreviewServer) {
  server.httpServer?.once('listening', () => {
    setTimeout(() => {
      const base = server.resolvedUrls?.local[0];
      if (!base) return;
      for (const mode of MODES) server.config.logger.info(`  ${NAMES[mode]}  ${base}#/${mode}`);
    }, 0);
  });
}

/** Adds the modes' addresses to what the servers print when they start. */
export function printModeUrls(): Plugin {
  return {
    name: 'lectern-mode-urls',
    configureServer: printModes,
    configurePreviewServer: printModes,
  };
}
