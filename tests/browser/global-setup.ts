// Global setup of the browser tests: builds the app twice as it ships (production mode, into
// temporary folders so a developer's dist/ is never touched): from the content the project
// builds (content/, or LECTERN_CONTENT), for the tests that hold for any speech, and from the
// Icarus fixture, for the tests that assert Icarus's own words. Serves each with Vite's preview
// server on 127.0.0.1 at a free port, finds Chromium, and provides all of it to the tests. When the
// project's content is the Icarus fixture file for file (as shipped), one build serves as both.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { buildApp, ROOT } from '../support/build.ts';
import { ICARUS } from '../support/speech.ts';
import { speechSlots } from '../../tooling/content/load.ts';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served app built from the project's content, such as "http://127.0.0.1:41234/". */
    baseUrl: string;
    /** The Chromium to launch, or null when none is installed here (the tests then skip). */
    chromePath: string | null;
    /** The built, self-contained page of the project's content on disk. */
    builtFile: string;
    /** The served app built from the Icarus fixture. */
    icarusUrl: string;
    /** The built page of the Icarus fixture on disk. */
    icarusFile: string;
  }
}


/** The Chromium to drive: CHROME_PATH if set, else Debian's; null when that file is missing. */
function findChromium(env: Record<string, string | undefined>): string | null {
  const path = env.CHROME_PATH || '/usr/bin/chromium';
  return existsSync(path) ? path : null;
}

/** Every file under `dir`, as paths relative to it, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort();
}

/**
 * What a build of the content chosen by `env` is made of: each speech's place, name and allotment,
 * and the bytes of every file in its folder. Two contents alike in this build alike.
 */
function contentDigest(env: Record<string, string | undefined>): string {
  const hash = createHash('sha256');
  for (const { id, dir, minutes } of speechSlots(ROOT, env)) {
    hash.update(JSON.stringify({ id, minutes: minutes ?? null }));
    for (const path of filesUnder(dir)) hash.update(`\0${path}\0`).update(readFileSync(join(dir, path)));
  }
  return hash.digest('hex');
}

/** Serves the build in `outDir` on 127.0.0.1 at a free port; returns the server and its address. */
async function serve(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('The preview server has no TCP address.');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

/** Builds, serves and provides; returns the teardown that stops the server and removes the build. */
export default async function setup(project: TestProject) {
  const chromePath = findChromium(process.env);
  if (chromePath === null) {
    const wanted = process.env.CHROME_PATH || '/usr/bin/chromium';
    if (process.env.CI === 'true') {
      throw new Error(
        `Browser tests: no Chromium at ${wanted}. On CI they must run: install it (apt-get install chromium) or set CHROME_PATH.`,
      );
    }
    console.warn(`\nBrowser tests SKIPPED: no Chromium at ${wanted}. Install it or set CHROME_PATH to run them.\n`);
    project.provide('chromePath', null);
    project.provide('baseUrl', '');
    project.provide('builtFile', '');
    project.provide('icarusUrl', '');
    project.provide('icarusFile', '');
    return;
  }

  const outDir = await mkdtemp(join(tmpdir(), 'lectern-browser-'));
  // The content plugin exits the process on a broken speech; leave no build behind even then.
  const removeBuild = () => rmSync(outDir, { recursive: true, force: true });
  process.once('exit', removeBuild);
  const content = join(outDir, 'content');
  const icarus = join(outDir, 'icarus');
  await buildApp(content);
  // The shipped content is the Icarus fixture until the press office replaces it: then one build is both.
  const sameAsIcarus = contentDigest(process.env) === contentDigest({ LECTERN_CONTENT: ICARUS });
  if (!sameAsIcarus) await buildApp(icarus, join(ROOT, ICARUS));
  const servers = sameAsIcarus ? [await serve(content)] : [await serve(content), await serve(icarus)];

  project.provide('chromePath', chromePath);
  project.provide('baseUrl', servers[0]?.url ?? '');
  project.provide('builtFile', join(content, 'index.html'));
  project.provide('icarusUrl', servers.at(-1)?.url ?? '');
  project.provide('icarusFile', join(sameAsIcarus ? content : icarus, 'index.html'));

  return async () => {
    for (const { server } of servers) await server.close();
    process.off('exit', removeBuild);
    removeBuild();
  };
}
