// The built page is one self-contained file under a strict Content-Security-Policy: copied
// alone to another folder, it opens from disk (file://) and works in both modes, with no
// request but the file itself, no policy violation and no console error. On the first speech of
// the project's build.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { address, baseUrl, currentText, expectedScreens, sharedBrowser, skipReason, speeches } from '../support/browser.ts';

const first = speeches[0];
if (!first) throw new Error('The build holds no speech.');
const { id, speech } = first;
const screenCount = expectedScreens(0).length;

/** What a page did that a locked-down page must not. */
interface Watched {
  page: Page;
  requests: string[];
  consoleErrors: string[];
}

/** Opens `url` recording every request, console error and CSP violation. */
async function watch(browser: Browser, url: string): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const watched: Watched = { page, requests: [], consoleErrors: [] };
  context.on('request', (request) => watched.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') watched.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watched.consoleErrors.push(String(error)));
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));`,
  });
  await page.goto(url);
  await page.locator('[data-testid="current-point"]').waitFor();
  return watched;
}

/** Walks every screen with PageDown and switches mode, as a user would. */
async function use(page: Page, mode: 'present' | 'read') {
  for (let number = 2; number <= screenCount; number++) {
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(address(id, mode, number));
  }
  await page.keyboard.press('Home');
  await page.keyboard.press('v');
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(address(id, mode === 'present' ? 'read' : 'present', 1));
}

/** The policy the built file declares. */
function policyOf(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

describe.skipIf(skipReason !== '')('the self-contained built file', () => {
  const browser = sharedBrowser();
  let folder: string;
  let fileUrl: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'lectern-usb-'));
    copyFileSync(inject('builtFile'), join(folder, 'index.html'));
    fileUrl = pathToFileURL(join(folder, 'index.html')).href;
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('declares a strict policy: nothing loads, only its own hashed script runs', () => {
    const html = readFileSync(inject('builtFile'), 'utf8');
    const policy = policyOf(html);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    const scripts = policy.get('script-src') ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const source of scripts) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(html).not.toMatch(/<script\b[^>]*\bsrc=/i);
    expect(html).not.toMatch(/<link\b[^>]*rel="stylesheet"/i);
  });

  for (const mode of ['present', 'read'] as const) {
    it(`opens from disk in ${mode} mode and works with no request, violation or error`, async () => {
      const { page, requests, consoleErrors } = await watch(browser(), `${fileUrl}${address(id, mode, 1)}`);
      expect(await currentText(page)).toContain(speech.points[0]?.text.slice(0, 40));
      await use(page, mode);
      expect(requests).toEqual([fileUrl]);
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    });

    it(`served over HTTP in ${mode} mode, makes no request but the page and breaks no policy`, async () => {
      const url = new URL(address(id, mode, 1), baseUrl).href;
      const { page, requests, consoleErrors } = await watch(browser(), url);
      await use(page, mode);
      expect(requests).toEqual([new URL('/', baseUrl).href]);
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    });
  }
});
