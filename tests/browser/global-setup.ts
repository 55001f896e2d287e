// Global setup of the browser tests: builds the app as it ships (production mode, into a
// temporary folder so a developer's dist/ is never touched), serves it with Vite's preview
// server on 127.0.0.1 at a free port, finds Chromium, and provides both to the tests.
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { buildApp, ROOT } from '../support/build.ts';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served app, such as "http://127.0.0.1:41234/". */
    baseUrl: string;
    /** The Chromium to launch, or null when none is installed here (the tests then skip). */
    chromePath: string | null;
    /** The built, self-contained page on disk. */
    builtFile: string;
  }
}


/** The Chromium to drive: CHROME_PATH if set, else Debian's; null when that file is missing. */
function findChromium(env: Record<string, string | undefined>): string | null {
  const path = env.CHROME_PATH || '/usr/bin/chromium';
  return existsSync(path) ? path : null;
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
    return;
  }

  const outDir = await mkdtemp(join(tmpdir(), 'lectern-browser-'));
  // The content plugin exits the process on a broken speech; leave no build behind even then.
  const removeBuild = () => rmSync(outDir, { recursive: true, force: true });
  process.once('exit', removeBuild);
  await buildApp(outDir);

  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('The preview server has no TCP address.');
  const baseUrl = `http://127.0.0.1:${address.port}/`;

  project.provide('baseUrl', baseUrl);
  project.provide('chromePath', chromePath);
  project.provide('builtFile', join(outDir, 'index.html'));

  return async () => {
    await server.close();
    process.off('exit', removeBuild);
    removeBuild();
  };
}
