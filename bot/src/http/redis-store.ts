/**
 * The replay store for several replicas: one atomic `SET key 1 NX EXAT ts+301`
 * per verified request in a shared Redis, so whichever replica sees a request
 * first claims it and every other delivery is refused. The key outlives the
 * window by one second: the guard still accepts age 300 s, and a key expiring
 * at ts+300 was gone during that whole second (19 of 19 replays got through).
 *
 * Fail fast, fail closed. Slack wants an answer within 3 seconds, so a Redis
 * that is down or slow must not hold requests: commands are not queued while
 * disconnected (disableOfflineQueue) and each claim races a timer (`withinMs`,
 * redis/connection.ts): after `timeoutMs` the request is refused whatever the
 * connection is doing, even when Redis is stalled with the command already
 * sent. The request is then refused with 503 ("unavailable") rather than
 * answered unguarded: answering would let anyone who can take Redis down replay
 * captured requests. The cost is that the bot stops answering while Redis is
 * down; run Redis with a supervisor or managed failover.
 */
import type { Logger } from '@slack/bolt';
import { type RedisClient, withinMs } from '../redis/connection.js';
import type { ClaimResult, ReplayStore } from './replay-store.js';

export interface RedisReplayStoreOptions {
  logger?: Logger;
  /** Longest a claim may take before the request is refused; default 500 ms (of Slack's 3 s). */
  timeoutMs?: number;
  /** Key prefix, so one Redis can serve several apps. */
  prefix?: string;
}

/**
 * Most claims waiting on Redis at once. A stalled Redis leaves each claim
 * pending in the client after its request was refused; past this many, claims
 * are refused without sending, so a stall cannot grow memory without bound.
 */
const MAX_WAITING_CLAIMS = 1_000;

export class RedisReplayStore implements ReplayStore {
  private readonly timeoutMs: number;
  private readonly prefix: string;
  private readonly logger?: Logger;
  private lastErrorLogged = 0;
  /** Claims sent and not yet answered. */
  private waiting = 0;

  private constructor(
    private readonly client: RedisClient,
    options: RedisReplayStoreOptions,
  ) {
    this.timeoutMs = options.timeoutMs ?? 500;
    this.prefix = options.prefix ?? 'distilplan:replay:';
    this.logger = options.logger;
  }

  /**
   * A store on the process's one Redis connection (bot/src/redis/connection.ts), shared with the
   * installation store; the connection's owner opens and closes it.
   */
  static over(client: RedisClient, options: RedisReplayStoreOptions = {}): RedisReplayStore {
    return new RedisReplayStore(client, options);
  }

  async claim(key: string, expiresAtSeconds: number): Promise<ClaimResult> {
    if (!this.client.isReady) return 'unavailable';
    // Claims a stalled Redis has not answered: past the cap, refuse at once rather than queue more.
    if (this.waiting >= MAX_WAITING_CLAIMS) return 'unavailable';
    this.waiting += 1;
    try {
      const reply = await withinMs(this.client, this.timeoutMs, (bounded) => {
        const command = bounded.set(`${this.prefix}${key}`, '1', {
          condition: 'NX',
          expiration: { type: 'EXAT', value: expiresAtSeconds + 1 },
        });
        // Counted until Redis answers or the connection gives up, not until the timer: that is what a stall holds.
        command.then(
          () => (this.waiting -= 1),
          () => (this.waiting -= 1),
        );
        return command;
      });
      return reply === 'OK' ? 'first' : 'replay';
    } catch (error) {
      this.logError(error);
      return 'unavailable';
    }
  }

  /** The connection is shared: its owner closes it. */
  async close(): Promise<void> {}

  /** At most one line every 10 s: an outage must not flood the log. Never the URL (it may hold a password). */
  private logError(error: unknown): void {
    const now = Date.now();
    if (now - this.lastErrorLogged < 10_000) return;
    this.lastErrorLogged = now;
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    this.logger?.error(`Replay store (Redis) unavailable; refusing requests with 503: ${what.slice(0, 200)}`);
  }
}
