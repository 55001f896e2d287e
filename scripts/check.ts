// npm run check: validates the speech's content files and prints the content report
// (points, words, timing, figures, caveats, countries, fingerprint, approval, embargo).
// Exits with 1, listing every problem with its file, line and fix, if anything is wrong.
// With --approved it also fails unless the recorded approval covers the content as it stands,
// printing every change since approval, for the last check before the event.
import { runCheck } from './report.ts';
import { speechDir } from './content.ts';

const root = process.cwd();
try {
  const run = runCheck(root, speechDir(root), process.argv.includes('--approved'));
  if (run.out.length > 0) console.log(run.out.join('\n'));
  if (run.err.length > 0) console.error(run.err.join('\n'));
  process.exit(run.ok ? 0 : 1);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
