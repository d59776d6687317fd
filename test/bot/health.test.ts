/**
 * GET /health and GET /ready over real HTTP with a real redis-server: /ready
 * follows Redis within a second as it stops and returns; a bot started while
 * Redis is unreachable listens anyway, answers /ready 503 and says so in its
 * log while it retries, then turns ready when Redis comes; Socket Mode serves
 * the same two routes on PORT.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../bot/src/app.js';
import { ReadinessChecks, startHealthServer } from '../../bot/src/health.js';
import { RedisReplayStore } from '../../bot/src/http/redis-store.js';
import { RedisConnection } from '../../bot/src/redis/connection.js';
import { type RunningRedis, startRedis } from '../helpers/redisServer.js';
import { fakeLogger } from '../helpers/slackFakes.js';

const SECRET = 'health-test-signing-secret-not-real';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function status(url: string): Promise<number> {
  const response = await fetch(url);
  await response.arrayBuffer();
  return response.status;
}

/** Milliseconds until `url` answers `wanted`, polling every 50 ms (at most 5 s). */
async function msUntil(url: string, wanted: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < 5_000) {
    if ((await status(url)) === wanted) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Number.POSITIVE_INFINITY;
}

interface Bot {
  app: App;
  base: string;
  redis: RedisConnection;
  logger: ReturnType<typeof fakeLogger>;
}

async function startBot(redisUrl: string): Promise<Bot> {
  const logger = fakeLogger();
  const redis = new RedisConnection({ url: redisUrl, logger });
  const readiness = new ReadinessChecks().add('redis', () => redis.isReady);
  const { app } = createApp({
    signingSecret: SECRET,
    logger,
    seen: RedisReplayStore.over(redis.client, { logger }),
    readiness,
  });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  return { app, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, redis, logger };
}

const bots: Bot[] = [];
let redis: RunningRedis | undefined;

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/);
});

afterAll(async () => {
  for (const bot of bots) {
    await bot.app.stop();
    await bot.redis.close();
  }
  await redis?.stop();
  nock.enableNetConnect();
});

describe('/health and /ready in HTTP mode', () => {
  it('follow Redis within a second as it stops and returns; /health stays 200', async () => {
    redis = await startRedis();
    const bot = await startBot(redis.url);
    bots.push(bot);
    await bot.redis.firstReady;
    expect(await status(`${bot.base}/health`)).toBe(200);
    expect(await status(`${bot.base}/ready`)).toBe(200);
    const body = await (await fetch(`${bot.base}/ready`)).json();
    expect(body).toEqual({ status: 'ready' });

    const port = redis.port;
    await redis.stop();
    expect(await msUntil(`${bot.base}/ready`, 503)).toBeLessThan(1_000);
    expect(await (await fetch(`${bot.base}/ready`)).json()).toEqual({ status: 'not ready', waiting: ['redis'] });
    expect(await status(`${bot.base}/health`)).toBe(200);

    redis = await startRedis(port);
    expect(await msUntil(`${bot.base}/ready`, 200)).toBeLessThan(1_000);
  }, 30_000);

  it('a bot started while Redis is unreachable listens, answers /ready 503, logs that it retries, and turns ready when Redis comes', async () => {
    const port = await freePort();
    const bot = await startBot(`redis://127.0.0.1:${port}`);
    bots.push(bot);
    expect(await status(`${bot.base}/health`)).toBe(200);
    expect(await status(`${bot.base}/ready`)).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const errors = bot.logger.error.mock.calls.map((call) => String(call[0]));
    expect(errors.some((line) => line.startsWith('Redis unreachable at start-up') && line.includes('retried'))).toBe(
      true,
    );
    // Retried with a backoff, logged at most once per interval rather than once per attempt.
    expect(errors.length).toBe(1);
    const late = await startRedis(port);
    try {
      expect(await msUntil(`${bot.base}/ready`, 200)).toBeLessThan(1_000);
      expect(bot.logger.info.mock.calls.map((call) => String(call[0]))).toContain('Redis connected');
    } finally {
      await bot.app.stop();
      await bot.redis.close();
      bots.pop();
      await late.stop();
    }
  }, 30_000);

  it('answers 503 "shutting down" once draining starts', async () => {
    const readiness = new ReadinessChecks();
    const server = await startHealthServer(0, readiness, '127.0.0.1');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect(await status(`${base}/ready`)).toBe(200);
      readiness.startDraining();
      expect(await (await fetch(`${base}/ready`)).json()).toEqual({ status: 'not ready', waiting: ['shutting down'] });
      expect(await status(`${base}/health`)).toBe(200);
      expect(await status(`${base}/slack/events`)).toBe(404);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => (server as Server).close(resolve));
    }
  });
});
