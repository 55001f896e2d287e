// npx tsx tooling/commands/screenshots.ts OUT [--readme]: pictures of the podium, the console and reading
// mode of the built app (run `npm run build` first) at 1920x1080 and 1024x768, written to OUT, to
// look at what the app shows. With --readme it also writes the README's two small pictures,
// docs/images/podium.png and docs/images/reading.png, at half scale.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const out = process.argv[2];
if (!out) throw new Error('Name the folder to write the pictures to: npx tsx tooling/commands/screenshots.ts OUT [--readme]');
mkdirSync(out, { recursive: true });
const page = pathToFileURL(resolve('dist/index.html')).href;
const podium = pathToFileURL(resolve('dist/podium.html')).href;
const views = [
  { name: 'podium', url: `${podium}#/present/3` },
  { name: 'console', url: `${page}#/console` },
  { name: 'reading', url: `${page}#/read/3` },
];
const sizes = [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  for (const size of sizes) {
    for (const view of views) {
      const context = await browser.newContext({ viewport: size });
      const tab = await context.newPage();
      await tab.goto(view.url);
      await tab.waitForLoadState('load');
      await tab.waitForTimeout(800);
      const file = join(out, `${view.name}-${size.width}x${size.height}.png`);
      await tab.screenshot({ path: file });
      console.log(file);
      await context.close();
    }
  }
  if (process.argv.includes('--readme')) {
    mkdirSync('docs/images', { recursive: true });
    for (const view of views.filter((v) => v.name !== 'console')) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 0.5 });
      const tab = await context.newPage();
      await tab.goto(view.url);
      await tab.waitForLoadState('load');
      await tab.waitForTimeout(800);
      await tab.screenshot({ path: `docs/images/${view.name}.png` });
      console.log(`docs/images/${view.name}.png`);
      await context.close();
    }
  }
} finally {
  await browser.close();
}
