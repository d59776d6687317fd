/**
 * The replay store under Redis faults, over real HTTP on 127.0.0.1 against a
 * real redis-server: a Redis that is paused (SIGSTOP: its sockets stay open,
 * nothing answers) costs a request a quick 503, never a wait, and an
 * installation lookup, store or delete an error within 1 s, and closing the
 * connection at shutdown a second's wait; a replay in the
 * window's last second (age exactly 300 s) is refused by every replica; and a
 * bot that restarts still refuses what it answered before (the claims live in
 * Redis, not in the process).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from '@redis/client';
import type { App } from '@slack/bolt';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../bot/src/app.js';
import { RedisReplayStore } from '../../bot/src/http/redis-store.js';
import { RedisInstallationStore } from '../../bot/src/install/redis-installation-store.js';
import { RedisConnection, RedisTimeoutError } from '../../bot/src/redis/connection.js';
import { type RunningRedis, startRedis } from '../helpers/redisServer.js';
import { fakeLogger } from '../helpers/slackFakes.js';
import { commandForm, slackSign } from '../helpers/slackSign.js';

const SECRET = 'test-signing-secret-not-real';
let redis: RunningRedis;
const running: App[] = [];
const connections: RedisConnection[] = [];

/** A bot as `npm start` builds one in HTTP mode with REDIS_URL: one Redis connection, the replay store over it. */
async function replica(): Promise<{ app: App; url: string }> {
  const connection = new RedisConnection({ url: redis.url, logger: fakeLogger() });
  connections.push(connection);
  await connection.firstReady;
  const seen = RedisReplayStore.over(connection.client, { logger: fakeLogger() });
  const { app } = createApp({ signingSecret: SECRET, logger: fakeLogger(), seen });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  running.push(app);
  return { app, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events` };
}

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/);
  redis = await startRedis();
}, 30_000);

afterAll(async () => {
  redis?.resume();
  for (const app of running) await app.stop();
  for (const connection of connections) await connection.close();
  await redis?.stop();
  nock.enableNetConnect();
});

async function send(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(30_000) });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

describe('a paused Redis', () => {
  it('a command gets 503 or its answer within 1.5 s, and the bot serves again once Redis resumes', async () => {
    const { url } = await replica();
    const warm = commandForm('help warm');
    expect((await send(url, warm, slackSign(SECRET, warm))).status).toBe(200);
    redis.pause();
    try {
      const results = await Promise.all(
        Array.from({ length: 5 }, (_, i) => {
          const body = commandForm(`cost budget=${i + 1}e22 gpu=h100`);
          return send(url, body, slackSign(SECRET, body));
        }),
      );
      console.log(
        `Redis paused: ${results.map((result) => `${result.status} in ${result.ms.toFixed(0)} ms`).join(', ')}`,
      );
      for (const result of results) {
        expect([200, 503]).toContain(result.status);
        expect(result.ms).toBeLessThan(1_500);
      }
    } finally {
      redis.resume();
    }
    let status = 0;
    for (let attempt = 0; attempt < 40 && status !== 200; attempt++) {
      const body = commandForm(`help after ${attempt}`);
      status = (await send(url, body, slackSign(SECRET, body))).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
  }, 60_000);
});

describe('the installation store on a paused Redis', () => {
  it('a lookup, a store and a delete each fail within their 1 s bound, not when Redis resumes', async () => {
    const connection = new RedisConnection({ url: redis.url, logger: fakeLogger() });
    connections.push(connection);
    await connection.firstReady;
    const store = new RedisInstallationStore(connection.client);
    const team = { teamId: 'T0PAUSED', isEnterpriseInstall: false as const, enterpriseId: undefined };
    const installation = { team: { id: 'T0PAUSED' }, bot: { token: 'xoxb-paused-not-real' } } as never;
    redis.pause();
    try {
      for (const [what, call] of [
        ['fetch', () => store.fetchInstallation(team)],
        ['store', () => store.storeInstallation(installation)],
        ['delete', () => store.deleteInstallation(team)],
      ] as const) {
        const started = performance.now();
        const error = await call().then(
          () => undefined,
          (reason: unknown) => reason,
        );
        const ms = performance.now() - started;
        console.log(`installation ${what} on a paused Redis: ${String(error)} after ${ms.toFixed(0)} ms`);
        expect(error).toBeInstanceOf(RedisTimeoutError);
        expect(ms).toBeLessThan(2_500);
      }
    } finally {
      redis.resume();
    }
  }, 30_000);
});

describe('shutdown on a paused Redis', () => {
  it('closing the connection with a claim still owed a reply takes about a second, not until Redis resumes', async () => {
    const connection = new RedisConnection({ url: redis.url, logger: fakeLogger() });
    await connection.firstReady;
    const seen = RedisReplayStore.over(connection.client, { logger: fakeLogger() });
    redis.pause();
    try {
      expect(await seen.claim('owed-a-reply', Math.floor(Date.now() / 1000) + 300)).toBe('unavailable');
      const started = performance.now();
      await connection.close();
      const ms = performance.now() - started;
      console.log(`close on a paused Redis with a claim owed: ${ms.toFixed(0)} ms`);
      expect(ms).toBeLessThan(2_500);
      expect(connection.client.isOpen).toBe(false);
    } finally {
      redis.resume();
    }
  }, 30_000);
});

describe('the window', () => {
  it('a replay at exactly 300 s is refused by the replica that answered and by another', async () => {
    const [a, b] = [await replica(), await replica()];
    // Both deliveries must land in the second timestamp + 300: start just after a second begins.
    for (let attempt = 0; attempt < 5; attempt++) {
      while (Date.now() % 1000 > 100) await new Promise((resolve) => setTimeout(resolve, 5));
      const second = Math.floor(Date.now() / 1000);
      const body = commandForm(`help window ${attempt}`);
      const headers = slackSign(SECRET, body, second - 300);
      const first = await send(a.url, body, headers);
      const again = await send(a.url, body, headers);
      const elsewhere = await send(b.url, body, headers);
      if (Math.floor(Date.now() / 1000) !== second) continue; // a busy machine crossed the second: try again
      console.log(
        `replay at age 300 s: first ${first.status}, same replica ${again.status}, other ${elsewhere.status}`,
      );
      expect(first.status).toBe(200);
      expect(again.status).toBe(401);
      expect(elsewhere.status).toBe(401);
      return;
    }
    throw new Error('could not fit three requests into one second in five tries');
  }, 30_000);

  it('the key lives one second past the accepted window (EXAT timestamp + 301)', async () => {
    const { url } = await replica();
    const body = commandForm('help expiry');
    const timestamp = Math.floor(Date.now() / 1000) - 10;
    expect((await send(url, body, slackSign(SECRET, body, timestamp))).status).toBe(200);
    const client = createClient({ url: redis.url });
    await client.connect();
    try {
      const keys = await client.keys('distilplan:replay:*');
      const expiries = await Promise.all(keys.map((key) => client.expireTime(key)));
      expect(expiries).toContain(timestamp + 301);
      expect(expiries).not.toContain(timestamp + 300);
    } finally {
      await client.close();
    }
  });
});

describe('a bot restart', () => {
  it('still refuses a request answered before the restart', async () => {
    const before = await replica();
    const body = commandForm('cost budget=3e21 gpu=h100');
    const headers = slackSign(SECRET, body);
    expect((await send(before.url, body, headers)).status).toBe(200);
    await before.app.stop();
    running.splice(running.indexOf(before.app), 1);
    const after = await replica();
    expect((await send(after.url, body, headers)).status).toBe(401);
  });
});
