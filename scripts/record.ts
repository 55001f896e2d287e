// npm run record -- <file.jsonl>: prints a delivery record the LAN server wrote to disk as
// text, "as delivered", with the words of each screen from the speech on disk (the same
// version, or the text will say so). --json prints it as JSON instead.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fingerprintOf } from '../src/content/fingerprint.ts';
import { recordScreensOf, screensOf } from '../src/deck/screens.ts';
import { readEntry, recordAsJson, recordAsText } from '../src/timing/record.ts';
import { loadSpeech, speechDir } from './content.ts';

function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  const file = positionals[0];
  if (!file) throw new Error('Name the record: npm run record -- records/<file>.jsonl');
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const parsed = lines.map((line, i) => {
    try {
      return JSON.parse(line) as unknown;
    } catch {
      throw new Error(`${file}:${i + 1}: not a JSON line. The record may have been cut short; remove that line.`);
    }
  });
  const heading = parsed[0];
  const entries = parsed.slice(1).flatMap((v) => readEntry(v) ?? []);
  const root = process.cwd();
  const result = loadSpeech(root, speechDir(root));
  if (!result.ok) throw new Error('The speech on disk does not parse: run `npm run check`.');
  const { speech } = result;
  const screens = recordScreensOf(screensOf(speech), speech);
  const recorded = typeof heading === 'object' && heading !== null && 'fingerprint' in heading && typeof heading.fingerprint === 'string' ? heading.fingerprint : 'unknown';
  const version = recorded === fingerprintOf(speech) ? recorded : `${recorded} (the words below are from version ${fingerprintOf(speech)}, on disk now)`;
  const record = { entries, last: null };
  const head = { title: speech.event.title, version };
  process.stdout.write(values.json ? recordAsJson(record, screens, head) : recordAsText(record, screens, head));
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
