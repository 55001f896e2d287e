// npm run check: validates every speech's content files (and the running order, when there are
// several) and prints each speech's content report (points, words, timing, figures, caveats,
// countries, fingerprint, approval, embargo), then the running order with its times.
// Exits with 1, listing every problem with its file, line and fix, if anything is wrong.
// With --approved it also fails unless each speech's recorded approval covers its content as it
// stands, printing every change since approval, for the last check before the event.
import type { Speech } from '../../src/model/speech/speech.ts';
import { orderRows, runningOrderLines } from '../../src/model/conference/order.ts';
import { type CommandIo, printers, runWhenMain } from './cli.ts';
import { speechSlots } from '../content/load.ts';
import { runCheck } from './report.ts';

/** npm run check, run in `io.cwd`: 0 when every speech passes, 1 otherwise. */
export function check(args: readonly string[], io: CommandIo): number {
  const { log, error } = printers(io);
  const root = io.cwd;
  const requireApproval = args.includes('--approved');
  try {
    const slots = speechSlots(root, io.env);
    const runs = slots.map((slot) => ({ slot, run: runCheck(root, slot.dir, requireApproval) }));
    runs.forEach(({ run }, i) => {
      if (run.out.length > 0) log(`${i > 0 ? '\n' : ''}${run.out.join('\n')}`);
      if (run.err.length > 0) error(run.err.join('\n'));
    });
    const speeches: { id: string; speech: Speech; minutes?: number }[] = runs.flatMap(({ slot, run }) =>
      run.speech ? [{ id: slot.id, speech: run.speech, ...(slot.minutes === undefined ? {} : { minutes: slot.minutes }) }] : [],
    );
    if (speeches.length > 1) log(`\n${runningOrderLines(orderRows(speeches)).join('\n')}`);
    return runs.every(({ run }) => run.ok) ? 0 : 1;
  } catch (e) {
    error(e instanceof Error ? e.message : String(e));
    return 1;
  }
}

await runWhenMain(import.meta.url, check);
