/**
 * Replay protection in one process. Bolt checks the v0 signature and rejects
 * timestamps more than 5 minutes old, but accepts the very same signed request
 * again within those 5 minutes. This remembers the HMAC of every verified
 * request until its timestamp leaves the window, so a second delivery is refused.
 *
 * Only verified requests are remembered, so forged ones cannot fill it. It is
 * bounded; when full it refuses new requests (503) rather than forget one that
 * could then be replayed.
 */
import { type ClaimResult, type ReplayStore, WINDOW_SECONDS } from './replay-store.js';

export { WINDOW_SECONDS };

export interface SeenSignaturesOptions {
  /** Most requests held; default 50,000 (≈ 170 verified requests a second for 5 minutes, ~5 MB). */
  capacity?: number;
  /** Injectable clock for tests, in milliseconds. */
  now?: () => number;
}

export class SeenSignatures implements ReplayStore {
  /** key → second after which its timestamp is stale anyway. */
  private readonly expiries = new Map<string, number>();
  private readonly capacity: number;
  private readonly now: () => number;
  /** Requests refused because the window was full. */
  refusedFull = 0;

  constructor(options: SeenSignaturesOptions = {}) {
    this.capacity = options.capacity ?? 50_000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.expiries.size;
  }

  async claim(key: string, expiresAtSeconds: number): Promise<ClaimResult> {
    return this.remember(key, expiresAtSeconds - WINDOW_SECONDS);
  }

  /** Records a verified request by its key; `timestampSeconds` is its X-Slack-Request-Timestamp. */
  remember(key: string, timestampSeconds: number): ClaimResult {
    const nowSeconds = Math.floor(this.now() / 1000);
    const expiry = this.expiries.get(key);
    if (expiry !== undefined && expiry >= nowSeconds) return 'replay';
    if (this.expiries.size >= this.capacity) this.dropExpired(nowSeconds);
    if (this.expiries.size >= this.capacity) {
      this.refusedFull += 1;
      return 'full';
    }
    // A future timestamp (clock skew) stays replayable for longer: keep it until it is stale too.
    this.expiries.set(key, Math.max(timestampSeconds, nowSeconds) + WINDOW_SECONDS);
    return 'first';
  }

  async close(): Promise<void> {}

  /** Only when full: one pass over the window (entries arrive roughly, not exactly, in expiry order). */
  private dropExpired(nowSeconds: number): void {
    for (const [key, expiry] of this.expiries) if (expiry < nowSeconds) this.expiries.delete(key);
  }
}
