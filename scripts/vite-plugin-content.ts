// Vite plugin: validates the speech when the build or the dev server loads it and hands the
// app a typed module, `virtual:lectern/speech`. A content error stops the build, and in the
// dev server shows as the error overlay naming file and line; editing a file reloads the page.
// Either way the problem is said once, file and line first, with no stack trace. The build log
// names the content version (fingerprint) built and whether it is approved; the built page
// declares the speech's language. When an approved copy is kept (approved.json), the speech
// carries what changed since, computed here, so the page shows the differences without
// computing them.
import { basename, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { approvalState, describeApproval } from '../src/content/approval.ts';
import { fingerprintOf } from '../src/content/fingerprint.ts';
import { formatIssues } from '../src/content/parse.ts';
import type { Speech } from '../src/content/speech.ts';
import { bootData } from '../src/boot/bootData.ts';
import { EMBEDDED_ID } from '../src/boot/paintFirst.ts';
import { bootScript, embeddedJson } from './boot-script.ts';
import { contentPaths, loadReviewedSpeech, speechDir } from './content.ts';

const ID = 'virtual:lectern/speech';
const RESOLVED = `\0${ID}`;

/** The speech of the project, or the one message that says what is wrong with its content. */
export type FoundSpeech = { ok: true; dir: string; speech: Speech } | { ok: false; problem: string };

/**
 * Finds and validates the speech the build would show: LECTERN_CONTENT, or the only folder
 * under content/, with its changes since approval when an approved copy is kept.
 */
export function findSpeech(root: string): FoundSpeech {
  let dir: string;
  try {
    dir = speechDir(root);
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
  const result = loadReviewedSpeech(root, dir);
  return result.ok ? { ok: true, dir, speech: result.speech } : { ok: false, problem: formatIssues(result.issues) };
}

/** An error that shows only its message: the dev overlay and the log print no stack trace. */
export function plainError(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}

/** The identity of a speech: the name of its folder. */
export function speechIdOf(dir: string): string {
  return basename(resolve(dir));
}

/**
 * The module the page imports: the speech's identity and fingerprint, or an error for the
 * overlay. The speech itself is embedded in the page once, as JSON (see transformIndexHtml).
 */
export function speechModule(found: FoundSpeech): string {
  if (!found.ok) throw plainError(found.problem);
  // The fingerprint is computed here, by the same function as the check's, from the very data the page embeds.
  return [
    `export const fingerprint = ${JSON.stringify(fingerprintOf(found.speech))};`,
    `export const speechId = ${JSON.stringify(speechIdOf(found.dir))};`,
  ].join('\n');
}

/** Loads and validates the speech, embeds it in the page and names it in `virtual:lectern/speech`. */
export function lecternContent(): Plugin {
  let root = process.cwd();
  return {
    name: 'lectern-content',
    configResolved(config) {
      root = config.root;
      if (config.command !== 'build') return;
      // A broken speech must never be built. Say what is wrong, plainly, and stop.
      const found = findSpeech(root);
      if (!found.ok) {
        config.logger.error(`\n${found.problem}\n\nThe build stopped: fix the content and build again (npm run check lists the problems).`);
        process.exit(1);
      }
      // Name the version being built, so the build log says which text will be on the podium.
      const state = approvalState(found.speech, fingerprintOf(found.speech));
      config.logger.info(`Content version ${state.fingerprint}: ${describeApproval(state)}`);
    },
    transformIndexHtml(html) {
      // The page declares the speech's language before any script runs, holds the speech once as
      // JSON, and paints the current point before the app's module: text on screen before React.
      const found = findSpeech(root);
      if (!found.ok) return html;
      const boot = bootData(found.speech, speechIdOf(found.dir), fingerprintOf(found.speech));
      return {
        html: html.replace(/<html lang="[^"]*"/, `<html lang="${found.speech.event.language}"`),
        tags: [
          { tag: 'script', attrs: { type: 'application/json', id: EMBEDDED_ID }, children: embeddedJson({ speech: found.speech, boot }), injectTo: 'body' },
          { tag: 'script', children: bootScript(), injectTo: 'body' },
        ],
      };
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const found = findSpeech(root);
      if (found.ok) for (const path of contentPaths(found.dir)) this.addWatchFile(path);
      return speechModule(found);
    },
    configureServer(server) {
      let dir: string;
      try {
        dir = resolve(speechDir(server.config.root));
      } catch {
        // The page's own module load reports the problem as the overlay; nothing to watch yet.
        return;
      }
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
