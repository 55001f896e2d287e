// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { IDLE_RUN, elapsedMs, updateRun, type Run } from '../../src/model/timing/run.ts';

const started: Run = { timer: { status: 'running', since: 1_000, before: 0 }, spent: [], resetArmed: false };

describe('the run timer', () => {
  it('starts on the first advance, not on a move back', () => {
    expect(updateRun(IDLE_RUN, { type: 'moved', from: 2, to: 1 }, 2, 500).timer.status).toBe('idle');
    const run = updateRun(IDLE_RUN, { type: 'moved', from: 0, to: 1 }, 0, 500);
    expect(run.timer).toEqual({ status: 'running', since: 500, before: 0 });
  });

  it('starts on demand, pauses and resumes without losing time', () => {
    let run = updateRun(IDLE_RUN, { type: 'start' }, 0, 1_000);
    expect(elapsedMs(run.timer, 4_000)).toBe(3_000);
    run = updateRun(run, { type: 'pause' }, 0, 4_000);
    expect(elapsedMs(run.timer, 60_000)).toBe(3_000);
    run = updateRun(run, { type: 'start' }, 0, 10_000);
    expect(elapsedMs(run.timer, 12_000)).toBe(5_000);
  });

  it('records the time spent on each screen while running', () => {
    let run = updateRun(started, { type: 'moved', from: 0, to: 1 }, 0, 5_000);
    run = updateRun(run, { type: 'moved', from: 1, to: 2 }, 1, 12_000);
    run = updateRun(run, { type: 'pause' }, 2, 13_000);
    expect(run.spent).toEqual([4_000, 7_000, 1_000]);
    expect(elapsedMs(run.timer, 99_000)).toBe(12_000);
  });

  it('never resets without the confirming step', () => {
    expect(updateRun(started, { type: 'confirm-reset' }, 0, 2_000)).toBe(started);
    const armed = updateRun(started, { type: 'arm-reset' }, 0, 2_000);
    expect(armed.resetArmed).toBe(true);
    expect(updateRun(armed, { type: 'confirm-reset' }, 0, 3_000)).toEqual(IDLE_RUN);
  });

  it('forgets an armed reset on cancel or on any other action', () => {
    const armed = updateRun(started, { type: 'arm-reset' }, 0, 2_000);
    for (const action of [{ type: 'cancel-reset' }, { type: 'pause' }, { type: 'moved', from: 0, to: 1 }] as const) {
      const after = updateRun(armed, action, 0, 3_000);
      expect(after.resetArmed).toBe(false);
      expect(updateRun(after, { type: 'confirm-reset' }, 0, 4_000).timer.status).not.toBe('idle');
    }
  });
});
