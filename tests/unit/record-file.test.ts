// @vitest-environment node
// The delivery record on disk, read back: npm run record quotes the words of the speech and
// version the record names (whatever LECTERN_CONTENT says, in a conference folder too), lists
// every unreadable line by number and keeps the rest, refuses an empty file, and tells screens
// never shown from screens the record could not see (an unreadable line, a server that died).
// The server refuses, at start-up, a records folder it cannot write to.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpeech } from '../../tooling/content/load.ts';
import { checkRecordsFolder, RecordWriter } from '../../server/records.ts';
import { record } from '../../tooling/commands/record.ts';
import { fingerprintOf } from '../../tooling/content/fingerprint.ts';
import { recordScreensOf, screensOf } from '../../src/model/deck/screens.ts';
import { initialLive } from '../../src/model/live/live.ts';
import { runCommand } from '../support/cli.ts';
import { readRecordFile, recordAsJson, recordAsText, type RecordScreen } from '../../src/model/timing/record.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'lectern-record-file-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SCREENS: RecordScreen[] = [
  { key: 'point:welcome', label: 'Point 1 of 3', text: 'Good morning.' },
  { key: 'point:countries', label: 'Point 2 of 3', text: 'Seventeen countries.' },
  { key: 'point:thanks', label: 'Point 3 of 3', text: 'Thank you.' },
  { key: 'signature', label: 'Signature', text: '' },
];
const START = Date.UTC(2026, 10, 30, 10, 0, 0);
const HEAD = JSON.stringify({ speech: 'icarus', fingerprint: 'abc123', started: new Date(START).toISOString() });
/** A screen line as the server writes it. */
const shown = (screen: string, seconds: number, label = screen) => JSON.stringify({ at: START + seconds * 1000, kind: 'screen', screen, part: 0, skipped: [], label });

describe('reading a record file', () => {
  it('refuses an empty file, and one without a heading, saying what to do', () => {
    expect(readRecordFile('')).toEqual({ ok: false, message: expect.stringMatching(/^the file is empty: .* Choose another record/) as unknown });
    expect(readRecordFile('\n\n')).toMatchObject({ ok: false });
    expect(readRecordFile(`${shown('point:welcome', 0)}\n`)).toEqual({ ok: false, message: expect.stringMatching(/^line 1: not the heading of a delivery record/) as unknown });
  });

  it('keeps every readable line and lists each other one by number and reason, a last line cut short as such', () => {
    const text = [HEAD, shown('point:welcome', 0), '{"at":"10:00","kind":"screen","screen":"point:countries","part":0,"skipped":[]}', 'garbage', shown('point:thanks', 30), '{"at":1,"kind":"scr'].join('\n');
    const read = readRecordFile(text);
    if (!read.ok) throw new Error(read.message);
    expect(read.file.heading).toEqual({ speech: 'icarus', fingerprint: 'abc123' });
    expect(read.file.record.entries.map((e) => (e.kind === 'screen' ? e.screen : e.kind))).toEqual(['point:welcome', 'point:thanks']);
    expect(read.file.unreadable).toEqual([
      { line: 3, reason: 'its time ("at") is not a number', screen: 'point:countries' },
      { line: 4, reason: 'not a JSON line' },
      { line: 6, reason: 'cut short, as when the server stops while writing it' },
    ]);
    expect(read.file.ended).toBe(false);
  });

  it('does not call never shown a screen named on an unreadable line, nor one after a record that stops without its end line', () => {
    const read = readRecordFile(`${[HEAD, shown('point:welcome', 0), '{"at":null,"kind":"screen","screen":"point:countries","part":0,"skipped":[]}'].join('\n')}\n`);
    if (!read.ok) throw new Error(read.message);
    const gaps = { lost: ['point:countries'], endsEarly: !read.file.ended, notes: ['1 line could not be read.'] };
    const text = recordAsText(read.file.record, SCREENS, { title: 'Icarus', version: 'abc123' }, gaps);
    expect(text).toContain('Content version abc123\n1 line could not be read.');
    expect(text).toContain('Shown, on lines that could not be read: Point 2 of 3');
    expect(text).toContain("Not recorded (the record stops at 00:00 without the server's closing line, so the server may have stopped; these may have been shown after): Point 3 of 3, Signature");
    expect(text).not.toContain('Never shown');
    const json = JSON.parse(recordAsJson(read.file.record, SCREENS, { title: 'Icarus', version: 'abc123' }, gaps)) as Record<string, unknown>;
    expect(json).toMatchObject({ neverShown: [], notRecorded: ['Point 3 of 3', 'Signature'], shownOnUnreadableLines: ['Point 2 of 3'] });
  });

  it('still calls never shown the screens skipped before the last one recorded, and all of them once the record has its end line', () => {
    const lines = [HEAD, shown('point:welcome', 0), shown('point:thanks', 10)];
    const gapsOf = (text: string) => {
      const read = readRecordFile(text);
      if (!read.ok) throw new Error(read.message);
      return { text: recordAsText(read.file.record, SCREENS, { title: 'Icarus', version: 'abc123' }, { lost: [], endsEarly: !read.file.ended, notes: [] }) };
    };
    const cut = gapsOf(`${lines.join('\n')}\n`).text;
    expect(cut).toContain('Never shown: Point 2 of 3');
    expect(cut).toContain('Not recorded (the record stops at 00:10');
    const ended = gapsOf(`${[...lines, JSON.stringify({ at: START + 20_000, kind: 'end' })].join('\n')}\n`).text;
    expect(ended).toContain('Never shown: Point 2 of 3, Signature');
    expect(ended).not.toContain('Not recorded');
  });
});

