/**
 * Each person's last question in the shared Redis, so every replica pre-fills the form alike: one `SET key
 * json EX ttl` per answered question, one `GET` per opened form, each raced against a timer (`withinMs`) like
 * every other Redis call. A Redis that is down, stalled or slow costs only the pre-filling: remember is
 * skipped and the form opens empty, well inside the 3 seconds a trigger id lives.
 */
import type { Logger } from '@slack/bolt';
import type { QuestionReading } from '../../../core/index.js';
import { type RedisClient, withinMs } from '../redis/connection.js';
import { LAST_FIELDS, type LastQuestion, type LastQuestionStore, lastOf } from './last.js';

export interface RedisLastQuestionsOptions {
  logger?: Logger;
  /** Longest a read or write may take; default 300 ms (views.open must follow within the trigger's 3 s). */
  timeoutMs?: number;
  /** How long a question is remembered; default 30 days. */
  ttlSeconds?: number;
  prefix?: string;
  /** Least interval between two "could not" lines, default 10 s. */
  logIntervalMs?: number;
}

/** A stored question is a few short strings; anything longer is not ours and is ignored. */
const MAX_STORED_CHARS = 2_000;
const MAX_FIELD_CHARS = 300;

export class RedisLastQuestions implements LastQuestionStore {
  private readonly timeoutMs: number;
  private readonly ttlSeconds: number;
  private readonly prefix: string;
  private readonly logIntervalMs: number;
  private lastLogged = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly client: RedisClient,
    private readonly options: RedisLastQuestionsOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 300;
    this.ttlSeconds = options.ttlSeconds ?? 30 * 24 * 3600;
    this.prefix = options.prefix ?? 'distilplan:last-question:';
    this.logIntervalMs = options.logIntervalMs ?? 10_000;
  }

  async remember(userId: string, reading: QuestionReading, lang: 'en' | 'ja'): Promise<void> {
    if (!this.client.isReady) return;
    const value = JSON.stringify(lastOf(reading, lang));
    try {
      await withinMs(this.client, this.timeoutMs, (bounded) =>
        bounded.set(this.key(userId), value, { expiration: { type: 'EX', value: this.ttlSeconds } }),
      );
    } catch (error) {
      this.log('remember', error);
    }
  }

  async of(userId: string): Promise<LastQuestion | undefined> {
    if (!this.client.isReady) return undefined;
    try {
      const stored = await withinMs(this.client, this.timeoutMs, (bounded) => bounded.get(this.key(userId)));
      return typeof stored === 'string' ? parsed(stored) : undefined;
    } catch (error) {
      this.log('read', error);
      return undefined;
    }
  }

  private key(userId: string): string {
    return `${this.prefix}${userId}`;
  }

  private log(what: string, error: unknown): void {
    const now = Date.now();
    if (now - this.lastLogged < this.logIntervalMs) return;
    this.lastLogged = now;
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    this.options.logger?.warn(
      `last question could not be ${what === 'read' ? 'read from' : 'kept in'} Redis (the form opens empty): ${reason.slice(0, 200)}`,
    );
  }
}

/** A stored question read back: own string fields only, each short; anything else is no question. */
function parsed(stored: string): LastQuestion | undefined {
  if (stored.length > MAX_STORED_CHARS) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const field = (key: string): string | undefined => {
    const item = Object.hasOwn(record, key) ? record[key] : undefined;
    return typeof item === 'string' && item.length <= MAX_FIELD_CHARS ? item : undefined;
  };
  const last: LastQuestion = {};
  for (const key of LAST_FIELDS) {
    const item = field(key);
    if (item !== undefined) last[key] = item;
  }
  const lang = field('lang');
  if (lang === 'en' || lang === 'ja') last.lang = lang;
  return last;
}
