// npm run approve -- --by "<name, role>" [--replace]: checks the content, prints the report, and
// records the approval: who, today's date and the fingerprint in event.yaml's `approval` block,
// and the approved text in approved.json beside the content, to show later what changed since.
// Refuses when the check fails, and when the same version is already approved by someone else
// unless --replace (an approval of an earlier version is replaced, and the output says whose). Both files are written together (each to a temporary file,
// then renamed), after the check.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { APPROVED_FILE, approvedCopyText } from '../content/approved.ts';
import { CONTENT_FILES } from '../content/parse.ts';
import { type CommandIo, printers, runWhenMain } from './cli.ts';
import { speechDir } from '../content/load.ts';
import { runCheck } from './report.ts';

/** Today's date as YYYY-MM-DD, on this computer's calendar. */
function today(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Writes a file by renaming a finished temporary copy over it. */
function replaceFile(path: string, text: string): void {
  const temp = `${path}.approving-${process.pid}`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

/** npm run approve, run in `io.cwd`: 0 when the approval is recorded (or already was), 1 otherwise. */
export function approve(args: readonly string[], io: CommandIo): number {
  const { log, error } = printers(io);
  const root = io.cwd;
  try {
    const at = args.indexOf('--by');
    const by = at >= 0 ? (args[at + 1] ?? '').trim() : '';
    if (by === '' || by.startsWith('--')) throw new Error('Say who approves: npm run approve -- --by "<name, role>", such as --by "Jane Doe, Head of Press".');
    const replace = args.includes('--replace');
    const dir = speechDir(root, io.env);
    const run = runCheck(root, dir);
    if (run.out.length > 0) log(run.out.join('\n'));
    if (!run.ok || !run.report || !run.speech) {
      error(run.err.join('\n'));
      error('\nNot approved: the check failed. Fix the content and approve again.');
      return 1;
    }
    const fingerprint = run.report.fingerprint;
    const eventPath = join(dir, CONTENT_FILES.event.name);
    const previous = run.speech.event.approval;
    if (previous && previous.fingerprint === fingerprint && previous.by === by) {
      log(`\nAlready approved: version ${fingerprint} by ${by} on ${previous.date}. Nothing was written.`);
      return 0;
    }
    if (previous && previous.fingerprint === fingerprint && !replace) {
      error(
        `\nNot approved again: version ${fingerprint} is already approved by ${previous.by} on ${previous.date}, and the record names one approver. To record ${by} in their place, run again with --replace.`,
      );
      return 1;
    }
    const doc = parseDocument(readFileSync(eventPath, 'utf8'));
    const date = today(new Date());
    doc.set('approval', { by, date, fingerprint });
    const approved = approvedCopyText(run.speech);
    replaceFile(join(dir, APPROVED_FILE), approved);
    replaceFile(eventPath, doc.toString({ lineWidth: 0 }));
    const after = runCheck(root, dir);
    if (!after.ok || after.report?.approval.kind !== 'approved') {
      error(after.err.join('\n'));
      throw new Error('The approval was written but the check does not confirm it; see the problems above.');
    }
    log(`\nApproved version ${fingerprint} by ${by} on ${date}: recorded in ${relative(root, eventPath)}, approved text kept in ${relative(root, join(dir, APPROVED_FILE))}.`);
    if (previous) log(`This replaces the approval of version ${previous.fingerprint} by ${previous.by} on ${previous.date}${previous.fingerprint === fingerprint ? '' : ' (the content has changed since)'}.`);
    return 0;
  } catch (e) {
    error(e instanceof Error ? e.message : String(e));
    return 1;
  }
}

await runWhenMain(import.meta.url, approve);
