/**
 * Routing through the real App with a fake receiver (no HTTP): the command
 * and the button reach their listeners, and nothing calls Slack's Web API
 * (no auth.test) — every outbound connection is refused here.
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../bot/src/answer/answer.js';
import { createApp } from '../../bot/src/app.js';
import { POST_TO_CHANNEL_ACTION } from '../../bot/src/ids.js';
import { buttonOf } from '../helpers/slackBlocks.js';
import { commandBody, FakeReceiver, fakeLogger } from '../helpers/slackFakes.js';

beforeAll(() => {
  nock.disableNetConnect();
});

afterEach(() => {
  expect(nock.pendingMocks()).toEqual([]);
  nock.cleanAll();
});

afterAll(() => {
  nock.enableNetConnect();
});

function appWith(token?: string) {
  const receiver = new FakeReceiver();
  const logger = fakeLogger();
  createApp({ receiver, token, logger, clientOptions: { retryConfig: { retries: 0 } } });
  return { receiver, logger };
}

describe('routing through the App', () => {
  it('routes /distil to its listener, with a bot token and without calling auth.test', async () => {
    const { receiver, logger } = appWith('xoxb-test-token');
    const acked = await receiver.send(commandBody('decide student=1B budget=1e21 teacher=7B@2T'));
    expect(acked).toEqual(answer('decide student=1B budget=1e21 teacher=7B@2T'));
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('routes /distil without any token (local mode authorises requests itself)', async () => {
    const { receiver } = appWith();
    const acked = (await receiver.send(commandBody('help lang=ja'))) as ReturnType<typeof answer>;
    expect(acked.text).toMatch(/^\/distil の使い方/);
  });

  it('routes the Post to channel button to its listener, which posts to the response_url', async () => {
    const { receiver } = appWith('xoxb-test-token');
    const value = buttonOf(answer('cost budget=1e22').blocks)!.value;
    const posted = nock('https://hooks.slack.com')
      .post(
        '/actions/T0TEST/9/zzz',
        (body: { response_type?: string; text?: string }) =>
          body.response_type === 'in_channel' && body.text === answer('cost budget=1e22').text,
      )
      .reply(200, 'ok');
    await receiver.send({
      type: 'block_actions',
      team: { id: 'T0TEST' },
      user: { id: 'U0ALICE' },
      channel: { id: 'C0TEST' },
      response_url: 'https://hooks.slack.com/actions/T0TEST/9/zzz',
      actions: [{ type: 'button', action_id: POST_TO_CHANNEL_ACTION, block_id: 'b', value, action_ts: '1' }],
    });
    expect(posted.isDone()).toBe(true);
  });

  it('sends other commands nowhere (they are not ours)', async () => {
    const { receiver } = appWith('xoxb-test-token');
    const body = { ...commandBody('anything'), command: '/other' };
    await expect(receiver.send(body)).resolves.toBeUndefined();
  });

  it('builds a Socket Mode app from an app token without connecting or calling the Web API', () => {
    const { app, receiver } = createApp({
      socketMode: true,
      appToken: 'xapp-1-test',
      token: 'xoxb-test-token',
      logger: fakeLogger(),
    });
    expect(receiver).toBeUndefined();
    expect((app as unknown as { receiver: object }).receiver.constructor.name).toBe('SocketModeReceiver');
    expect(() => createApp({ socketMode: true, logger: fakeLogger() })).toThrow(/xapp-/);
  });

  it('points the Web API client at SLACK_API_URL through clientOptions', () => {
    const { app } = createApp({
      signingSecret: 's',
      token: 'xoxb-test-token',
      logger: fakeLogger(),
      clientOptions: { slackApiUrl: 'http://127.0.0.1:9/api/' },
    });
    expect(app.client.slackApiUrl).toBe('http://127.0.0.1:9/api/');
  });
});
