// The run of a speech: the elapsed timer and the time spent on each screen, as a pure state
// machine. The timer is idle until the first advance (or a start on demand), runs, pauses,
// and goes back to zero only through two steps, arm then confirm, so that no single
// accidental key or click can ever reset it. Times are epoch milliseconds passed in.

/** The elapsed timer: `before` is time banked by earlier stretches, `since` when this one began. */
export type Timer =
  | { status: 'idle' }
  | { status: 'running'; since: number; before: number }
  | { status: 'paused'; before: number };

/** The timer, the milliseconds spent on each screen by index, and whether a reset awaits confirmation. */
export interface Run {
  timer: Timer;
  spent: readonly number[];
  resetArmed: boolean;
}

/** What can happen to a run. `moved` is the speaker changing screen. */
export type RunAction =
  | { type: 'start' }
  | { type: 'pause' }
  | { type: 'arm-reset' }
  | { type: 'cancel-reset' }
  | { type: 'confirm-reset' }
  | { type: 'moved'; from: number; to: number };

/** The longest a run, or a screen of it, can count: a week. Longer is a clock gone wrong, and is held there. */
export const LONGEST_RUN_MS = 7 * 24 * 3600 * 1000;

/** Holds a duration between 0 and the longest a run can count. */
function held(ms: number): number {
  return Math.min(LONGEST_RUN_MS, Math.max(0, ms));
}

/** A run that has not begun. */
export const IDLE_RUN: Run = { timer: { status: 'idle' }, spent: [], resetArmed: false };

/** Milliseconds the timer shows at `now`. */
export function elapsedMs(timer: Timer, now: number): number {
  switch (timer.status) {
    case 'idle':
      return 0;
    case 'paused':
      return held(timer.before);
    case 'running':
      return held(timer.before + Math.max(0, now - timer.since));
  }
}

/** Adds `ms` to the time spent on screen `index`. */
function addSpent(spent: readonly number[], index: number, ms: number): number[] {
  const next = [...spent];
  while (next.length <= index) next.push(0);
  next[index] = held((next[index] ?? 0) + ms);
  return next;
}

/** Banks the running stretch on screen `index`, returning the run as if the stretch began at `now`. */
function bank(run: Run, index: number, now: number): Run {
  if (run.timer.status !== 'running') return run;
  const stretch = held(now - run.timer.since);
  return {
    ...run,
    timer: { status: 'running', since: now, before: held(run.timer.before + stretch) },
    spent: addSpent(run.spent, index, stretch),
  };
}

/**
 * The run after an action at `now`, with the speaker on screen `index`. Any action but
 * `confirm-reset` disarms a pending reset; `confirm-reset` does nothing unless armed.
 */
export function updateRun(run: Run, action: RunAction, index: number, now: number): Run {
  const disarmed = run.resetArmed ? { ...run, resetArmed: false } : run;
  switch (action.type) {
    case 'start':
      if (run.timer.status === 'running') return disarmed;
      return { ...disarmed, timer: { status: 'running', since: now, before: elapsedMs(run.timer, now) } };
    case 'pause': {
      if (run.timer.status !== 'running') return disarmed;
      const banked = bank(disarmed, index, now);
      return { ...banked, timer: { status: 'paused', before: elapsedMs(banked.timer, now) } };
    }
    case 'arm-reset':
      return run.timer.status === 'idle' && run.spent.length === 0 ? disarmed : { ...run, resetArmed: true };
    case 'cancel-reset':
      return disarmed;
    case 'confirm-reset':
      return run.resetArmed ? IDLE_RUN : run;
    case 'moved':
      if (action.from === action.to) return disarmed;
      if (run.timer.status === 'idle') {
        // The first advance starts the clock; going back before the start does not.
        return action.to > action.from ? updateRun(disarmed, { type: 'start' }, action.to, now) : disarmed;
      }
      return bank(disarmed, action.from, now);
  }
}
