/**
 * The replay store for several replicas: one atomic `SET key 1 NX EXAT ts+301`
 * per verified request in a shared Redis, so whichever replica sees a request
 * first claims it and every other delivery is refused. The key outlives the
 * window by one second: the guard still accepts age 300 s, and a key expiring
 * at ts+300 was gone during that whole second (19 of 19 replays got through).
 *
 * Fail fast, fail closed. Slack wants an answer within 3 seconds, so a Redis
 * that is down or slow must not hold requests: commands are not queued while
 * disconnected (disableOfflineQueue) and each claim races a timer: after
 * `timeoutMs` the request is refused whatever the connection is doing. An abort
 * signal alone only cancels commands still queued in the client; a command
 * already written to a stalled Redis (paused, swapping, a long fork) waited
 * 6–20 s for its reply. A late reply is ignored: the request was refused. The request is then refused with 503 ("unavailable") rather than
 * answered unguarded: answering would let anyone who can take Redis down replay
 * captured requests. The cost is that the bot stops answering while Redis is
 * down; run Redis with a supervisor or managed failover.
 */
import { createClient } from '@redis/client';
import type { Logger } from '@slack/bolt';
import type { ClaimResult, ReplayStore } from './replay-store.js';

export interface RedisReplayStoreOptions {
  url: string;
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

function clientFor(url: string, timeoutMs: number) {
  return createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: Math.max(timeoutMs, 1000),
      // Keep trying in the background (at most every 2 s); claims fail fast meanwhile.
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000),
    },
  });
}

type Client = ReturnType<typeof clientFor>;

export class RedisReplayStore implements ReplayStore {
  private readonly client: Client;
  private readonly timeoutMs: number;
  private readonly prefix: string;
  private readonly logger?: Logger;
  private lastErrorLogged = 0;
  /** Claims sent and not yet answered. */
  private waiting = 0;
  /** False when the client is shared (RedisConnection): its owner closes it. */
  private readonly ownsClient: boolean;

  private constructor(client: Client, options: Omit<RedisReplayStoreOptions, 'url'>, ownsClient = true) {
    this.client = client;
    this.ownsClient = ownsClient;
    this.timeoutMs = options.timeoutMs ?? 500;
    this.prefix = options.prefix ?? 'distilplan:replay:';
    this.logger = options.logger;
  }

  /** Connects (failing within the timeout if Redis is not there) and returns the store. */
  static async connect(options: RedisReplayStoreOptions): Promise<RedisReplayStore> {
    const client = clientFor(options.url, options.timeoutMs ?? 500);
    const store = new RedisReplayStore(client, options);
    client.on('error', (error: unknown) => store.logError(error));
    await client.connect();
    return store;
  }

  /** A store on a connection shared with the installation store (bot/src/redis/connection.ts). */
  static over(client: Client, options: Omit<RedisReplayStoreOptions, 'url'> = {}): RedisReplayStore {
    return new RedisReplayStore(client, options, false);
  }

  async claim(key: string, expiresAtSeconds: number): Promise<ClaimResult> {
    if (!this.client.isReady) return 'unavailable';
    // Claims a stalled Redis has not answered: past the cap, refuse at once rather than queue more.
    if (this.waiting >= MAX_WAITING_CLAIMS) return 'unavailable';
    this.waiting += 1;
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), this.timeoutMs);
    });
    const command = this.client
      .withAbortSignal(abort.signal)
      .set(`${this.prefix}${key}`, '1', {
        condition: 'NX',
        expiration: { type: 'EXAT', value: expiresAtSeconds + 1 },
      })
      .finally(() => {
        this.waiting -= 1;
      });
    try {
      const reply = await Promise.race([command, late]);
      if (reply === 'late') {
        abort.abort();
        command.catch(() => {}); // its rejection (aborted, or Redis gone) is expected and already answered
        this.logError(new Error(`no reply within ${this.timeoutMs} ms`));
        return 'unavailable';
      }
      return reply === 'OK' ? 'first' : 'replay';
    } catch (error) {
      this.logError(error);
      return 'unavailable';
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    if (this.ownsClient && this.client.isOpen) await this.client.close();
  }

  /** At most one line every 10 s: an outage must not flood the log. Never the URL (it may hold a password). */
  private logError(error: unknown): void {
    const now = Date.now();
    if (now - this.lastErrorLogged < 10_000) return;
    this.lastErrorLogged = now;
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    this.logger?.error(`Replay store (Redis) unavailable; refusing requests with 503: ${what.slice(0, 200)}`);
  }
}
