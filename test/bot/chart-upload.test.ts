/**
 * Post to channel with a decide answer: the text goes to the response_url,
 * then the chart is uploaded with files.uploadV2 through a real WebClient
 * against nock'd Slack — getUploadURLExternal, the upload itself, and
 * completeUploadExternal, each with its exact form fields. A bot outside the
 * channel still posts the text and tells the presser how to invite it.
 */
import { type AllMiddlewareArgs, type BlockButtonAction, type SlackActionMiddlewareArgs, webApi } from '@slack/bolt';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { answer } from '../../bot/src/answer/answer.js';
import { CHART_FILENAME, SHARE_LIMITS } from '../../bot/src/listeners/actions/chart-upload.js';
import { postToChannel } from '../../bot/src/listeners/actions/post-to-channel.js';
import { CHART_COLOURS, describeChart } from '../../core/index.js';
import { CATALOGUES, chartWords } from '../../messages/index.js';
import { countColour, decodePng } from '../helpers/png.js';
import { buttonOf } from '../helpers/slackBlocks.js';
import { fakeLogger } from '../helpers/slackFakes.js';

type ActionArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

const RESPONSE_URL = 'https://hooks.slack.com/actions/T/2/y';
const UPLOAD_URL = 'https://files.slack.com/upload/v1/ABC123';
const CHANNEL = 'C0PLAN';
const COMMAND = 'decide student=1B budget=1e21 teacher=3B teacher-loss=2.1';

function actionArgs(text: string, channel: string | undefined = CHANNEL) {
  const value = buttonOf(answer(text).blocks)!.value;
  const logger = fakeLogger();
  const client = new webApi.WebClient('xoxb-test-token', { retryConfig: { retries: 0 }, logger });
  const action = { type: 'button', action_id: 'distil_post_to_channel', block_id: 'b', value, action_ts: '1' };
  const body = {
    type: 'block_actions',
    user: { id: 'U0ALICE' },
    channel: channel ? { id: channel, name: 'planning' } : undefined,
    actions: [action],
    response_url: RESPONSE_URL,
  };
  const args = {
    action,
    body,
    payload: action,
    ack: vi.fn(async () => {}),
    client,
    logger,
    context: {},
    next: vi.fn(),
  };
  return { args: args as unknown as ActionArgs, logger };
}

/** A form body as the WebClient sends it (x-www-form-urlencoded), whichever way nock hands it over. */
function form(body: unknown): Record<string, string> {
  if (typeof body === 'string') return Object.fromEntries(new URLSearchParams(body));
  return body as Record<string, string>;
}

/** The one file part of a multipart/form-data body (the WebClient posts the bytes that way). */
function multipartFile(body: Buffer): Buffer {
  const boundary = body.subarray(0, body.indexOf('\r\n'));
  const start = body.indexOf('\r\n\r\n') + 4;
  const end = body.indexOf(Buffer.concat([Buffer.from('\r\n'), boundary]), start);
  return body.subarray(start, end);
}

interface Captured {
  hook: Array<Record<string, unknown>>;
  getUrl?: Record<string, string>;
  uploaded?: Buffer;
  complete?: Record<string, string>;
}

/** The response_url taking `times` posts (the shared answer, then any notice), each kept in `captured.hook`. */
function responseUrl(captured: Captured, times: number): void {
  const url = new URL(RESPONSE_URL);
  nock(url.origin)
    .post(url.pathname, (body: Record<string, unknown>) => {
      captured.hook.push(body);
      return true;
    })
    .times(times)
    .reply(200, 'ok');
}

function slack(completion: object = { ok: true, files: [{ id: 'F0CHART' }] }): Captured {
  const captured: Captured = { hook: [] };
  responseUrl(captured, 2);
  nock('https://slack.com')
    .post('/api/files.getUploadURLExternal', (body: unknown) => {
      captured.getUrl = form(body);
      return true;
    })
    .matchHeader('authorization', 'Bearer xoxb-test-token')
    .reply(200, { ok: true, upload_url: UPLOAD_URL, file_id: 'F0CHART' })
    .post('/api/files.completeUploadExternal', (body: unknown) => {
      captured.complete = form(body);
      return true;
    })
    .reply(200, completion);
  nock('https://files.slack.com')
    .post('/upload/v1/ABC123', (body: unknown) => {
      captured.uploaded = multipartFile(Buffer.from(body as string, 'hex'));
      return true;
    })
    .reply(200, 'OK - 1234');
  return captured;
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  vi.restoreAllMocks();
  nock.cleanAll();
});
afterAll(() => nock.enableNetConnect());

