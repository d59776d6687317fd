/**
 * One Redis connection per process, shared by the replay store and the
 * installation store. It is opened in the background: a Redis that is not
 * there at start-up does not stop the bot from listening; /ready answers 503
 * and the log says Redis is being retried, with a backoff that doubles from
 * 100 ms up to 0.5 s (so /ready turns 200 within a second of Redis
 * coming back). Commands are never queued while disconnected: callers fail fast.
 */
import { createClient } from '@redis/client';
import type { Logger } from '@slack/bolt';

/** Longest pause between two attempts; /ready must follow Redis within a second. */
export const MAX_RETRY_MS = 500;

/** Longest a close waits for replies still owed before dropping the connection. */
export const CLOSE_TIMEOUT_MS = 1_000;

export function retryDelayMs(retries: number): number {
  return Math.min(100 * 2 ** retries, MAX_RETRY_MS);
}

function clientFor(url: string, connectTimeoutMs: number) {
  return createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: connectTimeoutMs, reconnectStrategy: retryDelayMs },
  });
}

export type RedisClient = ReturnType<typeof clientFor>;

export class RedisTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`no reply within ${timeoutMs} ms`);
    this.name = 'RedisTimeoutError';
  }
}

/**
 * Sends one command and settles within `timeoutMs` whatever the connection is doing: its reply, or a
 * RedisTimeoutError. An abort signal alone only cancels commands still queued in the client; a command
 * already written to a stalled Redis (paused, swapping, a long fork) waits for its reply, 6–20 s measured
 * and without end while Redis stays stalled. So the command races a timer, which also aborts it; a late
 * reply is ignored.
 */
export async function withinMs<T>(
  client: RedisClient,
  timeoutMs: number,
  send: (client: RedisClient) => Promise<T>,
): Promise<T> {
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abort.abort();
      reject(new RedisTimeoutError(timeoutMs));
    }, timeoutMs);
  });
  const command = send(client.withAbortSignal(abort.signal));
  command.catch(() => {}); // after the timer its rejection (aborted, or Redis gone) is expected and already answered
  try {
    return await Promise.race([command, late]);
  } finally {
    clearTimeout(timer);
  }
}

export interface RedisConnectionOptions {
  url: string;
  logger?: Logger;
  connectTimeoutMs?: number;
  /** Least interval between two "unreachable" lines, default 10 s: an outage must not flood the log. */
  logIntervalMs?: number;
}

export class RedisConnection {
  readonly client: RedisClient;
  private readonly logger?: Logger;
  private readonly logIntervalMs: number;
  private lastErrorLogged = Number.NEGATIVE_INFINITY;
  private wasReady = false;
  private closed = false;
  /** Settles when the first connection is made (or the connection is closed first). */
  readonly firstReady: Promise<void>;

  constructor(options: RedisConnectionOptions) {
    this.client = clientFor(options.url, options.connectTimeoutMs ?? 1_000);
    this.logger = options.logger;
    this.logIntervalMs = options.logIntervalMs ?? 10_000;
    this.client.on('error', (error: unknown) => this.logError(error));
    this.client.on('ready', () => {
      this.logger?.info(this.wasReady ? 'Redis reachable again' : 'Redis connected');
      this.wasReady = true;
      this.lastErrorLogged = Number.NEGATIVE_INFINITY;
    });
    // Never the URL: it may hold a password.
    this.firstReady = this.client.connect().then(
      () => undefined,
      (error: unknown) => {
        if (!this.closed) this.logError(error);
      },
    );
  }

  /** Redis answers commands right now. */
  get isReady(): boolean {
    return this.client.isReady;
  }

  /**
   * Graceful: replies still owed are awaited, at most `timeoutMs`. A stalled Redis never sends them (a
   * refused claim stays pending): without the bound, shutdown waited for Redis to resume, past its own
   * deadline.
   */
  async close(timeoutMs = CLOSE_TIMEOUT_MS): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.client.isReady) {
      const graceful = this.client.close().then(() => true);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const closedInTime = await Promise.race([graceful, late]).catch(() => false);
      clearTimeout(timer);
      if (!closedInTime && this.client.isOpen) this.client.destroy();
      graceful.catch(() => {}); // destroyed: the graceful close settles however it does
    } else if (this.client.isOpen) this.client.destroy();
    await this.firstReady;
  }

  private logError(error: unknown): void {
    const now = Date.now();
    if (now - this.lastErrorLogged < this.logIntervalMs) return;
    this.lastErrorLogged = now;
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const state = this.wasReady ? 'lost' : 'unreachable at start-up';
    this.logger?.error(
      `Redis ${state}; /ready answers 503 and requests needing Redis are refused while it is retried (backoff up to ${MAX_RETRY_MS} ms): ${what.slice(0, 200)}`,
    );
  }
}