describe('the records the server writes', () => {
  it('end with the end line when the server stops cleanly, which reads back as a complete record', () => {
    const folder = join(work, 'records-end');
    const writer = new RecordWriter(folder, () => START, { icarus: SCREENS });
    const group = { speech: 'icarus', version: 'abc123' };
    writer.write(group, { ...initialLive('point:welcome', 'w'), revision: 1 });
    writer.finish();
    const read = readRecordFile(readFileSync(writer.fileFor(group), 'utf8'));
    expect(read.ok && read.file.ended).toBe(true);
    expect(read.ok && read.file.unreadable).toEqual([]);
  });

  it('say when a standby took over the podium, by its short id, and read it back', () => {
    const folder = join(work, 'records-take-over');
    const writer = new RecordWriter(folder, () => START, { icarus: SCREENS });
    const group = { speech: 'icarus', version: 'abc123' };
    writer.write(group, { ...initialLive('point:welcome', 'w'), revision: 1 });
    writer.takeOver(group, '7F3A');
    const read = readRecordFile(readFileSync(writer.fileFor(group), 'utf8'));
    if (!read.ok) throw new Error(read.message);
    expect(read.file.unreadable).toEqual([]);
    expect(read.file.record.entries.at(-1)).toEqual({ at: START, kind: 'take-over', device: '7F3A' });
    expect(recordAsText(read.file.record, SCREENS, { title: 'Icarus', version: 'abc123' })).toContain('00:00  Standby 7F3A has taken over the podium');
  });

  it('are refused at start-up when their folder cannot be written, naming it and the fix', () => {
    const blocker = join(work, 'a-file');
    writeFileSync(blocker, '');
    expect(() => checkRecordsFolder(join(blocker, 'records'))).toThrow(/^--records .*a-file\/records: the delivery records cannot be written there \(ENOTDIR\)\. Choose a folder you can write to with --records <folder>/);
    expect(() => checkRecordsFolder(join(work, 'fine', 'records'))).not.toThrow();
  });
});

describe('npm run record', () => {
  const tsx = resolve(root, 'node_modules/.bin/tsx');
  /** Runs the command in-process in `cwd` as a user does, with `env` added. */
  const run = (cwd: string, env: Record<string, string>, ...args: string[]) => runCommand(record, args, cwd, env);
  /** Runs the script itself with tsx: the one test that the command line reaches the function. */
  function spawnRun(cwd: string, env: Record<string, string>, ...args: string[]): { status: number | null; out: string; err: string } {
    const done = spawnSync(tsx, [resolve(root, 'tooling/commands/record.ts'), ...args], { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
    return { status: done.status, out: done.stdout, err: done.stderr };
  }
  /** A project whose content/ is a conference: the Icarus speech and the sample conference's two speeches. */
  const project = join(work, 'project');
  mkdirSync(join(project, 'content'), { recursive: true });
  cpSync(resolve(root, 'content/icarus'), join(project, 'content/icarus'), { recursive: true });
  for (const name of ['customs', 'welcome']) cpSync(resolve(root, 'tests/fixtures/conference', name), join(project, 'content', name), { recursive: true });
  const loaded = loadSpeech(project, join(project, 'content/icarus'));
  if (!loaded.ok) throw new Error('the Icarus speech does not load');
  const icarus = loaded.speech;
  const screens = recordScreensOf(screensOf(icarus), icarus);
  const key = (n: number) => screens[n]?.key ?? '';
  const recordFile = (name: string, lines: string[]) => {
    const path = join(work, name);
    writeFileSync(path, lines.join('\n'));
    return path;
  };

  it("quotes the record's own speech in a conference folder whatever LECTERN_CONTENT names, lists each unreadable line and keeps the rest", () => {
    const path = recordFile('icarus.jsonl', [
      JSON.stringify({ speech: 'icarus', fingerprint: fingerprintOf(icarus), started: new Date(START).toISOString() }),
      shown(key(0), 0),
      `{"at":"soon","kind":"screen","screen":"${key(1)}","part":0,"skipped":[]}`,
      shown(key(2), 20),
      '{"at":17330',
    ]);
    const { status, out, err } = spawnRun(project, { LECTERN_CONTENT: 'content/welcome' }, path);
    expect(err).toContain('2 lines of icarus.jsonl could not be read and are left out: line 3 (its time ("at") is not a number), line 5 (cut short, as when the server stops while writing it).');
    expect(status).toBe(0);
    expect(out).toContain(`${icarus.event.title}: as delivered`);
    expect(out).toContain(icarus.points[0]?.text.split('\n')[0] ?? '-');
    expect(out).toContain(icarus.points[2]?.text.split('\n')[0] ?? '-');
    expect(out).toContain(`Shown, on lines that could not be read: ${screens[1]?.label ?? '-'}`);
    expect(out).toContain(`Not recorded (the record stops at 00:20`);
    expect(out).not.toContain('Never shown');
  }, 60_000);

  it('quotes no words when no folder holds the version delivered, and says so', async () => {
    const path = recordFile('other-version.jsonl', [JSON.stringify({ speech: 'icarus', fingerprint: '0123456789ab' }), shown(key(0), 0, 'Point 1 of 19')]);
    const { status, out, err } = await run(project, {}, path);
    expect(status).toBe(0);
    expect(err).toContain(`The speech on disk, content/icarus, is version ${fingerprintOf(icarus)}, not 0123456789ab, the version delivered: its words are not quoted`);
    expect(out).toContain('00:00  Point 1 of 19\n');
    expect(out).not.toContain(icarus.points[0]?.text.split('\n')[0] ?? '-');
  }, 60_000);

  it('refuses an empty file', async () => {
    const { status, err } = await run(project, {}, recordFile('empty.jsonl', []));
    expect(status).toBe(1);
    expect(err).toContain('empty.jsonl: the file is empty');
  }, 60_000);
});
