// The browser's timers, plugged into the store and the clock (src/model/live/clock.ts), which
// know time only through `Timers`, so tests drive it by hand.
import type { Timers } from '../../model/live/clock.ts';

/** The browser's timers. */
export const browserTimers: Timers = {
  now: () => Date.now(),
  every(ms, run) {
    const id = setInterval(run, ms);
    return () => clearInterval(id);
  },
  after(ms, run) {
    const id = setTimeout(run, ms);
    return () => clearTimeout(id);
  },
};
