// npm run check: validates the speech's content files and prints the content report
// (points, words, timing, figures, caveats, countries, fingerprint, approval).
// Exits with 1, listing every problem with its file, line and fix, if anything is wrong.
// With --approved it also fails unless the recorded approval covers the content as it stands,
// for the last check before the event.
import { counted } from '../src/content/counted.ts';
import { formatIssues } from '../src/content/parse.ts';
import { contentReport } from '../src/review/report.ts';
import { loadSpeech, speechDir } from './content.ts';

const root = process.cwd();
const requireApproval = process.argv.includes('--approved');
try {
  const dir = speechDir(root);
  const result = loadSpeech(root, dir);
  if (!result.ok) {
    console.error(formatIssues(result.issues));
    process.exit(1);
  }
  const report = contentReport(result.speech, dir.slice(root.length + 1) || dir);
  console.log(report.lines.join('\n'));
  const problems = [...report.problems];
  if (requireApproval && report.approval.kind !== 'approved') {
    problems.push(`--approved: the content (version ${report.fingerprint}) is not covered by the recorded approval.`);
  }
  if (problems.length > 0) {
    console.error(`\n${counted(problems.length, 'problem', 'problems')}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
