/**
 * Replicas behind a load balancer share one replay store: a real redis-server
 * (started here on a free loopback port) and two bot processes' worth of Bolt
 * App + production receiver on two ports. A request answered by one is refused
 * by the other; 20 simultaneous deliveries of one request yield exactly one 200;
 * with Redis gone, requests are refused fast (fail closed), not stalled.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from '@redis/client';
import type { App } from '@slack/bolt';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../bot/src/app.js';
import { RedisReplayStore } from '../../bot/src/http/redis-store.js';
import { RedisConnection } from '../../bot/src/redis/connection.js';
import { type RunningRedis, startRedis } from '../helpers/redisServer.js';
import { fakeLogger } from '../helpers/slackFakes.js';
import { commandForm, slackSign } from '../helpers/slackSign.js';

const SECRET = 'test-signing-secret-not-real';
let redis: RunningRedis;
const replicas: Array<{ app: App; url: string; logger: ReturnType<typeof fakeLogger> }> = [];
const connections: RedisConnection[] = [];

/** A bot as `npm start` builds one in HTTP mode with REDIS_URL: one Redis connection, the replay store over it. */
async function replica(url: string): Promise<{ app: App; url: string; logger: ReturnType<typeof fakeLogger> }> {
  const logger = fakeLogger();
  const connection = new RedisConnection({ url, logger });
  connections.push(connection);
  await connection.firstReady;
  const seen = RedisReplayStore.over(connection.client, { logger });
  const { app } = createApp({ signingSecret: SECRET, logger, seen });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  return { app, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`, logger };
}

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/);
  redis = await startRedis();
  replicas.push(await replica(redis.url), await replica(redis.url));
}, 30_000);

afterAll(async () => {
  for (const { app } of replicas) await app.stop();
  for (const connection of connections) await connection.close();
  await redis?.stop();
  nock.enableNetConnect();
});

function send(url: string, body: string, headers: Record<string, string>): Promise<number> {
  return fetch(url, { method: 'POST', headers, body }).then(async (response) => {
    await response.arrayBuffer();
    return response.status;
  });
}

describe('two replicas, one Redis', () => {
  it('a request answered by one replica is refused by the other', async () => {
    const body = commandForm('cost budget=1e22 gpu=h100');
    const headers = slackSign(SECRET, body);
    const [a, b] = replicas;
    expect(await send(a!.url, body, headers)).toBe(200);
    expect(await send(b!.url, body, headers)).toBe(401);
    expect(await send(a!.url, body, headers)).toBe(401);
    expect(String(b!.logger.warn.mock.calls.at(-1)?.[0])).toBe('Refused a request (401): replayed request');
  });

  it('20 simultaneous deliveries of one request, spread over both replicas, yield exactly one 200', async () => {
    const body = commandForm('decide student=1B budget=1e21 teacher=7B@2T');
    const headers = slackSign(SECRET, body);
    const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => send(replicas[i % 2]!.url, body, headers)));
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 401)).toHaveLength(19);
  });

  it('stores one key per verified request, expiring one second past its window (SET NX EXAT timestamp + 301)', async () => {
    const body = commandForm('help lang=ja');
    const timestamp = Math.floor(Date.now() / 1000) - 10;
    expect(await send(replicas[0]!.url, body, slackSign(SECRET, body, timestamp))).toBe(200);
    const client = createClient({ url: redis.url });
    await client.connect();
    try {
      const keys = await client.keys('distilplan:replay:*');
      expect(keys.length).toBe(3); // one per request answered in this file so far
      const expiries = await Promise.all(keys.map((key) => client.expireTime(key)));
      expect(expiries).toContain(timestamp + 301);
      // Forged requests leave nothing behind.
      await send(replicas[0]!.url, body, slackSign('forger', body));
      expect((await client.keys('distilplan:replay:*')).length).toBe(3);
    } finally {
      await client.close();
    }
  });
});

describe('Redis down', () => {
  it('refuses with 503 within the fail-fast budget (fail closed), logs once, and serves again when Redis is back', async () => {
    const port = redis.port;
    await redis.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const [a] = replicas;
    for (let i = 0; i < 5; i++) {
      const body = commandForm(`cost budget=1e2${i}`);
      const started = performance.now();
      expect(await send(a!.url, body, slackSign(SECRET, body))).toBe(503);
      expect(performance.now() - started).toBeLessThan(1_500);
    }
    const errors = a!.logger.error.mock.calls.map((call) => String(call[0]));
    expect(errors.filter((line) => line.startsWith('Replay store (Redis) unavailable')).length).toBeLessThanOrEqual(2);
    expect(errors.join('\n')).not.toContain(redis.url);
    redis = await startRedis(port);
    let status = 0;
    for (let attempt = 0; attempt < 40 && status !== 200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const body = commandForm(`help ${attempt}`);
      status = await send(a!.url, body, slackSign(SECRET, body));
    }
    expect(status).toBe(200);
  }, 30_000);
});
