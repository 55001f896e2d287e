// Counters that say "too many": wrong pairing codes per address and in all, and messages per
// socket. Times are passed in, so tests need no clock.

/** Counts events per key in a fixed window; `allow` is false once `max` were counted in it. */
export class WindowCounter {
  private readonly counts = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** The milliseconds until `key` may try again, or 0 when it may now. */
  waitFor(key: string, now: number): number {
    const entry = this.counts.get(key);
    if (!entry || now - entry.start >= this.windowMs) return 0;
    return entry.count >= this.max ? entry.start + this.windowMs - now : 0;
  }

  /** Counts one event for `key`. */
  count(key: string, now: number): void {
    const entry = this.counts.get(key);
    if (!entry || now - entry.start >= this.windowMs) this.counts.set(key, { start: now, count: 1 });
    else entry.count += 1;
    if (this.counts.size > 10_000) this.forgetBefore(now);
  }

  /** Drops the windows that have ended, so the map cannot grow without bound. */
  private forgetBefore(now: number): void {
    for (const [key, entry] of this.counts) if (now - entry.start >= this.windowMs) this.counts.delete(key);
  }
}

/** A token bucket: `burst` messages at once, refilled at `perSecond`; false means flooding. */
export class Bucket {
  private tokens: number;
  private at: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    now: number,
  ) {
    this.tokens = burst;
    this.at = now;
  }

  /** Takes one token; false when there is none left. */
  take(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
