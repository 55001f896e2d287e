// Vite plugin: validates the speech when the build or the dev server loads it and hands the
// app a typed module, `virtual:lectern/speech`. A content error stops the build, and in the
// dev server shows as the error overlay naming file and line; editing a file reloads the page.
// The build log names the content version (fingerprint) built and whether it is approved.
// When an approved copy is kept (approved.json), the speech carries what changed since,
// computed here, so the page shows the differences without computing them.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { approvalState, describeApproval, fingerprintOf } from '../src/content/fingerprint.ts';
import { formatIssues } from '../src/content/parse.ts';
import { contentPaths, loadReviewedSpeech, speechDir } from './content.ts';

const ID = 'virtual:lectern/speech';
const RESOLVED = `\0${ID}`;

/** Loads and validates the speech, exporting it as the default of `virtual:lectern/speech`. */
export function lecternContent(): Plugin {
  let root = process.cwd();
  return {
    name: 'lectern-content',
    configResolved(config) {
      root = config.root;
      if (config.command !== 'build') return;
      // A broken speech must never be built. Say what is wrong, plainly, and stop.
      const result = loadReviewedSpeech(root, speechDir(root));
      if (!result.ok) {
        config.logger.error(`\n${formatIssues(result.issues)}\n\nThe build stopped: fix the content and build again (npm run check lists the problems).`);
        process.exit(1);
      }
      // Name the version being built, so the build log says which text will be on the podium.
      const state = approvalState(result.speech, fingerprintOf(result.speech));
      config.logger.info(`Content version ${state.fingerprint}: ${describeApproval(state)}`);
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const dir = speechDir(root);
      for (const path of contentPaths(dir)) this.addWatchFile(path);
      const result = loadReviewedSpeech(root, dir);
      if (!result.ok) {
        const error = new Error(formatIssues(result.issues));
        error.stack = '';
        throw error;
      }
      // The fingerprint is computed here, by the same function as the check's, from the very data the page embeds.
      return `export default ${JSON.stringify(result.speech)};\nexport const fingerprint = ${JSON.stringify(fingerprintOf(result.speech))};`;
    },
    configureServer(server) {
      const dir = resolve(speechDir(server.config.root));
      server.watcher.add(dir);
      server.watcher.on('all', (_event, path) => {
        if (!resolve(path).startsWith(dir)) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
