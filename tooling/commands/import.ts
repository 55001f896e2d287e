// npm run import -- <file> --into content/<name> [--force] [--accept-changes | --reject-changes]
// Reads a speech drafted in Word (.docx), Markdown (.md) or plain text (.txt), writes its
// content files, lists every word it could not place, then runs the check and prints the report.
import { basename, join, relative, resolve } from 'node:path';
import { counted } from '../../src/model/speech/counted.ts';
import { SourceError } from '../import/blocks.ts';
import { RecogniseError } from '../import/recognise.ts';
import { contentFiles } from '../import/write.ts';
import { type CommandIo, printers, runWhenMain } from './cli.ts';
import { describeChanges, importSource, importTarget, writeSpeech, type WriteOutcome } from './importer.ts';
import { runCheck } from './report.ts';

const USAGE = 'Usage: npm run import -- <file.docx|file.md|file.txt> --into content/<name> [--force] [--accept-changes | --reject-changes]';

/** Reads the command line, or says how to write it. */
function options(args: readonly string[]) {
  const into = args.indexOf('--into');
  const files = args.filter((a, i) => !a.startsWith('--') && i !== into + 1);
  const accept = args.includes('--accept-changes');
  const reject = args.includes('--reject-changes');
  const unknown = args.filter((a) => a.startsWith('--') && !['--into', '--force', '--accept-changes', '--reject-changes'].includes(a));
  if (files.length !== 1 || into < 0 || !args[into + 1] || unknown.length > 0 || (accept && reject)) {
    throw new SourceError(
      `${unknown.length > 0 ? `Unknown option ${unknown.join(', ')}. ` : ''}${accept && reject ? 'Choose --accept-changes or --reject-changes, not both. ' : ''}${USAGE}`,
    );
  }
  return { file: files[0] ?? '', into: args[into + 1] ?? '', force: args.includes('--force'), resolution: accept ? ('accept' as const) : reject ? ('reject' as const) : null };
}

/** The most lines of an overwritten edit the import quotes; the backup holds them all. */
const QUOTED_LINES = 5;

/** Says where the replaced files went, and lists each edit the import overwrote, quoting its lines. */
function describeWrite(outcome: WriteOutcome, root: string): string[] {
  const { backup, overwritten } = outcome;
  if (!backup) return [];
  const where = relative(root, backup);
  const lines = [`The content files it replaced are kept in ${where}/; every other file in the folder is as it was.`];
  if (overwritten.length === 0) return lines;
  lines.push(
    `Overwrote ${counted(overwritten.length, 'file', 'files')} edited since the last import (or never imported); the edited copies are in ${where}/, to carry any edit that still belongs into the new files:`,
  );
  for (const { file, lines: gone } of overwritten) {
    lines.push(`  ${join(where, file)}${gone.length > 0 ? `, lines the new file no longer holds:` : ''}`);
    for (const line of gone.slice(0, QUOTED_LINES)) lines.push(`    ${line.trim()}`);
    if (gone.length > QUOTED_LINES) lines.push(`    … and ${counted(gone.length - QUOTED_LINES, 'more line', 'more lines')}`);
  }
  return lines;
}

/** npm run import, run in `io.cwd`: 0 when the speech is written and passes the check, 1 otherwise. */
export async function importCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { log, error: fail } = printers(io);
  const root = io.cwd;
  try {
    const { file, into, force, resolution } = options(args);
    const dir = importTarget(root, into);
    const imported = await importSource(resolve(root, file), resolution);
    const { speech, unplaced, notes, resolved } = imported;
    const written = writeSpeech(contentFiles(speech), dir, force);

    const { note } = speech;
    const held = note
      ? `${counted(note.results.length, 'country', 'countries')}, ${counted(note.footnotes.length, 'footnote', 'footnotes')}`
      : 'no note';
    log(`Imported ${basename(file)} into ${into}: ${counted(speech.points.length, 'point', 'points')}, ${held}.`);
    for (const line of describeWrite(written, root)) log(line);
    if (resolved.length > 0) {
      log(`\n${resolution === 'accept' ? 'Accepted' : 'Rejected'} ${counted(resolved.length, 'tracked change or comment', 'tracked changes and comments')}, as asked with --${resolution}-changes (comments were removed):`);
      for (const line of describeChanges(resolved)) log(`  ${line}`);
    }
    for (const note of notes) log(`Note: ${note}`);
    if (unplaced.length > 0) {
      log(`\nCould not place ${counted(unplaced.length, 'piece', 'pieces')} of the document; add them to the content files by hand if they belong to the speech:`);
      for (const u of unplaced) log(`  ${u.where}, ${u.what}: "${u.text}"`);
    } else {
      log('Every word of the document is in the content files.');
    }
    log('');
    const run = runCheck(root, dir);
    if (run.out.length > 0) log(run.out.join('\n'));
    if (run.err.length > 0) fail(run.err.join('\n'));
    return run.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof SourceError || error instanceof RecogniseError) fail(error.message);
    else fail(`The import stopped: ${error instanceof Error ? error.message : String(error)}. Nothing was written.`);
    return 1;
  }
}

await runWhenMain(import.meta.url, importCommand);
