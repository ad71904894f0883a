/**
 * Growing back-off for login attempts, per key (an account's email, a client IP).
 * After `freeAttempts` failures each further failure doubles the wait, up to `maxDelayMs`.
 * In-process: behind several instances each keeps its own count, which still bounds guessing.
 */
export type ThrottleOptions = {
  freeAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures older than this are forgotten. */
  windowMs: number;
  now?: () => number;
};

type Entry = { failures: number; lastFailure: number; blockedUntil: number };

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;

  constructor(private readonly options: ThrottleOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Milliseconds the caller must still wait before another attempt for this key (0 = go). */
  retryAfterMs(key: string): number {
    const entry = this.current(key);
    return entry ? Math.max(0, entry.blockedUntil - this.now()) : 0;
  }

  recordFailure(key: string): void {
    const now = this.now();
    const entry = this.current(key) ?? { failures: 0, lastFailure: now, blockedUntil: 0 };
    entry.failures += 1;
    entry.lastFailure = now;
    const over = entry.failures - this.options.freeAttempts;
    if (over > 0) {
      const delay = Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** (over - 1));
      entry.blockedUntil = now + delay;
    }
    this.entries.set(key, entry);
    if (this.entries.size > 100_000) this.prune();
  }

  recordSuccess(key: string): void {
    this.entries.delete(key);
  }

  private current(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && this.now() - entry.lastFailure > this.options.windowMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private prune(): void {
    for (const key of this.entries.keys()) this.current(key);
  }
}
