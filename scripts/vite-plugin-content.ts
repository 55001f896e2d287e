// Vite plugin: validates the speech when the build or the dev server loads it and hands the
// app a typed module, `virtual:lectern/speech`. A content error stops the build, and in the
// dev server shows as the error overlay naming file and line; editing a file reloads the page.
// The build log names the content version (fingerprint) built and whether it is approved.
import { basename, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { approvalState, describeApproval, fingerprintOf } from '../src/content/fingerprint.ts';
import { formatIssues } from '../src/content/parse.ts';
import { bootData } from '../src/boot/bootData.ts';
import { EMBEDDED_ID } from '../src/boot/paintFirst.ts';
import { bootScript, embeddedJson } from './boot-script.ts';
import { contentPaths, loadSpeech, speechDir } from './content.ts';

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
      const result = loadSpeech(root, speechDir(root));
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
      const result = loadSpeech(root, dir);
      if (!result.ok) {
        const error = new Error(formatIssues(result.issues));
        error.stack = '';
        throw error;
      }
      // The speech itself is embedded in the page once (see transformIndexHtml); the module gives
      // its identity and version, the fingerprint computed by the same function as the check's.
      return [
        `export const fingerprint = ${JSON.stringify(fingerprintOf(result.speech))};`,
        `export const speechId = ${JSON.stringify(basename(resolve(dir)))};`,
      ].join('\n');
    },
    transformIndexHtml() {
      // The first paint, inlined before the app's module: the point on screen before React runs.
      const dir = speechDir(root);
      const result = loadSpeech(root, dir);
      if (!result.ok) return [];
      const boot = bootData(result.speech, basename(resolve(dir)), fingerprintOf(result.speech));
      return [
        { tag: 'script', attrs: { type: 'application/json', id: EMBEDDED_ID }, children: embeddedJson({ speech: result.speech, boot }), injectTo: 'body' },
        { tag: 'script', children: bootScript(), injectTo: 'body' },
      ];
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
