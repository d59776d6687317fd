/**
 * The question form over signed HTTP, with Slack's Web API faked on 127.0.0.1 (SLACK_API_URL's job, given
 * as the client's slackApiUrl): /distil alone opens the modal (views.open with the trigger id), a submitted
 * form brings the same answer as the slash command (chat.postEphemeral in that channel), the shortcut's form
 * answers as a direct message, and the App Home tab is published with three examples in the person's language.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answer } from '../../bot/src/answer/answer.js';
import { createApp } from '../../bot/src/app.js';
import { SeenSignatures } from '../../bot/src/http/seen-signatures.js';
import { FORM_CALLBACK, FORM_SHORTCUT } from '../../bot/src/ids.js';
import { EXAMPLE_QUESTIONS } from '../../messages/index.js';
import { fakeLogger } from '../helpers/slackFakes.js';
import { commandForm, slackSign } from '../helpers/slackSign.js';

const SECRET = 'form-secret';

interface Call {
  method: string;
  args: Record<string, unknown>;
}

let api: Server;
let calls: Call[] = [];
let bot: Server;
let url = '';

function bodyOf(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on('end', () => resolve(body));
  });
}

/** Slack's Web API as the WebClient calls it: form- or JSON-encoded arguments, {ok: true} back. */
async function startFakeApi(): Promise<string> {
  api = createServer(async (request, response) => {
    const method = (request.url ?? '').replace(/^\/api\//, '').replace(/\?.*$/, '');
    const body = await bodyOf(request);
    const args: Record<string, unknown> = body.startsWith('{')
      ? (JSON.parse(body) as Record<string, unknown>)
      : Object.fromEntries(
          [...new URLSearchParams(body)].map(([key, value]) => {
            try {
              return [key, JSON.parse(value) as unknown];
            } catch {
              return [key, value];
            }
          }),
        );
    calls.push({ method, args });
    response.setHeader('content-type', 'application/json');
    const extra = method === 'users.info' ? { user: { id: args.user, locale: 'ja-JP' } } : {};
    response.end(JSON.stringify({ ok: true, ...extra }));
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(api.address() as AddressInfo).port}/api/`;
}

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  const slackApiUrl = await startFakeApi();
  const { app } = createApp({
    signingSecret: SECRET,
    token: 'xoxb-test-token',
    processBeforeResponse: true,
    logger: fakeLogger(),
    seen: new SeenSignatures(),
    clientOptions: { slackApiUrl, retryConfig: { retries: 0 } },
  });
  bot = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  url = `http://127.0.0.1:${(bot.address() as AddressInfo).port}/slack/events`;
});

afterAll(async () => {
  await new Promise((resolve) => bot.close(resolve));
  await new Promise((resolve) => api.close(resolve));
  nock.enableNetConnect();
});

beforeEach(() => {
  calls = [];
});

async function post(body: string, contentType = 'application/x-www-form-urlencoded'): Promise<Response> {
  const headers = { ...slackSign(SECRET, body), 'content-type': contentType };
  return fetch(url, { method: 'POST', headers, body });
}

const payload = (value: object) => new URLSearchParams({ payload: JSON.stringify(value) }).toString();

function submission(metadata: string, values: Record<string, string>, lang = 'en'): string {
  const state: Record<string, Record<string, unknown>> = {};
  for (const [field, value] of Object.entries(values)) state[field] = { [field]: { type: 'plain_text_input', value } };
  state.lang = { lang: { type: 'static_select', selected_option: { value: lang } } };
  return payload({
    type: 'view_submission',
    team: { id: 'T0TEST', domain: 'test' },
    user: { id: 'U0ALICE', username: 'alice', team_id: 'T0TEST' },
    api_app_id: 'A0TEST',
    token: 'legacy',
    trigger_id: '4.5.6',
    view: {
      id: 'V0FORM',
      type: 'modal',
      callback_id: FORM_CALLBACK,
      private_metadata: metadata,
      state: { values: state },
    },
  });
}

function find(method: string): Call {
  const call = calls.find((each) => each.method === method);
  expect(call, `${method} in ${calls.map((each) => each.method).join(', ')}`).toBeDefined();
  return call!;
}

describe('the question form over signed HTTP', () => {
  it('/distil with no text opens the form with the trigger id, pre-filled from the last question', async () => {
    // A question first, so the form remembers it.
    expect((await post(commandForm('1B model, $20k budget, no teacher'))).status).toBe(200);
    calls = [];
    const response = await post(commandForm(''));
    expect(response.status).toBe(200);
    const open = find('views.open');
    expect(open.args.trigger_id).toBe('1.2.3');
    const view = open.args.view as {
      callback_id: string;
      private_metadata: string;
      blocks: { block_id: string; element: { initial_value?: string } }[];
    };
    expect(view.callback_id).toBe(FORM_CALLBACK);
    expect(JSON.parse(view.private_metadata)).toEqual({ channel: 'C0TEST', lang: 'en' });
    const initial = Object.fromEntries(view.blocks.map((block) => [block.block_id, block.element.initial_value]));
    expect(initial).toMatchObject({ student: '1B', budget: '$20k', teacher: 'none' });
  });

  it('a submitted form brings the slash command’s answer as an ephemeral message in that channel', async () => {
    const values = { student: '10億', budget: '$20k', teacher: 'なし', gpus: '64' };
    const response = await post(submission(JSON.stringify({ channel: 'C0TEST', lang: 'ja' }), values, 'ja'));
    expect(response.status).toBe(200);
    const posted = find('chat.postEphemeral');
    expect(posted.args.channel).toBe('C0TEST');
    expect(posted.args.user).toBe('U0ALICE');
    const same = answer('student=10億 budget=$20k teacher=なし gpus=64 lang=ja');
    expect(posted.args.text).toBe(same.text);
    expect(JSON.stringify(posted.args.blocks)).toContain(
      '10億 のモデル、予算 $20k、教師なし（教師も学習）、GPU 64 台 として判定しました',
    );
  });

  it('the shortcut opens the form and its answer comes as a direct message', async () => {
    const shortcut = payload({
      type: 'shortcut',
      callback_id: FORM_SHORTCUT,
      trigger_id: '7.8.9',
      team: { id: 'T0TEST', domain: 'test' },
      user: { id: 'U0ALICE', username: 'alice', team_id: 'T0TEST' },
      api_app_id: 'A0TEST',
      token: 'legacy',
    });
    expect((await post(shortcut)).status).toBe(200);
    expect(find('views.open').args.trigger_id).toBe('7.8.9');
    calls = [];
    const values = { student: '3B', budget: '$500', teacher: 'Llama-3.1-8B' };
    expect((await post(submission(JSON.stringify({ lang: 'en' }), values))).status).toBe(200);
    const posted = find('chat.postMessage');
    expect(posted.args.channel).toBe('U0ALICE');
    expect(String(posted.args.text)).toMatch(/^Distil/);
    expect(JSON.stringify(posted.args.blocks)).toContain(
      'Read as: 3B student, $500 budget, existing teacher Llama-3.1-8B',
    );
  });

  it('a form with a value it cannot read names it and keeps every other value', async () => {
    const values = { student: '1B', budget: 'lots of money' };
    await post(submission(JSON.stringify({ channel: 'C0TEST', lang: 'en' }), values));
    const text = String(find('chat.postEphemeral').args.text);
    expect(text).toContain('"lots" is not a budget');
    expect(text).toContain('student=1B');
  });

  it('the App Home tab shows three example questions in the person’s language', async () => {
    const event = JSON.stringify({
      token: 'legacy',
      team_id: 'T0TEST',
      api_app_id: 'A0TEST',
      type: 'event_callback',
      event_id: 'Ev0HOME',
      event_time: Math.floor(Date.now() / 1000),
      event: { type: 'app_home_opened', user: 'U0ALICE', channel: 'D0HOME', tab: 'home', event_ts: '1.0' },
    });
    expect((await post(event, 'application/json')).status).toBe(200);
    const published = find('views.publish');
    expect(published.args.user_id).toBe('U0ALICE');
    const shown = JSON.stringify(published.args.view);
    for (const example of EXAMPLE_QUESTIONS.ja) expect(shown).toContain(example.question);
    expect(shown).toContain('為替レートが設定されていません');
    expect(shown).toContain('busbridge2025');
  });
});
