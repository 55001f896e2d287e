// Vite plugin: once the dev or preview server listens, prints the address of each mode (of each
// speech, after the running order's and the whole conference's reading, when the build holds several).
import type { Plugin, PreviewServer, ViteDevServer } from 'vite';
import { folderPrefix, MODES } from '../../src/model/route.ts';
import { speechSlots } from '../content/load.ts';

/** The folders the addresses carry: none for one speech (or content the check refuses), else each speech's. */
function folders(root: string): (string | undefined)[] {
  try {
    const slots = speechSlots(root);
    return slots.length > 1 ? slots.map((slot) => slot.id) : [undefined];
  } catch {
    return [undefined];
  }
}

const NAMES: Record<(typeof MODES)[number], string> = { present: 'Presenter', read: 'Reading  ', console: 'Console  ' };

/**
 * The lines that name each mode's address at `base`, such as "  Presenter  http://127.0.0.1:4173/#/present";
 * the running order's and the whole conference's first when the content under `root` holds several speeches.
 */
export function modeLines(root: string, base: string): string[] {
  const each = folders(root);
  return [
    ...(each.length > 1 ? [`  Running order  ${base}#/`, `  Whole conference  ${base}#/read`] : []),
    ...each.flatMap((folder) => MODES.map((mode) => `  ${NAMES[mode]}  ${base}${folderPrefix(folder)}/${mode}`)),
  ];
}

/** Prints one line per mode once the server listens. */
function printModes(server: ViteDevServer | PreviewServer) {
  server.httpServer?.once('listening', () => {
    setTimeout(() => {
      const base = server.resolvedUrls?.local[0];
      if (!base) return;
      for (const line of modeLines(server.config.root, base)) server.config.logger.info(line);
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
