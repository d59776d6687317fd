/**
 * The form's memory of each person's last question, shared through Redis: two replicas over one real
 * redis-server, requests signed and sent over loopback HTTP, Slack's Web API a local fake (slackApiUrl). A
 * question answered by one replica pre-fills the form the other opens; the key expires (TTL); a stalled Redis
 * opens an empty form within the bound instead of holding the trigger id; without Redis, memory as before.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../bot/src/app.js';
import { RedisLastQuestions } from '../../bot/src/form/redis-last.js';
import { SeenSignatures } from '../../bot/src/http/seen-signatures.js';
import { RedisConnection } from '../../bot/src/redis/connection.js';
import { type FakeSlackApi, startFakeSlackApi } from '../helpers/fakeSlackApi.js';
import { type RunningRedis, startRedis } from '../helpers/redisServer.js';
import { fakeLogger } from '../helpers/slackFakes.js';
import { commandForm, slackSign } from '../helpers/slackSign.js';

const SECRET = 'form-redis-secret-not-real';
const TTL_SECONDS = 600;
let redis: RunningRedis;
let api: FakeSlackApi;
const apps: App[] = [];
const connections: RedisConnection[] = [];
const urls: string[] = [];

/** A replica as `npm start` builds one with REDIS_URL: its own connection, the last questions over it. */
async function replica(withRedis: boolean): Promise<string> {
  const logger = fakeLogger();
  let lastQuestions: RedisLastQuestions | undefined;
  if (withRedis) {
    const connection = new RedisConnection({ url: redis.url, logger });
    connections.push(connection);
    await connection.firstReady;
    lastQuestions = new RedisLastQuestions(connection.client, { logger, ttlSeconds: TTL_SECONDS, timeoutMs: 300 });
  }
  const { app } = createApp({
    signingSecret: SECRET,
    token: 'xoxb-test-token-not-real',
    processBeforeResponse: true,
    logger,
    seen: new SeenSignatures(),
    clientOptions: { slackApiUrl: api.url, retryConfig: { retries: 0 } },
    ...(lastQuestions ? { lastQuestions } : {}),
  });
  apps.push(app);
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
}

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/);
  redis = await startRedis();
  api = await startFakeSlackApi();
  urls.push(await replica(true), await replica(true), await replica(false));
}, 30_000);

afterAll(async () => {
  for (const app of apps) await app.stop();
  for (const connection of connections) await connection.close();
  await api?.close();
  await redis?.stop();
  nock.enableNetConnect();
});

async function post(url: string, body: string): Promise<number> {
  const response = await fetch(url, { method: 'POST', headers: slackSign(SECRET, body), body });
  await response.arrayBuffer();
  return response.status;
}

/** The initial values of the last form opened (views.open's view), by field. */
function lastFormValues(): Record<string, string | undefined> {
  const open = api.calls.filter((call) => call.method === 'views.open').at(-1);
  expect(open).toBeDefined();
  const view = JSON.parse(open!.params.view!) as {
    blocks: { block_id: string; element: { initial_value?: string } }[];
  };
  return Object.fromEntries(view.blocks.map((block) => [block.block_id, block.element.initial_value]));
}

describe('the last question in Redis', () => {
  it('a question answered by one replica pre-fills the form another replica opens', async () => {
    const [first, second] = urls;
    expect(await post(first!, commandForm('10億パラメータ、予算$20k、教師なし', { user_id: 'U0SHARED' }))).toBe(200);
    expect(await post(second!, commandForm('', { user_id: 'U0SHARED', trigger_id: '2.2.2' }))).toBe(200);
    expect(lastFormValues()).toMatchObject({ student: '10億', budget: '$20k', teacher: 'なし' });
  });

  it('keeps it under a TTL, and a replica without Redis knows nothing of it', async () => {
    const probe = new RedisConnection({ url: redis.url, logger: fakeLogger() });
    try {
      await probe.firstReady;
      const ttl = await probe.client.ttl('distilplan:last-question:U0SHARED');
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(TTL_SECONDS);
      expect(JSON.parse((await probe.client.get('distilplan:last-question:U0SHARED'))!)).toEqual({
        lang: 'ja',
        student: '10億',
        budget: '$20k',
        teacher: 'なし',
      });
      // Something that is no question (a foreign or broken value) opens an empty form, never a crash.
      await probe.client.set('distilplan:last-question:U0BROKEN', '{"student": {"__proto__": 1}, "lang": "xx"');
    } finally {
      await probe.close();
    }
    expect(await post(urls[0]!, commandForm('', { user_id: 'U0BROKEN', trigger_id: '3.3.3' }))).toBe(200);
    expect(lastFormValues()).toMatchObject({ student: undefined, budget: undefined });
    expect(await post(urls[2]!, commandForm('', { user_id: 'U0SHARED', trigger_id: '4.4.4' }))).toBe(200);
    expect(lastFormValues()).toMatchObject({ student: undefined, budget: undefined, teacher: undefined });
  });

  it('a stalled Redis opens an empty form within its bound instead of holding the trigger id', async () => {
    redis.pause();
    try {
      const started = Date.now();
      expect(await post(urls[1]!, commandForm('', { user_id: 'U0SHARED', trigger_id: '5.5.5' }))).toBe(200);
      // 300 ms for the read, the rest is the request itself: far inside the trigger id's 3 seconds.
      expect(Date.now() - started).toBeLessThan(2_500);
      expect(lastFormValues()).toMatchObject({ student: undefined });
      // An answer while stalled still comes (keeping the question gives up after its bound).
      expect(await post(urls[1]!, commandForm('1B model, $50k budget', { user_id: 'U0OTHER' }))).toBe(200);
    } finally {
      redis.resume();
    }
  });
});
