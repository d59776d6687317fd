/**
 * Where OAuth installations live: the Redis the replay guard already uses, so
 * every replica answers every workspace. One key per workspace install
 * (`…:team:T…`) and one per org-wide Enterprise Grid install
 * (`…:enterprise:E…`), each the installation as @slack/oauth hands it over
 * (JSON, tokens included: this Redis must be as private as the signing secret).
 *
 * Every command is bounded like a replay claim (a timer race, not only an abort
 * signal, which a stalled Redis ignores: a lookup waited for Redis to resume):
 * Slack's 3 seconds must also hold the answer. A workspace with no key has no installation: Bolt's
 * authorize fails and the request gets no answer.
 */
import type { Installation, InstallationQuery, InstallationStore, Logger } from '@slack/bolt';
import { type RedisClient, withinMs } from '../redis/connection.js';

export const INSTALLATION_PREFIX = 'distilplan:installation:';

export class NoInstallationError extends Error {
  constructor(where: string) {
    super(`No installation for ${where}`);
    this.name = 'NoInstallationError';
  }
}

export interface RedisInstallationStoreOptions {
  /** Longest a read or write may take, default 1 s. */
  timeoutMs?: number;
  prefix?: string;
}

type AnyInstallation = Installation<'v1' | 'v2', boolean>;

export class RedisInstallationStore implements InstallationStore {
  private readonly timeoutMs: number;
  private readonly prefix: string;

  constructor(
    private readonly client: RedisClient,
    options: RedisInstallationStoreOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 1_000;
    this.prefix = options.prefix ?? INSTALLATION_PREFIX;
  }

  async storeInstallation<V extends 'v1' | 'v2'>(installation: Installation<V, boolean>): Promise<void> {
    const key = this.keyOf({
      isEnterpriseInstall: installation.isEnterpriseInstall === true,
      enterpriseId: installation.enterprise?.id,
      teamId: installation.team?.id,
    });
    await this.bounded((client) => client.set(key, JSON.stringify(installation)));
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<AnyInstallation> {
    const key = this.keyOf(query);
    const text = await this.bounded((client) => client.get(key));
    if (typeof text !== 'string') throw new NoInstallationError(key.slice(this.prefix.length));
    return JSON.parse(text) as AnyInstallation;
  }

  async deleteInstallation(query: InstallationQuery<boolean>, logger?: Logger): Promise<void> {
    const key = this.keyOf(query);
    const removed = await this.bounded((client) => client.del(key));
    logger?.info(`Installation ${removed ? 'deleted' : 'already absent'}: ${key.slice(this.prefix.length)}`);
  }

  /** Settles within the bound even when Redis is stalled with the command already sent (withinMs). */
  private bounded<T>(send: (client: RedisClient) => Promise<T>): Promise<T> {
    return withinMs(this.client, this.timeoutMs, send);
  }

  /** The org-wide key when the install (or the request) is org-wide, else the workspace's. */
  private keyOf(query: { isEnterpriseInstall: boolean; enterpriseId?: string; teamId?: string }): string {
    if (query.isEnterpriseInstall && isId(query.enterpriseId)) return `${this.prefix}enterprise:${query.enterpriseId}`;
    if (isId(query.teamId)) return `${this.prefix}team:${query.teamId}`;
    throw new NoInstallationError('a request naming no workspace');
  }
}

/** Slack ids are short upper-case alphanumerics; anything else never becomes part of a key. */
function isId(value: string | undefined): value is string {
  return typeof value === 'string' && /^[A-Z0-9]{2,32}$/.test(value);
}
