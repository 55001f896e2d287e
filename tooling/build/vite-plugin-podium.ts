// The podium file. Beside the whole app (index.html: presenter, reading mode, console, running
// order, LAN panels), every build writes podium.html: the same speeches in presenter mode alone,
// for the screen the speaker reads. It carries no code the podium does not run, and it keeps
// in step with a console opened from index.html. Any other address opens in index.html.
import { resolve } from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { contentLoadedBy } from './vite-plugin-content.ts';

/** The podium file's name, in the project and in the build. */
export const PODIUM_PAGE = 'podium.html';

/** Vite plugin: after the whole app is built, builds the podium file into the same folder. */
export function podiumFile(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'lectern-podium-file',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (!config || isPodiumBuild(config)) return;
      const { external } = config.build.rollupOptions;
      await build({
        configFile: config.configFile ?? false,
        root: config.root,
        mode: config.mode,
        logLevel: config.logLevel,
        // The same content, loaded once: this build is handed what the whole app's loaded.
        plugins: contentLoadedBy(config),
        build: { outDir: resolve(config.root, config.build.outDir), emptyOutDir: false, rollupOptions: { input: resolve(config.root, PODIUM_PAGE), ...(external ? { external } : {}) } },
      });
    },
  };
}

/** Whether a build is the podium file's own. */
function isPodiumBuild(config: ResolvedConfig): boolean {
  const { input } = config.build.rollupOptions;
  return typeof input === 'string' && input.endsWith(PODIUM_PAGE);
}
