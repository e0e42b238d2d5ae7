/**
 * Fixed one-minute windows of request counts per bucket (a client address, a key id), in memory. The map is
 * bounded: when it is full, windows that have ended go first, then the oldest, so a flood of new addresses
 * cannot grow it without limit (at worst it forgets some counts early).
 */
export class Throttle {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly windowMs = 60_000,
    private readonly maxBuckets = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until the bucket may send again, or 0 when it is under `limit`. Counts nothing. */
  blockedFor(bucket: string, limit: number): number {
    const window = this.current(bucket);
    return window && window.count >= limit ? Math.max(1, Math.ceil((window.resetAt - this.now()) / 1000)) : 0;
  }

  /** Counts one request; returns the seconds to wait when it is over `limit`, else 0. */
  take(bucket: string, limit: number): number {
    const window = this.current(bucket) ?? this.open(bucket);
    window.count += 1;
    return window.count > limit ? Math.max(1, Math.ceil((window.resetAt - this.now()) / 1000)) : 0;
  }

  get size(): number {
    return this.windows.size;
  }

  private current(bucket: string) {
    const window = this.windows.get(bucket);
    return window && window.resetAt > this.now() ? window : undefined;
  }

  private open(bucket: string) {
    this.windows.delete(bucket);
    if (this.windows.size >= this.maxBuckets) {
      const at = this.now();
      for (const [key, window] of this.windows) if (window.resetAt <= at) this.windows.delete(key);
      while (this.windows.size >= this.maxBuckets) this.windows.delete(this.windows.keys().next().value!);
    }
    const window = { count: 0, resetAt: this.now() + this.windowMs };
    this.windows.set(bucket, window);
    return window;
  }
}
