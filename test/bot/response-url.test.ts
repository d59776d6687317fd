/**
 * Post to channel posts only to Slack's https://hooks.slack.com/ response URLs,
 * follows no redirect and gives up after a timeout. Over real HTTP on
 * 127.0.0.1: the button goes through Bolt and the production receiver; a local
 * server stands in for what an attacker would want reached, and counts hits.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../bot/src/answer/answer.js';
import { createApp } from '../../bot/src/app.js';
import { isSlackResponseUrl, postToResponseUrl } from '../../bot/src/listeners/actions/response-url.js';
import { buttonOf } from '../helpers/slackBlocks.js';
import { fakeLogger } from '../helpers/slackFakes.js';
import { buttonForm, postSigned } from '../helpers/slackSign.js';

const SECRET = 'test-signing-secret-not-real';
const logger = fakeLogger();
let app: App;
let url: string;
let target: Server;
let targetUrl: string;
let targetHits = 0;

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/);
  target = createServer((request, response) => {
    targetHits += 1;
    request.resume();
    response.end('ok');
  });
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
  targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
  ({ app } = createApp({ signingSecret: SECRET, processBeforeResponse: true, logger }));
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
});

afterEach(() => {
  nock.cleanAll();
  logger.warn.mockClear();
  logger.error.mockClear();
});

afterAll(async () => {
  await app.stop();
  await new Promise((resolve) => target.close(resolve));
  nock.enableNetConnect();
});

const button = (): { action_id: string; value: string } => buttonOf(answer('cost budget=1e22 gpu=h100').blocks)!;

describe('which response URLs are posted to', () => {
  it('only https://hooks.slack.com/ on the default port without credentials', () => {
    expect(isSlackResponseUrl('https://hooks.slack.com/actions/T0/1/x')).toBe(true);
    expect(isSlackResponseUrl('https://hooks.slack.com:443/commands/T0/1/x')).toBe(true);
    for (const bad of [
      'http://hooks.slack.com/actions/T0/1/x',
      'https://hooks.slack.com.evil.example/actions/T0/1/x',
      'https://evil.example/hooks.slack.com/',
      'https://user:pass@hooks.slack.com/actions/T0/1/x',
      'https://hooks.slack.com:8443/actions/T0/1/x',
      'https://127.0.0.1/actions',
      'file:///etc/passwd',
      'not a url',
      '',
      undefined,
      null,
      42,
      { href: 'https://hooks.slack.com/' },
    ]) {
      expect(isSlackResponseUrl(bad), String(bad)).toBe(false);
    }
  });

  it('a signed button naming 127.0.0.1 as its response_url: acked with 200, nothing sent there, a warning logged', async () => {
    const reply = await postSigned(url, SECRET, buttonForm(button().action_id, button().value, `${targetUrl}/steal`));
    expect(reply.status).toBe(200);
    expect(targetHits).toBe(0);
    expect(String(logger.warn.mock.calls.at(-1)?.[0])).toMatch(/not an https:\/\/hooks\.slack\.com\/ URL/);
    expect(JSON.stringify(logger.warn.mock.calls)).not.toContain(targetUrl);
  });

  it('a redirect from the hook is not followed (to 127.0.0.1 or anywhere), and is logged', async () => {
    for (const [i, location] of [`${targetUrl}/steal`, 'https://evil.example/steal'].entries()) {
      const elsewhere = nock('https://evil.example').post('/steal').reply(200, 'ok');
      const slack = nock('https://hooks.slack.com').post('/actions/T0TEST/2/xyz').reply(307, '', { location });
      // Another command each time: the same signed request twice would be a replay.
      const pressed = buttonOf(answer(`cost budget=1e2${i} gpu=h100`).blocks)!;
      const reply = await postSigned(url, SECRET, buttonForm(pressed.action_id, pressed.value));
      expect(reply.status).toBe(200);
      expect(slack.isDone()).toBe(true);
      expect(elsewhere.isDone()).toBe(false);
      expect(targetHits).toBe(0);
      expect(String(logger.warn.mock.calls.at(-1)?.[0])).toContain('HTTP 307');
    }
  });

  it('a hook that does not answer is given up after the timeout', async () => {
    nock('https://hooks.slack.com').post('/actions/T0TEST/2/xyz').delay(3000).reply(200, 'ok');
    const started = performance.now();
    const posted = await postToResponseUrl(
      'https://hooks.slack.com/actions/T0TEST/2/xyz',
      { text: 'hi' },
      { logger, timeoutMs: 200 },
    );
    expect(posted).toBe(false);
    expect(performance.now() - started).toBeLessThan(2500);
    expect(String(logger.error.mock.calls.at(-1)?.[0])).toMatch(/response_url post failed: .*(Timeout|abort)/i);
  });
});
