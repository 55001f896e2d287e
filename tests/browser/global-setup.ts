// Global setup of the browser tests: builds the app as it ships (production mode, into
// temporary folders so a developer's dist/ is never touched): from the content the project
// builds (content/, or LECTERN_CONTENT, which the sample project sets), for the tests that hold
// for any speech, and from the Icarus fixture, for the tests that assert Icarus's own words.
// Serves each with Vite's preview server on 127.0.0.1 at a free port, finds Chromium, and provides
// all of it to the tests. A build is made once per run for each content, however many projects ask
// for it: the shipped content is the Icarus fixture file for file, and both projects need Icarus.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

/** A build served for this run, and how many projects' setups still use it. */
interface Served {
  outDir: string;
  server: PreviewServer;
  url: string;
  users: number;
}

/**
 * The builds of this run by what they are built of. Vitest runs each project's setup in turn in
 * one process, so the sample project's setup finds the Icarus build the first project made.
 */
const builds: Map<string, Promise<Served>> = ((globalThis as { lecternBuilds?: Map<string, Promise<Served>> }).lecternBuilds ??= new Map());

/** The build of the content `env` chooses, made and served on first use; counts one more user. */
async function servedBuild(env: Record<string, string | undefined>): Promise<Served> {
  const digest = contentDigest(env);
  let made = builds.get(digest);
  if (!made) {
    made = (async () => {
      const outDir = await mkdtemp(join(tmpdir(), 'lectern-browser-'));
      // The content plugin exits the process on a broken speech; leave no build behind even then.
      process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
      await buildApp(outDir, env.LECTERN_CONTENT ? resolve(ROOT, env.LECTERN_CONTENT) : undefined);
      return { outDir, ...(await serve(outDir)), users: 0 };
    })();
    builds.set(digest, made);
  }
  const served = await made;
  served.users += 1;
  return served;
}

/** Lets go of a build; the last user stops its server and removes it. */
async function release(served: Served): Promise<void> {
  served.users -= 1;
  if (served.users > 0) return;
  for (const [digest, made] of builds) if ((await made) === served) builds.delete(digest);
  await served.server.close();
  rmSync(served.outDir, { recursive: true, force: true });
}

/** Builds, serves and provides; returns the teardown that stops the servers and removes the builds. */
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

  // The project's own environment (the sample project names its content there) over the shell's.
  const env = { ...process.env, ...project.config.env };
  const content = await servedBuild(env);
  const icarus = await servedBuild({ LECTERN_CONTENT: ICARUS });

  project.provide('chromePath', chromePath);
  project.provide('baseUrl', content.url);
  project.provide('builtFile', join(content.outDir, 'index.html'));
  project.provide('icarusUrl', icarus.url);
  project.provide('icarusFile', join(icarus.outDir, 'index.html'));

  return async () => {
    await release(content);
    await release(icarus);
  };
}
