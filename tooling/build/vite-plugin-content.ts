// Vite plugin: validates the speech when the build or the dev server loads it and hands the
// app a typed module, `virtual:lectern/speech`. A content error stops the build, and in the
// dev server shows as the error overlay naming file and line; editing a file reloads the page.
// Either way the problem is said once, file and line first, with no stack trace. The build log
// names the content version (fingerprint) built and whether it is approved; the built page
// declares the speech's language. When an approved copy is kept (approved.json), the speech
// carries what changed since, computed here, so the page shows the differences without
// computing them. The content is read and checked once per build (the podium file's build, run
// from within the whole app's, is handed what this one loaded) and, in the dev server, once per
// change of a content file.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HtmlTagDescriptor, Plugin, ResolvedConfig } from 'vite';
import { approvalState, describeApproval } from '../../src/model/speech/approval.ts';
import { fingerprintOf } from '../content/fingerprint.ts';
import { formatIssues } from '../content/parse.ts';
import type { ContentIssue, Speech } from '../../src/model/speech/speech.ts';
import { bootData } from './bootData.ts';
import { embeddedId, type Listed } from '../../src/model/embedded.ts';
import { markedSpeech } from './marks.ts';
import { bootScript, embeddedJson } from './boot-script.ts';
import { contentBase, contentPaths, loadReviewedSpeech, speechSlots, type SpeechSlot } from '../content/load.ts';

const ID = 'virtual:lectern/speech';
const RESOLVED = `\0${ID}`;

/** The content plugin's name: a build run from within a build finds the content already loaded through it. */
const CONTENT_PLUGIN = 'lectern-content';
/** The name of the plugin that hands a build run from within a build the content already loaded. */
const LOADED_PLUGIN = 'lectern-content-loaded';

/** One validated speech of the build, with its folder, its identity and its allotted minutes. */
export interface FoundEntry {
  id: string;
  dir: string;
  minutes?: number;
  speech: Speech;
}

/** The speeches of the project in running order, or the one message that says what is wrong with the content. */
export type FoundSpeeches = { ok: true; speeches: FoundEntry[] } | { ok: false; problem: string };

