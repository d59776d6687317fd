/**
 * Many workspaces, two replicas, one Redis — over real HTTP on 127.0.0.1, a
 * real redis-server and a local fake of Slack's Web API (SLACK_API_URL):
 * install → OAuth callback → a signed command from that workspace is answered
 * and its Web API call carries that workspace's own token; a workspace that
 * never installed gets no decision; an org-wide (Enterprise Grid) install
 * answers its workspaces; uninstall and token revocation delete the
 * installation; the replicas share installations and refuse each other's
 * replays. The JSON log lines of all this parse, carry the request fields and
 * hold no secret, token or typed text.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../bot/src/answer/answer.js';
import { createApp } from '../../bot/src/app.js';
import { ReadinessChecks } from '../../bot/src/health.js';
import { RedisReplayStore } from '../../bot/src/http/redis-store.js';
import { INSTALLATION_PREFIX, RedisInstallationStore } from '../../bot/src/install/redis-installation-store.js';
import { createLogger } from '../../bot/src/logger.js';
import { RedisConnection } from '../../bot/src/redis/connection.js';
import { type FakeSlackApi, startFakeSlackApi } from '../helpers/fakeSlackApi.js';
import { type RunningRedis, startRedis } from '../helpers/redisServer.js';
import { commandForm, postSigned, slackSign } from '../helpers/slackSign.js';

const SECRET = 'oauth-test-signing-secret-not-real';
const CLIENT_SECRET = 'test-client-secret-not-real';
const STATE_SECRET = 'oauth-test-state-secret-not-real';
const TEXT = 'decide student=1B budget=1e21 teacher=7B@2T';

let redis: RunningRedis;
let api: FakeSlackApi;
const lines: string[] = [];
interface Replica {
  app: App;
  base: string;
  events: string;
  redis: RedisConnection;
}
const replicas: Replica[] = [];

async function replica(): Promise<Replica> {
  const logger = createLogger({
    format: 'json',
    level: 'debug' as never,
    secrets: [SECRET, CLIENT_SECRET, STATE_SECRET],
    write: (line) => void lines.push(line),
  });
  const connection = new RedisConnection({ url: redis.url, logger });
  await connection.firstReady;
  const readiness = new ReadinessChecks().add('redis', () => connection.isReady);
  const { app } = createApp({
    signingSecret: SECRET,
    logger,
    processBeforeResponse: true,
    seen: RedisReplayStore.over(connection.client, { logger }),
    clientOptions: { slackApiUrl: api.url, retryConfig: { retries: 0 } },
    oauth: {
      clientId: '111.222',
      clientSecret: CLIENT_SECRET,
      stateSecret: STATE_SECRET,
      installationStore: new RedisInstallationStore(connection.client),
    },
    readiness,
  });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { app, base, events: `${base}/slack/events`, redis: connection };
}

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/);
  redis = await startRedis();
  api = await startFakeSlackApi();
  api.grants.set('code-one', { token: 'xoxb-team-one-not-real', team: { id: 'T0ONE', name: 'One' } });
  api.grants.set('code-two', { token: 'xoxb-team-two-not-real', team: { id: 'T0TWO', name: 'Two' } });
  api.grants.set('code-org', {
    token: 'xoxb-org-not-real',
    enterprise: { id: 'E0ORG', name: 'Org' },
    org: true,
  });
  replicas.push(await replica(), await replica());
}, 60_000);

afterAll(async () => {
  for (const { app, redis: connection } of replicas) {
    await app.stop();
    await connection.close();
  }
  await api?.close();
  await redis?.stop();
  nock.enableNetConnect();
});

/** The whole browser side of an install: the install page on one replica, Slack's redirect back to another. */
async function install(code: string, start: Replica, callback: Replica): Promise<number> {
  const page = await fetch(`${start.base}/slack/install`);
  const html = await page.text();
  expect(page.status).toBe(200);
  const link = /href="(https:\/\/slack\.com\/oauth\/v2\/authorize\?[^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
  expect(link).toBeDefined();
  const authorize = new URL(link!);
  expect(authorize.searchParams.get('client_id')).toBe('111.222');
  expect(authorize.searchParams.get('scope')).toBe('commands,files:write,users:read');
  const state = authorize.searchParams.get('state')!;
  const cookie = page.headers.get('set-cookie')!.split(';')[0]!;
  expect(cookie).toBe(`slack-app-oauth-state=${state}`);
  const back = await fetch(`${callback.base}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, {
    headers: { cookie },
    redirect: 'manual',
  });
  await back.text();
  return back.status;
}

async function installed(): Promise<string[]> {
  return (await replicas[0]!.redis.client.keys(`${INSTALLATION_PREFIX}*`)).sort();
}

const usersInfoTokens = (): Array<string | undefined> =>
  api.calls.filter((call) => call.method === 'users.info').map((call) => call.token);

function uninstallEvent(team: string, type: 'app_uninstalled' | 'tokens_revoked', enterprise?: string): string {
  return JSON.stringify({
    token: 'legacy',
    team_id: team,
    enterprise_id: enterprise,
    api_app_id: 'A0DISTIL',
    type: 'event_callback',
    event_id: `Ev${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    event:
      type === 'app_uninstalled'
        ? { type, event_ts: '1.0' }
        : { type, tokens: { oauth: [], bot: ['U0BOT'] }, event_ts: '1.0' },
    authorizations: [
      {
        enterprise_id: enterprise ?? null,
        team_id: enterprise ? null : team,
        user_id: 'U0BOT',
        is_bot: true,
        is_enterprise_install: enterprise !== undefined,
      },
    ],
    ...(enterprise ? { is_enterprise_install: true } : {}),
  });
}

