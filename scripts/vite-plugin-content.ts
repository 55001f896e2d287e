// Vite plugin: validates the speech when the build or the dev server loads it and hands the
// app a typed module, `virtual:lectern/speech`. A content error stops the build, and in the
// dev server shows as the error overlay naming file and line; editing a file reloads the page.
// The build log names the content version (fingerprint) built and whether it is approved.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { approvalState, describeApproval, fingerprintOf } from '../src/content/fingerprint.ts';
import { formatIssues } from '../src/content/parse.ts';
import { contentPaths, loadSpeech, speechDir } from './content.ts';

const ID = 'virtual:lectern/speech';

/** The speech folder, or the sentence that says why there is none, so no stack trace is printed. */
function findSpeech(root: string): { dir: string } | { problem: string } {
  try {
    return { dir: speechDir(root) };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

/** An error that shows only its message: the dev overlay and the log print no stack trace. */
function plainError(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}
const RESOLVED = `\0${ID}`;

/** Loads and validates the speech, exporting it as the default of `virtual:lectern/speech`. */
export function lecternContent(): Plugin {
  let root = process.cwd();
  return {
    name: 'lectern-content',
    configResolved(config) {
      root = config.root;
      if (config.command !== 'build') return;
      // A broken speech must never be built. Say what is wrong, plainly, and stop, with no stack trace.
      const stop = (message: string): never => {
        config.logger.error(`\n${message}\n\nThe build stopped: fix the content and build again (npm run check lists the problems).`);
        process.exit(1);
      };
      const found = findSpeech(root);
      const result = 'problem' in found ? stop(found.problem) : loadSpeech(root, found.dir);
      if (!result.ok) return stop(formatIssues(result.issues));
      // Name the version being built, so the build log says which text will be on the podium.
      const state = approvalState(result.speech, fingerprintOf(result.speech));
      config.logger.info(`Content version ${state.fingerprint}: ${describeApproval(state)}`);
    },
    transformIndexHtml(html) {
      // The built page declares the speech's language before any script runs.
      const found = findSpeech(root);
      const result = 'problem' in found ? undefined : loadSpeech(root, found.dir);
      return result?.ok ? html.replace(/<html lang="[^"]*"/, `<html lang="${result.speech.event.language}"`) : html;
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const found = findSpeech(root);
      if ('problem' in found) throw plainError(found.problem);
      for (const path of contentPaths(found.dir)) this.addWatchFile(path);
      const result = loadSpeech(root, found.dir);
      if (!result.ok) throw plainError(formatIssues(result.issues));
      // The fingerprint is computed here, by the same function as the check's, from the very data the page embeds.
      return `export default ${JSON.stringify(result.speech)};\nexport const fingerprint = ${JSON.stringify(fingerprintOf(result.speech))};`;
    },
    configureServer(server) {
      const found = findSpeech(server.config.root);
      // The page's own module load reports the problem as the overlay; nothing to watch yet.
      if ('problem' in found) return;
      const dir = resolve(found.dir);
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
