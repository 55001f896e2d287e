// The time, as a store of its own: the time of day and the elapsed timer change every
// second, and only the components that show time read it, so nothing else renders when the
// second changes. Timers are plugged in, so tests drive time by hand.

/** What the app needs of time: the moment, and timers it can cancel. */
export interface Timers {
  /** Epoch milliseconds. */
  now(): number;
  /** Calls `run` every `ms` until the returned function is called. */
  every(ms: number, run: () => void): () => void;
  /** Calls `run` once after `ms` unless the returned function is called first. */
  after(ms: number, run: () => void): () => void;
}

/** A clock to read with `useSyncExternalStore`: ticks each second while anything listens. */
export interface Clock {
  subscribe(listener: () => void): () => void;
  /** The time of the last tick, in epoch milliseconds. */
  getSnapshot(): number;
}

/** Makes a clock that ticks every second on `timers`, only while it has listeners. */
export function createClock(timers: Timers): Clock {
  const listeners = new Set<() => void>();
  let time = timers.now();
  let stop: (() => void) | null = null;
  const tick = () => {
    time = timers.now();
    for (const listener of [...listeners]) listener();
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      if (stop === null) {
        time = timers.now();
        stop = timers.every(1000, tick);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stop !== null) {
          stop();
          stop = null;
        }
      };
    },
    getSnapshot: () => time,
  };
}
