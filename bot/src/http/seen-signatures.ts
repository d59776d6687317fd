/**
 * Replay protection. Bolt checks the v0 signature and rejects timestamps more
 * than 5 minutes old, but accepts the very same signed request again within
 * those 5 minutes: someone who captured one request could replay it. This
 * remembers every verified signature until its timestamp leaves the window,
 * so a second delivery is refused.
 *
 * Only requests that passed signature verification are remembered, so a flood
 * of forged requests cannot fill the cache. It is bounded anyway; when full,
 * the oldest entries go first (they are the closest to expiring).
 */
export const WINDOW_SECONDS = 5 * 60;

export interface SeenSignaturesOptions {
  /** Most signatures kept; default 50,000 (≈ 170 verified requests a second for 5 minutes). */
  capacity?: number;
  /** Injectable clock for tests, in milliseconds. */
  now?: () => number;
}

export class SeenSignatures {
  /** signature → second after which its timestamp is stale anyway. Map keeps insertion order. */
  private readonly expiries = new Map<string, number>();
  private readonly capacity: number;
  private readonly now: () => number;
  /** Entries dropped because the cache was full (not because they expired). */
  evicted = 0;

  constructor(options: SeenSignaturesOptions = {}) {
    this.capacity = options.capacity ?? 50_000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.expiries.size;
  }

  /**
   * Records a verified signature; false if it was already seen inside the window
   * (a replay). `timestampSeconds` is the request's X-Slack-Request-Timestamp.
   */
  remember(signature: string, timestampSeconds: number): boolean {
    const nowSeconds = Math.floor(this.now() / 1000);
    this.dropExpired(nowSeconds);
    const expiry = this.expiries.get(signature);
    if (expiry !== undefined && expiry >= nowSeconds) return false;
    // A future timestamp (clock skew) stays replayable for longer: keep it until it is stale too.
    this.expiries.set(signature, Math.max(timestampSeconds, nowSeconds) + WINDOW_SECONDS);
    while (this.expiries.size > this.capacity) {
      this.expiries.delete(this.expiries.keys().next().value!);
      this.evicted += 1;
    }
    return true;
  }

  /** Entries arrive roughly in expiry order, so trimming from the front is enough. */
  private dropExpired(nowSeconds: number): void {
    for (const [signature, expiry] of this.expiries) {
      if (expiry >= nowSeconds) break;
      this.expiries.delete(signature);
    }
  }
}
