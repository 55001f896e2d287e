// `npm start` as the operator runs it, in a child process on 127.0.0.1: it replaces the output
// folder only with a build that succeeded and is served; a second start on a busy port builds
// nothing and names the program in the way; and the podium it serves reloads from its kept copy
// when the server is dead.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/build.ts';
import { currentText, sharedBrowser, skipReason } from '../support/browser.ts';
import { kill, runCommand, type Command } from '../support/command.ts';
import { ICARUS, icarus } from '../support/speech.ts';

const speech = icarus();
/** What the output folders hold before a start: a build of another day. */
const OLD = '<!doctype html><title>Yesterday’s build</title>';

/** An output folder holding yesterday's build. */
function oldBuild(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), OLD);
  return dir;
}

describe.skipIf(skipReason !== '')('npm start', () => {
  const browser = sharedBrowser();
  let base: string;
  let out: string;
  let first: Command;
  let port: number;

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'lectern-start-'));
    out = oldBuild(join(base, 'dist'));
    first = runCommand('server/start.ts', ['--port', '0', '--out', out], { LECTERN_CONTENT: ICARUS });
    port = await first.listening;
  });

  afterAll(async () => {
    await kill(first);
    rmSync(base, { recursive: true, force: true });
  });

  it('serves the new build and puts it in place of the output folder, leaving no other folder behind', async () => {
    const built = readFileSync(join(out, 'index.html'), 'utf8');
    expect(built).not.toBe(OLD);
    expect(built).toContain(speech.event.title);
    expect(existsSync(join(out, 'podium.html'))).toBe(true);
    expect(readdirSync(base)).toEqual(['dist']);
    const served = await (await fetch(`http://127.0.0.1:${port}/`)).text();
    expect(served).toContain(speech.event.title);
  });

  it('on a busy port builds nothing, keeps the output folder, and names the process that holds the port', async () => {
    const other = oldBuild(join(base, 'other'));
    const second = runCommand('server/start.ts', ['--port', String(port), '--out', other], { LECTERN_CONTENT: 'examples/statement' });
    expect(await second.exited).toBe(1);
    const said = second.output();
    expect(said).toContain(`Port ${port} on this machine is already in use by process ${String(first.process.pid)}`);
    expect(said).toContain('server/start.ts');
    expect(said).toMatch(/start on another port: npm start -- --port \d+/);
    expect(said).toContain('Nothing was built');
    expect(said).not.toMatch(/built in/);
    expect(readFileSync(join(other, 'index.html'), 'utf8')).toBe(OLD);
    expect(readdirSync(other)).toEqual(['index.html']);
    expect(readdirSync(base).sort()).toEqual(['dist', 'other']);
  });

  it('keeps the output folder as it was when the build fails', async () => {
    const other = oldBuild(join(base, 'broken-out'));
    const broken = join(base, 'broken');
    cpSync(join(ROOT, ICARUS), broken, { recursive: true });
    writeFileSync(join(broken, 'points.yaml'), 'points: [\n');
    const third = runCommand('server/start.ts', ['--port', '0', '--out', other], { LECTERN_CONTENT: broken });
    expect(await third.exited).toBe(1);
    expect(third.output()).toContain('The build stopped');
    expect(readdirSync(other)).toEqual(['index.html']);
    expect(readFileSync(join(other, 'index.html'), 'utf8')).toBe(OLD);
    expect(readdirSync(base).filter((name) => name.includes('building'))).toEqual([]);
  });

  // Last: it kills the server.
  it('reloads the podium at the point it showed after the server has died', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      const warnings: string[] = [];
      page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
      await page.goto(`http://127.0.0.1:${port}/#/present`);
      await page.locator('[data-testid="current-point"]').waitFor();
      // The page has registered its offline worker, and the worker holds the page.
      await expect
        .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), { timeout: 15_000 })
        .toBe('activated');
      await expect.poll(() => page.evaluate(async () => (await caches.match('/')) !== undefined)).toBe(true);
      await page.keyboard.press('PageDown');
      await page.keyboard.press('PageDown');
      const progress = page.locator('[data-testid="progress"]');
      await expect.poll(() => progress.textContent()).toBe(`3 / ${speech.points.length}`);
      const before = await currentText(page);

      await kill(first);
      await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
      await page.reload();
      await page.locator('[data-testid="current-point"]').waitFor();
      await expect.poll(() => progress.textContent()).toBe(`3 / ${speech.points.length}`);
      expect(await currentText(page)).toBe(before);
      // The kept registration stands: the page does not claim it will be lost.
      expect(warnings.filter((text) => text.includes('will not open again'))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