/** Finds and validates the speeches the build would show: LECTERN_CONTENT, or the folders under content/. */
export function findSpeeches(root: string): FoundSpeeches {
  let slots: SpeechSlot[];
  try {
    slots = speechSlots(root);
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
  const speeches: FoundEntry[] = [];
  const issues: ContentIssue[] = [];
  for (const slot of slots) {
    const result = loadReviewedSpeech(root, slot.dir);
    if (result.ok) speeches.push({ ...slot, speech: result.speech });
    else issues.push(...result.issues);
  }
  return issues.length > 0 ? { ok: false, problem: formatIssues(issues) } : { ok: true, speeches };
}

/** An error that shows only its message: the dev overlay and the log print no stack trace. */
export function plainError(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}

/**
 * The module the page imports: each speech's identity, fingerprint and allotted minutes, in
 * running order, or an error for the overlay. The speeches themselves are embedded in the page
 * once, as JSON (see transformIndexHtml).
 */
export function speechModule(found: FoundSpeeches): string {
  if (!found.ok) throw plainError(found.problem);
  // The fingerprint is computed here, by the same function as the check's, from the very data the page embeds.
  const listed: Listed[] = found.speeches.map(({ id, minutes, speech }) => ({ id, fingerprint: fingerprintOf(speech), ...(minutes === undefined ? {} : { minutes }) }));
  return `export const speeches = ${JSON.stringify(listed)};`;
}

/** The page's embedded data: one JSON element per speech, and the first paint's script. */
function embeddedTags(speeches: readonly FoundEntry[], firstPaint: string): HtmlTagDescriptor[] {
  const several = speeches.length > 1;
  return [
    ...speeches.map(({ id, speech }) => ({
      tag: 'script',
      attrs: { type: 'application/json', id: embeddedId(several ? id : null) },
      children: embeddedJson({ speech: markedSpeech(speech), boot: bootData(speech, id, fingerprintOf(speech)) }),
      injectTo: 'body' as const,
    })),
    { tag: 'script', children: firstPaint, injectTo: 'body' },
  ];
}

/** What the content plugin offers a build run from within its build: the content, once loaded. */
interface ContentApi {
  readonly found: FoundSpeeches | undefined;
}

/**
 * The content a plugin of `config` offers under `name` (the content plugin's own, or what a build
 * hands the build it runs), if any. Each build loads its configuration anew, so this plugin's
 * instances do not share a module: what passes between them is the plugin's `api`, as data.
 */
function contentOffered(config: ResolvedConfig, name: string): FoundSpeeches | undefined {
  // Offered by a plugin of this file, under one of its two names: the same shape, from the same source.
  const api: ContentApi | undefined = config.plugins.find((plugin) => plugin.name === name)?.api;
  return api?.found;
}

/**
 * The plugins a build run from within the build of `config` (the podium file's) needs to take the
 * content this build loaded instead of loading it again: none when this build loaded none.
 */
export function contentLoadedBy(config: ResolvedConfig): Plugin[] {
  const found = contentOffered(config, CONTENT_PLUGIN);
  return found ? [{ name: LOADED_PLUGIN, api: { found } }] : [];
}

/** Loads and validates the speech, embeds it in the page and names it in `virtual:lectern/speech`. */
export function lecternContent(): Plugin {
  let root = process.cwd();
  // The content as loaded: once per build, and in the dev server until a content file changes.
  let loaded: FoundSpeeches | undefined;
  const content = (): FoundSpeeches => (loaded ??= findSpeeches(root));
  return {
    name: CONTENT_PLUGIN,
    api: {
      get found() {
        return loaded;
      },
    } satisfies ContentApi,
    configResolved(config) {
      root = config.root;
      if (config.command !== 'build') return;
      // Handed the content by the build that runs this one: already checked, and its version already named.
      loaded = contentOffered(config, LOADED_PLUGIN);
      if (loaded) return;
      // A broken speech must never be built. Say what is wrong, plainly, and stop.
      const found = content();
      if (!found.ok) {
        config.logger.error(`\n${found.problem}\n\nThe build stopped: fix the content and build again (npm run check lists the problems).`);
        process.exit(1);
      }
      // Name each version being built, so the build log says which text will be on the podium.
      for (const { id, speech } of found.speeches) {
        const state = approvalState(speech, fingerprintOf(speech));
        config.logger.info(`${found.speeches.length > 1 ? `${id}: c` : 'C'}ontent version ${state.fingerprint}: ${describeApproval(state)}`);
      }
    },
    async transformIndexHtml(html) {
      // The page declares the (first) speech's language before any script runs, holds each speech
      // once as JSON, and paints the current point before the app's module: text on screen before React.
      const found = content();
      const first = found.ok ? found.speeches[0] : undefined;
      if (!found.ok || !first) return html;
      return { html: html.replace(/<html lang="[^"]*"/, `<html lang="${first.speech.event.language}"`), tags: embeddedTags(found.speeches, await bootScript()) };
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const found = content();
      // Only files that exist: the dev server resolves each as an import of this module, and a missing one
      // (a speech with no approved copy) would fail the page. The watched folder sees a file added later.
      if (found.ok) for (const { dir } of found.speeches) for (const path of contentPaths(dir)) if (existsSync(path)) this.addWatchFile(path);
      return speechModule(found);
    },
    configureServer(server) {
      let dir: string;
      try {
        dir = resolve(contentBase(server.config.root));
      } catch {
        // The page's own module load reports the problem as the overlay; nothing to watch yet.
        return;
      }
      server.watcher.add(dir);
      server.watcher.on('all', (_event, path) => {
        if (!resolve(path).startsWith(dir)) return;
        loaded = undefined;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
