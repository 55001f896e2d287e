// Changes since approval and drafts on paper, in the built app in Chromium. The shared build of
// the Icarus fixture is Icarus as it stands, not approved: its print says DRAFT on every page. This file builds
// a second copy from a temporary content folder, opened from disk: Icarus with an embargo,
// approved, then one figure and one point changed; reading mode must open with the banner and
// show the removed and added words, the podium and console must say it is not approved.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpeech } from '../../tooling/content/load.ts';
import { approvedCopyText } from '../../tooling/content/approved.ts';
import { fingerprintOf } from '../../tooling/content/fingerprint.ts';
import { icarusUrl, normalise, open, sharedBrowser, skipReason } from '../support/browser.ts';
import { pdfPages } from '../support/pdf.ts';
import { buildApp, ROOT } from '../support/build.ts';
import { ICARUS } from '../support/speech.ts';
import { seriousViolations } from '../support/axe.ts';

/** Writes a content folder: Icarus with an embargo, approved as it stands, then changed in one figure and one point. */
function changedSinceApproval(dir: string): void {
  cpSync(join(ROOT, ICARUS), dir, { recursive: true });
  const eventPath = join(dir, 'event.yaml');
  const event = `${readFileSync(eventPath, 'utf8')}embargo:\n  date: 2011-10-10\n  time: "10:00"\n  zone: Europe/Amsterdam\n`;
  writeFileSync(eventPath, event);
  const loaded = loadSpeech(ROOT, dir);
  if (!loaded.ok) throw new Error('Icarus does not parse');
  writeFileSync(join(dir, 'approved.json'), approvedCopyText(loaded.speech));
  writeFileSync(eventPath, `${event}approval:\n  by: Head of Press, Europol\n  date: 2011-10-05\n  fingerprint: "${fingerprintOf(loaded.speech)}"\n`);
  const points = readFileSync(join(dir, 'points.yaml'), 'utf8');
  writeFileSync(join(dir, 'points.yaml'), points.replace('So far 220', 'So far 230').replace('Good morning, today', 'Good afternoon, today'));
}

describe.skipIf(skipReason !== '')('changes since approval, drafts and embargoes', () => {
  const browser = sharedBrowser();
  let changedUrl = '';
  const temp = mkdtempSync(join(tmpdir(), 'lectern-approval-'));

  beforeAll(async () => {
    const content = join(temp, 'icarus');
    changedSinceApproval(content);
    changedUrl = pathToFileURL(await buildApp(join(temp, 'dist'), content)).href;
  }, 120_000);
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('reading mode opens with the banner and shows the removed and added words', async () => {
    const { page, consoleErrors, foreignRequests } = await open(browser(), '#/read/1', { width: 1280, height: 720 }, changedUrl);
    const banner = page.getByRole('alert');
    expect(normalise(await banner.innerText())).toContain('Changed since approval by Head of Press, Europol on 2011-10-05: 2 points, 1 figure.');
    expect(await banner.isVisible()).toBe(true);
    expect((await page.locator('.points del').allInnerTexts()).map(normalise)).toEqual(['morning,', '220']);
    expect((await page.locator('.points ins').allInnerTexts()).map(normalise)).toEqual(['afternoon,', '230']);
    // The removed words are struck through and the added ones underlined, so they read apart without colour.
    const decoration = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(await decoration('.points del')).toBe('line-through');
    expect(await decoration('.points ins')).toBe('underline');
    expect(normalise(await page.locator('.reading-status .embargo').innerText())).toBe('Embargoed until 10 October 2011, 10:00 (Europe/Amsterdam)');

    // The banner, the marked words and the box of other changes are readable to everyone.
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('checkbox', { name: 'Show only what changed' }).check();
    expect(await page.locator('.points > li').count()).toBe(2);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('the podium says discreetly that the text is not approved, and the console says it plainly', async () => {
    const podium = await open(browser(), '#/present/1', { width: 1280, height: 720 }, changedUrl);
    expect(normalise(await podium.page.getByTestId('content-version').innerText())).toMatch(/not approved: 2 changes$/);
    await podium.page.context().close();
    const console = await open(browser(), '#/console', { width: 1280, height: 720 }, changedUrl);
    expect(normalise(await console.page.getByTestId('approval-notice').innerText())).toBe(
      'Not approved: 2 changes since the approval by Head of Press, Europol on 2011-10-05. Embargoed until 10 October 2011, 10:00 (Europe/Amsterdam)',
    );
    await console.page.context().close();
  });

  it('prints DRAFT, not approved and the embargo on every page of a changed text', async () => {
    const { page } = await open(browser(), '#/read/1', { width: 1280, height: 720 }, changedUrl);
    await page.emulateMedia({ media: 'print' });
    const pages = pdfPages(await page.pdf({ preferCSSPageSize: true }));
    if (pages !== null) {
      expect(pages.length).toBeGreaterThan(1);
      for (const [i, text] of pages.entries()) {
        expect(text, `page ${i + 1}`).toContain('DRAFT, not approved · Embargoed until 10 October 2011, 10:00 (Europe/Amsterdam)');
      }
      // The changed point keeps its number and the mark of its qualified figure on paper.
      expect(pages.join(' ')).toContain('17. Changed: To date, 17* countries have reported positive results. So far 220 230 suspects');
    }
    await page.context().close();
  });

  it('prints DRAFT, not approved on every page of Icarus, which is not approved', async () => {
    const { page } = await open(browser(), '#/read/1', undefined, icarusUrl);
    await page.emulateMedia({ media: 'print' });
    const pages = pdfPages(await page.pdf({ preferCSSPageSize: true }));
    if (pages !== null) {
      expect(pages.length).toBeGreaterThan(1);
      for (const [i, text] of pages.entries()) expect(text, `page ${i + 1}`).toContain('DRAFT, not approved');
    }
    await page.context().close();
  });
});
