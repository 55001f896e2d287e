// Timers the test moves by hand: the store's heartbeats and expiries run when the test says.
import type { Timers } from '../../src/model/live/clock.ts';

/** Manual timers with `advance(ms)` to move time on and run what falls due. */
export function manualTimers(start = 1_700_000_000_000) {
  let time = start;
  let nextId = 0;
  const jobs = new Map<number, { at: number; every: number | null; run: () => void }>();
  const schedule = (ms: number, every: number | null, run: () => void) => {
    const id = ++nextId;
    jobs.set(id, { at: time + ms, every, run });
    return () => void jobs.delete(id);
  };
  const timers: Timers = {
    now: () => time,
    every: (ms, run) => schedule(ms, ms, run),
    after: (ms, run) => schedule(ms, null, run),
  };
  /** Moves time on by `ms`, running every job that falls due, in time order. */
  const advance = (ms: number) => {
    const end = time + ms;
    for (;;) {
      const due = [...jobs.entries()].filter(([, job]) => job.at <= end).sort(([, a], [, b]) => a.at - b.at)[0];
      if (!due) break;
      const [id, job] = due;
      time = job.at;
      if (job.every === null) jobs.delete(id);
      else job.at += job.every;
      job.run();
    }
    time = end;
  };
  return { timers, advance };
}