async function sendEvent(url: string, body: string): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...slackSign(SECRET, body), 'content-type': 'application/json' },
    body,
  });
  await response.text();
  return response.status;
}

describe('OAuth installs kept in Redis, shared by two replicas', () => {
  it('install on one replica, callback on the other: the workspace is stored once, in Redis', async () => {
    const [a, b] = replicas;
    expect(await install('code-one', a!, b!)).toBe(200);
    expect(await installed()).toEqual([`${INSTALLATION_PREFIX}team:T0ONE`]);
    // The code was exchanged through SLACK_API_URL, with the app's credentials.
    const exchange = api.calls.find((call) => call.method === 'oauth.v2.access');
    expect(exchange?.params.client_id).toBe('111.222');
  });

  it("a signed command from that workspace is answered, on either replica, with the workspace's own token", async () => {
    const [a, b] = replicas;
    const before = usersInfoTokens().length;
    const first = await postSigned(a!.events, SECRET, commandForm(TEXT, { team_id: 'T0ONE', user_id: 'U0AKI' }));
    expect(first.status).toBe(200);
    expect(first.json).toEqual(answer(TEXT));
    const second = await postSigned(b!.events, SECRET, commandForm(TEXT, { team_id: 'T0ONE', user_id: 'U0BEN' }));
    expect(second.json).toEqual(answer(TEXT));
    expect(usersInfoTokens().slice(before)).toEqual(['xoxb-team-one-not-real', 'xoxb-team-one-not-real']);
  });

  it('a second workspace installs and is answered with its token, not the first one’s', async () => {
    expect(await install('code-two', replicas[1]!, replicas[0]!)).toBe(200);
    const before = usersInfoTokens().length;
    const reply = await postSigned(
      replicas[0]!.events,
      SECRET,
      commandForm(TEXT, { team_id: 'T0TWO', user_id: 'U0CY' }),
    );
    expect(reply.json).toEqual(answer(TEXT));
    expect(usersInfoTokens().slice(before)).toEqual(['xoxb-team-two-not-real']);
  });

  it('a workspace that never installed gets no decision and no Web API call', async () => {
    const calls = api.calls.length;
    const reply = await postSigned(replicas[0]!.events, SECRET, commandForm(TEXT, { team_id: 'T0NEVER' }));
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('');
    expect(api.calls.length).toBe(calls);
    const line = lines.map((text) => JSON.parse(text)).find((record) => record.workspace === 'T0NEVER');
    expect(line).toMatchObject({ msg: 'request', kind: 'command:decide', outcome: 'no-installation' });
  });

  it('an org-wide (Enterprise Grid) install answers a workspace of the org with the org token', async () => {
    expect(await install('code-org', replicas[0]!, replicas[1]!)).toBe(200);
    expect(await installed()).toContain(`${INSTALLATION_PREFIX}enterprise:E0ORG`);
    const before = usersInfoTokens().length;
    const form = commandForm(TEXT, {
      team_id: 'T0ORGTEAM',
      enterprise_id: 'E0ORG',
      is_enterprise_install: 'true',
      user_id: 'U0DEE',
    });
    expect((await postSigned(replicas[1]!.events, SECRET, form)).json).toEqual(answer(TEXT));
    expect(usersInfoTokens().slice(before)).toEqual(['xoxb-org-not-real']);
  });

  it("the replicas refuse each other's replays", async () => {
    const [a, b] = replicas;
    const body = commandForm('help', { team_id: 'T0ONE', user_id: 'U0EVE' });
    const headers = slackSign(SECRET, body);
    const send = (url: string) => fetch(url, { method: 'POST', headers, body }).then((response) => response.status);
    expect(await send(a!.events)).toBe(200);
    expect(await send(b!.events)).toBe(401);
    expect(await send(a!.events)).toBe(401);
  });

  it('app_uninstalled deletes the workspace (on whichever replica), which then gets no answer', async () => {
    expect(await sendEvent(replicas[1]!.events, uninstallEvent('T0ONE', 'app_uninstalled'))).toBe(200);
    expect(await installed()).not.toContain(`${INSTALLATION_PREFIX}team:T0ONE`);
    const reply = await postSigned(replicas[0]!.events, SECRET, commandForm(TEXT, { team_id: 'T0ONE' }));
    expect(reply.body).toBe('');
    // The other workspace is untouched.
    const other = await postSigned(replicas[0]!.events, SECRET, commandForm('help', { team_id: 'T0TWO' }));
    expect(other.json).toEqual(answer('help'));
  });

  it('tokens_revoked for the bot deletes the org-wide install', async () => {
    expect(await sendEvent(replicas[0]!.events, uninstallEvent('T0ORGTEAM', 'tokens_revoked', 'E0ORG'))).toBe(200);
    expect(await installed()).toEqual([`${INSTALLATION_PREFIX}team:T0TWO`]);
  });
});

describe('the JSON log of all that', () => {
  it('is one JSON object per line, with a request line per request and no secret, token or typed text', () => {
    expect(lines.length).toBeGreaterThan(10);
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const requests = records.filter((record) => record.msg === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(8);
    for (const request of requests) {
      expect(request.request_id).toMatch(/^[0-9a-f-]{36}$/);
      expect(typeof request.latency_ms).toBe('number');
      expect(['answered', 'failed', 'no-installation']).toContain(request.outcome);
      expect(String(request.kind)).toMatch(/^(command|event|action):[a-z_:]+$/);
    }
    expect(requests.some((request) => request.kind === 'event:app_uninstalled' && request.workspace === 'T0ONE')).toBe(
      true,
    );
    const all = lines.join('\n');
    for (const secret of [
      SECRET,
      CLIENT_SECRET,
      STATE_SECRET,
      'xoxb-team-one-not-real',
      'xoxb-team-two-not-real',
      'xoxb-org-not-real',
      'budget=1e21',
      'student',
    ])
      expect(all).not.toContain(secret);
  });
});
