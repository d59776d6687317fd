/**
 * Shares never hold up anyone else's command: 32 people press Post to channel
 * on decide answers at once (each a chart to draw and upload), over real HTTP
 * on 127.0.0.1 against the bot as `npm start` builds it, with Slack's hosts
 * mocked (nock). Another person's slash command, sent while those charts are
 * being drawn, is answered in under 1 s; every share still gets its chart, or
 * a reply saying it could not be drawn.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import nock from 'nock';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { answer } from '../../bot/src/answer/answer.js';
import { createApp } from '../../bot/src/app.js';
import { POST_TO_CHANNEL_ACTION } from '../../bot/src/ids.js';
import { startProbe } from '../helpers/commandProbe.js';
import { postFresh } from '../helpers/freshPost.js';
import { buttonOf } from '../helpers/slackBlocks.js';
import { fakeLogger } from '../helpers/slackFakes.js';
import { buttonForm } from '../helpers/slackSign.js';

const SECRET = 'test-signing-secret-not-real';
const SHARES = 32;
let app: App;
let url: string;
const hooks: Array<Record<string, unknown>> = [];
let uploads = 0;

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/);
  nock('https://hooks.slack.com')
    .persist()
    .post(/^\/actions\//, (body: Record<string, unknown>) => {
      hooks.push(body);
      return true;
    })
    .reply(200, 'ok');
  nock('https://slack.com')
    .persist()
    .post('/api/files.getUploadURLExternal')
    .reply(200, { ok: true, upload_url: 'https://files.slack.com/upload/v1/ABC', file_id: 'F0CHART' })
    .post('/api/files.completeUploadExternal')
    .reply(200, { ok: true, files: [{ id: 'F0CHART' }] });
  nock('https://files.slack.com')
    .persist()
    .post('/upload/v1/ABC', () => {
      uploads += 1;
      return true;
    })
    .reply(200, 'OK');
  ({ app } = createApp({
    signingSecret: SECRET,
    token: 'xoxb-test-token',
    logger: fakeLogger(),
    clientOptions: { retryConfig: { retries: 0 } },
  }));
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
});

afterAll(async () => {
  await app.stop();
  nock.cleanAll();
  nock.enableNetConnect();
});

const send = (body: string) => postFresh(url, SECRET, body);

it("32 simultaneous shares leave another person's command under 1 s", async () => {
  const shares = Array.from({ length: SHARES }, (_, i) => {
    const value = buttonOf(answer(`decide student=1B budget=${i + 1}e21 teacher=3B teacher-loss=2.1`).blocks)!.value;
    return buttonForm(POST_TO_CHANNEL_ACTION, value, `https://hooks.slack.com/actions/T0TEST/${i}/share`);
  });
  const pressed = await Promise.all(shares.map(send));
  expect(pressed.map((press) => press.status)).toEqual(Array(SHARES).fill(200));
  // Another person's commands, one every 250 ms until every share has its chart or its reply.
  const probe = startProbe(url, SECRET);
  const deadline = performance.now() + 150_000;
  const notices = () => hooks.filter((hook) => hook.response_type === 'ephemeral').length;
  while (uploads + notices() < SHARES && performance.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100));
  const others = await probe.stop();
  const slowest = Math.max(...others.map((other) => other.ms));
  console.log(
    `${SHARES} shares: ${uploads} charts uploaded, ${notices()} told the chart could not be drawn; ` +
      `${others.length} commands from another person meanwhile, slowest ${slowest.toFixed(0)} ms`,
  );
  expect(others.length).toBeGreaterThan(0);
  expect(others.map((other) => other.status)).toEqual(Array(others.length).fill(200));
  expect(slowest).toBeLessThan(1_000);
  // Every share posts its answer, then either its chart or a reply that it could not be drawn.
  expect(hooks.filter((hook) => hook.response_type === 'in_channel')).toHaveLength(SHARES);
  expect(uploads + notices()).toBe(SHARES);
  expect(uploads).toBeGreaterThan(0);
}, 240_000);
