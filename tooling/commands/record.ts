// npm run record -- <file.jsonl>: prints a delivery record the LAN server wrote to disk as
// text, "as delivered", with the words of each screen from the speech the record names, in
// the version it names. The speech is looked for by that version among the speech folders
// (LECTERN_CONTENT's and content/'s, and the import's backups beside them); when no folder
// holds that version, the screens are named as the record names them and no words are quoted,
// and the text says why. Every line that cannot be read is listed with its number; the rest
// is printed. --json prints it as JSON instead.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { counted } from '../../src/model/speech/counted.ts';
import { fingerprintOf } from '../content/fingerprint.ts';
import type { Speech } from '../../src/model/speech/speech.ts';
import { recordScreensOf, screensOf } from '../../src/model/deck/screens.ts';
import { readRecordFile, recordAsJson, recordAsText, type RecordFile, type RecordScreen } from '../../src/model/timing/record.ts';
import { type CommandIo, printers, runWhenMain } from './cli.ts';
import { CONTENT_ROOT, isBackupFolder, loadSpeech, speechSlots } from '../content/load.ts';

/** A speech folder on disk that could hold the record's speech. */
interface Candidate {
  id: string;
  dir: string;
}

/** The speech folders to look in: LECTERN_CONTENT's, then content/'s, each followed by the import's backups of it. */
function candidates(root: string, env: Record<string, string | undefined>): Candidate[] {
  const slots = (chosen: Record<string, string | undefined>) => {
    try {
      return speechSlots(root, chosen);
    } catch {
      return [];
    }
  };
  const found = [...(env.LECTERN_CONTENT ? slots(env) : []), ...slots({})];
  const seen = new Set<string>();
  return found.flatMap(({ id, dir }) => {
    if (seen.has(dir)) return [];
    seen.add(dir);
    const parent = dirname(dir);
    const backups = readdirSync(parent)
      .filter((name) => name.startsWith(`${basename(dir)}.backup-`) && isBackupFolder(name) && statSync(join(parent, name)).isDirectory())
      .sort()
      .reverse()
      .map((name) => ({ id, dir: join(parent, name) }));
    return [{ id, dir }, ...backups];
  });
}

/** The speech the record showed: the folder that holds its version (the one of its name first), or why there is none. */
function findSpeech(root: string, file: RecordFile, env: Record<string, string | undefined>): { speech: Speech; dir: string } | { why: string } {
  const { speech: id, fingerprint } = file.heading;
  const loaded = candidates(root, env).flatMap((c) => {
    const result = loadSpeech(root, c.dir);
    return result.ok ? [{ ...c, speech: result.speech, version: fingerprintOf(result.speech) }] : [];
  });
  const match = loaded.find((c) => c.version === fingerprint && c.id === id) ?? loaded.find((c) => c.version === fingerprint);
  if (match) return { speech: match.speech, dir: match.dir };
  const named = loaded.find((c) => c.id === id);
  const fix = `To quote the words, put that version back in a folder (or name it with LECTERN_CONTENT) and run this again.`;
  if (named) {
    return { why: `The speech on disk, ${relative(root, named.dir)}, is version ${named.version}, not ${fingerprint}, the version delivered: its words are not quoted, and the screens are named as the record names them. ${fix}` };
  }
  return { why: `No speech folder holds "${id}" in version ${fingerprint} (looked in ${env.LECTERN_CONTENT ? `${env.LECTERN_CONTENT} and ` : ''}${CONTENT_ROOT}/): its words are not quoted, and the screens are named as the record names them. ${fix}` };
}

/** npm run record, run in `io.cwd`: prints the record and returns 0, or says why not and returns 1. */
export function record(args: readonly string[], io: CommandIo): number {
  const { error } = printers(io);
  try {
    return printRecord(args, io);
  } catch (e) {
    error(e instanceof Error ? e.message : String(e));
    return 1;
  }
}

/** Reads the record and prints it, throwing what the user must be told. */
function printRecord(args: readonly string[], io: CommandIo): number {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  const path = positionals[0];
  if (!path) throw new Error('Name the record: npm run record -- records/<file>.jsonl');
  if (!existsSync(resolve(io.cwd, path))) throw new Error(`${path}: no such file. The server writes the records in its records folder (records/ unless started with --records).`);
  const read = readRecordFile(readFileSync(resolve(io.cwd, path), 'utf8'));
  if (!read.ok) throw new Error(`${path}: ${read.message}`);
  const { file } = read;
  const root = io.cwd;
  const found = findSpeech(root, file, io.env);
  const notes: string[] = [];
  let title: string;
  let screens: RecordScreen[];
  if ('speech' in found) {
    title = found.speech.event.title;
    const own = recordScreensOf(screensOf(found.speech), found.speech);
    // Screens the build adds around the speech (the handover to the next speaker) keep the record's names.
    const added = [...file.labels].filter(([key]) => !own.some((s) => s.key === key)).map(([key, label]) => ({ key, label, text: '' }));
    screens = [...own, ...added];
    if (basename(found.dir) !== file.heading.speech) notes.push(`Words from ${relative(root, found.dir)}, which holds this version.`);
  } else {
    title = file.heading.speech;
    screens = [...file.labels].map(([key, label]) => ({ key, label, text: '' }));
    notes.push(found.why);
    io.stderr.write(`${found.why}\n`);
  }
  if (file.unreadable.length > 0) {
    const list = file.unreadable.map((u) => `line ${u.line} (${u.reason})`).join(', ');
    const note = `${counted(file.unreadable.length, 'line', 'lines')} of ${basename(path)} could not be read and ${file.unreadable.length === 1 ? 'is' : 'are'} left out: ${list}.`;
    notes.push(note);
    io.stderr.write(`${path}: ${note}\n`);
  }
  const gaps = { lost: file.unreadable.flatMap((u) => (u.screen === undefined ? [] : [u.screen])), endsEarly: !file.ended, notes };
  const head = { title, version: file.heading.fingerprint };
  io.stdout.write(values.json ? recordAsJson(file.record, screens, head, gaps) : recordAsText(file.record, screens, head, gaps));
  return 0;
}

await runWhenMain(import.meta.url, record);
