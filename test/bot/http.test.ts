import type { App } from '@slack/bolt';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../bot/src/answer/answer.js';
import { SeenSignatures } from '../../bot/src/http/seen-signatures.js';
import { POST_TO_CHANNEL_ACTION } from '../../bot/src/ids.js';
import { startSignedBot } from '../helpers/signedBot.js';
import { buttonOf, headerOf } from '../helpers/slackBlocks.js';
import { fakeLogger } from '../helpers/slackFakes.js';
import { buttonForm, commandForm, postSigned, slackSign } from '../helpers/slackSign.js';

const SECRET = 'test-signing-secret-not-real';
let app: App;
let url: string;
const logger = fakeLogger();
const seen = new SeenSignatures();

beforeAll(async () => {
  ({ app, url } = await startSignedBot(SECRET, { logger, seen }));
});

afterEach(() => {
  nock.cleanAll();
});

afterAll(async () => {
  await app.stop();
  nock.enableNetConnect();
});

const now = (): number => Math.floor(Date.now() / 1000);

describe('signed slash commands over HTTP', () => {
  it('answers a good request with 200 and the whole answer in the body', async () => {
    const reply = await postSigned(url, SECRET, commandForm('decide student=1B budget=$200k teacher=7B@2T'));
    expect(reply.status).toBe(200);
    const message = reply.json as ReturnType<typeof answer>;
    expect(message).toEqual(answer('decide student=1B budget=$200k teacher=7B@2T'));
    expect(headerOf(message.blocks)).toBe('Outside the evidence');
  });

  it('answers bad input with 200 and the error message (Slack shows it; a non-200 would show "failed")', async () => {
    const reply = await postSigned(url, SECRET, commandForm('plan student=1B budget=lots lang=ja'));
    expect(reply.status).toBe(200);
    expect((reply.json as { text: string }).text).toMatch(/^budget の「lots」は予算の形ではありません/);
  });

  it('rejects a bad signature with 401 and no body', async () => {
    const body = commandForm('help');
    const reply = await postSigned(url, 'some-other-secret', body);
    expect(reply.status).toBe(401);
    expect(reply.body).toBe('');
  });

  it('rejects a tampered body (signature of another body) with 401', async () => {
    const headers = slackSign(SECRET, commandForm('help'));
    const response = await fetch(url, { method: 'POST', headers, body: commandForm('help lang=ja') });
    expect(response.status).toBe(401);
  });

  it('rejects a correctly signed request whose timestamp is more than 5 minutes old', async () => {
    const reply = await postSigned(url, SECRET, commandForm('help'), now() - 6 * 60);
    expect(reply.status).toBe(401);
  });

  it('rejects a correctly signed request whose timestamp is more than 5 minutes ahead', async () => {
    const reply = await postSigned(url, SECRET, commandForm('help'), now() + 10 * 60);
    expect(reply.status).toBe(401);
    expect(String(logger.warn.mock.calls.at(-1)?.[0])).toContain('in the future');
  });

  it('rejects a replayed request: the same body, timestamp and signature a second time', async () => {
    const body = commandForm('cost budget=1e22');
    const timestamp = now();
    const first = await postSigned(url, SECRET, body, timestamp);
    const second = await postSigned(url, SECRET, body, timestamp);
    expect(first.status).toBe(200);
    expect(second.status).toBe(401);
    expect(second.body).toBe('');
    const warning = String(logger.warn.mock.calls.at(-1)?.[0]);
    expect(warning).toContain('replayed');
    // The log names the reason only: no signature, no body.
    expect(warning).not.toMatch(/v0=|cost budget/);
  });

  it('does not take a new request in the same second for a replay', async () => {
    const timestamp = now();
    const a = await postSigned(url, SECRET, commandForm('help'), timestamp);
    const b = await postSigned(url, SECRET, commandForm('help lang=ja'), timestamp);
    expect([a.status, b.status]).toEqual([200, 200]);
  });

  it('only remembers verified requests, so forged ones cannot fill the replay cache', async () => {
    const before = seen.size;
    for (let i = 0; i < 5; i++) await postSigned(url, 'forger', commandForm(`help ${i}`));
    expect(seen.size).toBe(before);
  });
});

describe('Post to channel over HTTP', () => {
  it('acks the button with 200 and posts the same answer in_channel through the response_url', async () => {
    const original = answer('compare a: student=1B budget=$200k teacher=7B@2T | b: gpu=h200');
    const button = buttonOf(original.blocks)!;
    expect(button.action_id).toBe(POST_TO_CHANNEL_ACTION);
    let posted: { response_type?: string; text?: string; blocks?: unknown[] } | undefined;
    const hook = nock('https://hooks.slack.com')
      .post('/actions/T0TEST/2/xyz', (body) => {
        posted = body as typeof posted;
        return true;
      })
      .reply(200, 'ok');
    const reply = await postSigned(url, SECRET, buttonForm(button.action_id, button.value));
    expect(reply.status).toBe(200);
    expect(hook.isDone()).toBe(true);
    expect(posted?.response_type).toBe('in_channel');
    expect(posted?.text).toBe(original.text);
    expect(posted?.blocks?.slice(0, -1)).toEqual(original.blocks.slice(0, -1));
  });

  it('survives a response_url that refuses (expired), answering the button press with 200', async () => {
    const button = buttonOf(answer('help').blocks)!;
    const hook = nock('https://hooks.slack.com').post('/actions/T0TEST/2/xyz').reply(404, 'expired_url');
    const reply = await postSigned(url, SECRET, buttonForm(button.action_id, button.value));
    expect(reply.status).toBe(200);
    expect(hook.isDone()).toBe(true);
    expect(String(logger.warn.mock.calls.at(-1)?.[0])).toContain('HTTP 404');
  });
});
