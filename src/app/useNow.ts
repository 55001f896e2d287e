// A clock for the views that show time: the current time, refreshed every second while on.
import { useEffect, useState } from 'react';

/** The time from `now`, updated every second while `on`. */
export function useNow(now: () => number, on: boolean): number {
  const [time, setTime] = useState(now);
  useEffect(() => {
    if (!on) return;
    const timer = window.setInterval(() => setTime(now()), 1000);
    return () => window.clearInterval(timer);
  }, [now, on]);
  return time;
}
