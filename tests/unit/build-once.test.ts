// @vitest-environment node
// One build of the app (the whole app, then the podium file from within it) reads and checks the
// content once, and the podium file carries only what the podium runs. Counted where it cannot be missed: the reads of the content files themselves,
// whichever copy of the loader makes them (each build loads its configuration, and so the
// plugins, anew).
import fs from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp, ROOT } from '../support/build.ts';
import { ICARUS } from '../support/speech.ts';

const outDir = mkdtempSync(join(tmpdir(), 'lectern-build-once-'));
const content = join(ROOT, ICARUS);
/** How many times the build read each of the speech's files, by name. */
const reads = new Map<string, number>();

beforeAll(async () => {
  const spy = vi.spyOn(fs, 'readFileSync');
  // The loader imports readFileSync by name: let that binding see the spy too.
  syncBuiltinESMExports();
  try {
    await buildApp(outDir, content);
    for (const [path] of spy.mock.calls) {
      const name = String(path);
      if (!name.startsWith(`${content}/`)) continue;
      const file = name.slice(content.length + 1);
      reads.set(file, (reads.get(file) ?? 0) + 1);
    }
  } finally {
    spy.mockRestore();
    syncBuiltinESMExports();
  }
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('one build', () => {
  it('reads each content file once, for the whole app and the podium file together', () => {
    expect(Object.fromEntries(reads)).toEqual({ 'event.yaml': 1, 'points.yaml': 1, 'signature.yaml': 1, 'note.yaml': 1 });
  });

  it('writes both pages', () => {
    for (const page of ['index.html', 'podium.html']) expect(fs.existsSync(join(outDir, page))).toBe(true);
  });
});

/** Number words of the tables that read figures (src/model/speech/numbers.ts), none of them in the Icarus speech. */
const NUMBER_WORDS = ['douzaine', 'quatorze', 'dutzend', 'dreißig'];
/** What the LAN socket client writes: the socket's constructor and its path on the server. */
const LAN_CLIENT = ['WebSocket', 'lan/socket'];

describe('the podium file holds what the podium runs', () => {
  const page = (name: string) => fs.readFileSync(join(outDir, name), 'utf8');

  it('receives its footnote marks from the build, and carries no number-reading tables', () => {
    expect(NUMBER_WORDS.filter((word) => page('podium.html').includes(word))).toEqual([]);
    // The marks themselves are in the embedded speech, for the podium to place.
    expect(page('podium.html')).toMatch(/"marks":\{"(?:[^"\\]|\\.)+":\[\{"at":\d+,"mark":"/);
  });

  it('carries no LAN client: the LAN server serves the whole app alone', () => {
    expect(LAN_CLIENT.filter((word) => page('podium.html').includes(word))).toEqual([]);
  });

  it('while the whole app, whose reading mode checks the figures and which the LAN serves, still has both', () => {
    expect(NUMBER_WORDS.filter((word) => page('index.html').includes(word))).toEqual(NUMBER_WORDS);
    expect(LAN_CLIENT.filter((word) => page('index.html').includes(word))).toEqual(LAN_CLIENT);
  });
});

describe('the dev server', () => {
  it('reads the content once for every request of the page, and again once a content file changes', async () => {
    const base = mkdtempSync(join(tmpdir(), 'lectern-dev-once-'));
    const dir = join(base, 'icarus');
    fs.cpSync(content, dir, { recursive: true });
    const points = join(dir, 'points.yaml');
    const edited = fs.readFileSync(points, 'utf8').replace('Icarus', 'Daedalus');
    const html = fs.readFileSync(join(ROOT, 'index.html'), 'utf8');
    vi.stubEnv('LECTERN_CONTENT', dir);
    const spy = vi.spyOn(fs, 'readFileSync');
    syncBuiltinESMExports();
    const server = await createServer({ root: ROOT, logLevel: 'silent', server: { middlewareMode: true, hmr: false } });
    try {
      /** Asks for the page and its speech module, as a browser opening it does; returns the page. */
      const open = async () => {
        const page = await server.transformIndexHtml('/index.html', html);
        await server.environments.client.transformRequest('virtual:lectern/speech');
        return page;
      };
      const pointsRead = () => spy.mock.calls.filter(([path]) => String(path) === points).length;
      await open();
      await open();
      await open();
      expect(pointsRead()).toBe(1);
      fs.writeFileSync(points, edited);
      // The watcher's word that the file changed is the page showing the new text.
      await vi.waitFor(async () => expect(await open()).toContain('Daedalus'), { timeout: 20_000, interval: 100 });
      await open();
      expect(pointsRead()).toBe(2);
    } finally {
      await server.close();
      spy.mockRestore();
      syncBuiltinESMExports();
      vi.unstubAllEnvs();
      rmSync(base, { recursive: true, force: true });
    }
  }, 60_000);
});
