// Runs the content check on a speech folder and returns what to print: the content report,
// or every problem with its file, line and fix. Shared by npm run check, import and approve.
import { relative } from 'node:path';
import { counted } from '../../src/model/speech/counted.ts';
import { formatIssues } from '../content/parse.ts';
import type { Speech } from '../../src/model/speech/speech.ts';
import { contentReport, type ContentReport } from '../review/report.ts';
import { loadReviewedSpeech } from '../content/load.ts';

/** The outcome of a check: what to print on each stream, and the report when the content is valid. */
export interface CheckRun {
  ok: boolean;
  out: string[];
  err: string[];
  report?: ContentReport;
  speech?: Speech;
}

/** Checks the speech in `dir`; with `requireApproval`, content not covered by its approval fails. */
export function runCheck(root: string, dir: string, requireApproval = false): CheckRun {
  const result = loadReviewedSpeech(root, dir);
  if (!result.ok) return { ok: false, out: [], err: [formatIssues(result.issues)] };
  const report = contentReport(result.speech, relative(root, dir) || dir);
  const problems = [...report.problems];
  if (requireApproval && report.approval.kind !== 'approved') {
    problems.push(
      report.approval.kind === 'none'
        ? `--approved: the content (version ${report.fingerprint}) has not been approved. Approve it with npm run approve -- --by "<name, role>".`
        : `--approved: the content (version ${report.fingerprint}) is not covered by the recorded approval${result.speech.changes ? '; the changes since are listed above' : ''}.`,
    );
  }
  const err = problems.length > 0 ? [`\n${counted(problems.length, 'problem', 'problems')}:\n${problems.map((p) => `  ${p}`).join('\n')}`] : [];
  return { ok: problems.length === 0, out: report.lines, err, report, speech: result.speech };
}
