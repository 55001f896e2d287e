// npm run check: validates every speech's content files (and the running order, when there are
// several) and prints each speech's content report (points, words, timing, figures, caveats,
// countries, fingerprint, approval), then the running order with its times.
// Exits with 1, listing every problem with its file, line and fix, if anything is wrong.
// With --approved it also fails unless each speech's recorded approval covers its content as it
// stands, for the last check before the event.
import { relative } from 'node:path';
import { counted } from '../src/content/counted.ts';
import { formatIssues } from '../src/content/parse.ts';
import type { Speech } from '../src/content/speech.ts';
import { orderRows, runningOrderLines } from '../src/conference/order.ts';
import { contentReport } from '../src/review/report.ts';
import { loadSpeech, speechSlots } from './content.ts';

const root = process.cwd();
const requireApproval = process.argv.includes('--approved');
try {
  const slots = speechSlots(root);
  const loaded = slots.map((slot) => ({ slot, result: loadSpeech(root, slot.dir) }));
  const issues = loaded.flatMap(({ result }) => (result.ok ? [] : result.issues));
  if (issues.length > 0) {
    console.error(formatIssues(issues));
    process.exit(1);
  }
  const speeches: { id: string; speech: Speech; minutes?: number }[] = loaded.flatMap(({ slot, result }) =>
    result.ok ? [{ id: slot.id, speech: result.speech, ...(slot.minutes === undefined ? {} : { minutes: slot.minutes }) }] : [],
  );
  const problems: string[] = [];
  speeches.forEach(({ speech }, i) => {
    const source = relative(root, slots[i]?.dir ?? root) || '.';
    const report = contentReport(speech, source);
    if (i > 0) console.log('');
    console.log(report.lines.join('\n'));
    const named = (problem: string) => (speeches.length > 1 ? `${source}: ${problem}` : problem);
    problems.push(...report.problems.map(named));
    if (requireApproval && report.approval.kind !== 'approved') {
      problems.push(named(`--approved: the content (version ${report.fingerprint}) is not covered by the recorded approval.`));
    }
  });
  if (speeches.length > 1) console.log(`\n${runningOrderLines(orderRows(speeches)).join('\n')}`);
  if (problems.length > 0) {
    console.error(`\n${counted(problems.length, 'problem', 'problems')}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