describe('Post to channel uploads the chart', () => {
  it('posts the text, then uploads the PNG with the verdict as alt text', async () => {
    const { args, logger } = actionArgs(COMMAND);
    const captured = slack();
    await postToChannel(args);
    expect(logger.error).not.toHaveBeenCalled();
    expect(captured.hook).toHaveLength(1);
    expect(captured.hook[0]!.response_type).toBe('in_channel');
    const chart = describeChart(
      { studentParams: 1e9, compute: 1e21, teacher: { kind: 'loss', teacherLoss: 2.1, teacherParams: 3e9 } },
      { lang: 'en', words: chartWords('en') },
    );
    expect(captured.getUrl).toEqual({
      filename: CHART_FILENAME,
      length: String(captured.uploaded!.length),
      alt_text: chart.alt.text,
    });
    expect(chart.alt.text).toContain('train directly');
    expect(captured.complete).toEqual({
      files: JSON.stringify([{ id: 'F0CHART', title: chart.title.text }]),
      channel_id: CHANNEL,
    });
    const image = decodePng(captured.uploaded!);
    expect([image.width, image.height]).toEqual([800, 450]);
    expect(countColour(image, CHART_COLOURS.distilled)).toBeGreaterThan(300);
    expect(countColour(image, CHART_COLOURS.direct)).toBeGreaterThan(300);
  }, 120_000);

  it('says the verdict in Japanese for a Japanese answer', async () => {
    const { args } = actionArgs(`${COMMAND} lang=ja`);
    const captured = slack();
    await postToChannel(args);
    expect(captured.getUrl!.alt_text).toMatch(
      /^予算に対する予測損失のグラフ（1B のモデル）：1.00e21 FLOP では直接学習する/,
    );
    expect(JSON.parse(captured.complete!.files!)[0].title).toMatch(/^蒸留か直接学習か/);
  }, 120_000);

  it('still posts the text when the bot is not in the channel, and says how to invite it', async () => {
    const { args, logger } = actionArgs(COMMAND);
    const captured = slack({ ok: false, error: 'not_in_channel' });
    await postToChannel(args);
    expect(captured.hook).toHaveLength(2);
    expect(captured.hook[0]!.response_type).toBe('in_channel');
    expect(captured.hook[1]).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(captured.hook[1]!.text)).toContain('/invite @distilplan');
    expect(logger.error).not.toHaveBeenCalled();
  }, 120_000);

  it('asks for a reinstall when the app lacks files:write', async () => {
    const { args } = actionArgs(`${COMMAND} lang=ja`);
    const captured = slack({ ok: false, error: 'missing_scope', needed: 'files:write' });
    await postToChannel(args);
    expect(captured.hook).toHaveLength(2);
    expect(String(captured.hook[1]!.text)).toContain('再インストール');
  }, 120_000);

  it('uploads nothing for answers without a chart', async () => {
    const { args } = actionArgs('plan student=1B budget=1e21');
    const captured = slack();
    await postToChannel(args);
    expect(captured.hook).toHaveLength(1);
    expect(captured.getUrl).toBeUndefined();
  });
});

describe('when the chart does not follow, the presser is told', () => {
  it('an upload Slack does not take in time: the text is posted, then a reply says so', async () => {
    const { args, logger } = actionArgs(COMMAND);
    const before = SHARE_LIMITS.uploadTimeoutMs;
    SHARE_LIMITS.uploadTimeoutMs = 300;
    try {
      const captured: Captured = { hook: [] };
      responseUrl(captured, 2);
      nock('https://slack.com').post('/api/files.getUploadURLExternal').delay(3_000).reply(200, { ok: false });
      await postToChannel(args);
      expect(captured.hook).toHaveLength(2);
      expect(captured.hook[0]!.response_type).toBe('in_channel');
      expect(captured.hook[1]).toMatchObject({ response_type: 'ephemeral', replace_original: false });
      expect(String(captured.hook[1]!.text)).toBe(CATALOGUES.en.answer.chart['not-uploaded']);
      expect(String(logger.error.mock.calls[0]?.[0])).toContain('UploadTimeout');
    } finally {
      SHARE_LIMITS.uploadTimeoutMs = before;
    }
  }, 120_000);

  it('a workspace with its line of charts full gets "busy" at once', async () => {
    const before = { ...SHARE_LIMITS };
    SHARE_LIMITS.inFlight = 1;
    SHARE_LIMITS.waiting = 0;
    try {
      const first = actionArgs(COMMAND);
      const second = actionArgs(COMMAND);
      const captured = slack();
      responseUrl(captured, 1);
      await Promise.all([postToChannel(first.args), postToChannel(second.args)]);
      expect(captured.uploaded).toBeDefined();
      expect(captured.hook.map((hook) => hook.response_type)).toEqual(['in_channel', 'in_channel', 'ephemeral']);
      expect(captured.hook[2]!.text).toBe(CATALOGUES.en.answer.chart.busy);
    } finally {
      Object.assign(SHARE_LIMITS, before);
    }
  }, 120_000);
});
