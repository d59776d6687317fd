/**
 * Listener unit tests (starter-template style): the exported callbacks called
 * with fake ack, respond and logger. Post to channel posts to the response_url
 * itself (not through respond), so its posts are caught by nock on Slack's host.
 */
import type {
  AllMiddlewareArgs,
  BlockButtonAction,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
} from '@slack/bolt';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as answerModule from '../../bot/src/answer/answer.js';
import { answer } from '../../bot/src/answer/answer.js';
import { postToChannel } from '../../bot/src/listeners/actions/post-to-channel.js';
import { distilCommand } from '../../bot/src/listeners/commands/distil.js';
import { buttonOf, headerOf } from '../helpers/slackBlocks.js';
import { commandBody, fakeLogger } from '../helpers/slackFakes.js';

type CommandArgs = AllMiddlewareArgs & SlackCommandMiddlewareArgs;
type ActionArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

function commandArgs(text: string) {
  const ack = vi.fn(async (_message?: unknown) => {});
  const respond = vi.fn(async () => new Response());
  const logger = fakeLogger();
  const body = commandBody(text);
  return {
    args: {
      command: body,
      body,
      payload: body,
      ack,
      respond,
      logger,
      say: vi.fn(),
      client: {},
      context: {},
      next: vi.fn(),
    } as unknown as CommandArgs,
    ack,
    respond,
    logger,
  };
}

const RESPONSE_URL = 'https://hooks.slack.com/actions/T/1/x';

function actionArgs(value: string | undefined, respond = vi.fn(async (_message: unknown) => new Response())) {
  const ack = vi.fn(async () => {});
  const logger = fakeLogger();
  const action = {
    type: 'button',
    action_id: 'distil_post_to_channel',
    block_id: 'b',
    value,
    text: { type: 'plain_text', text: 'Post to channel' },
    action_ts: '1',
  };
  const body = {
    type: 'block_actions',
    user: { id: 'U0ALICE' },
    actions: [action],
    response_url: RESPONSE_URL,
  };
  return {
    args: {
      action,
      body,
      payload: action,
      ack,
      respond,
      logger,
      say: vi.fn(),
      client: {},
      context: {},
      next: vi.fn(),
    } as unknown as ActionArgs,
    ack,
    respond,
    logger,
  };
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  vi.restoreAllMocks();
  nock.cleanAll();
});
afterAll(() => nock.enableNetConnect());

/** Catches the one post Slack's hook receives. */
function hook(status = 200): { scope: nock.Scope; posted: () => Record<string, unknown> | undefined } {
  let posted: Record<string, unknown> | undefined;
  const scope = nock('https://hooks.slack.com')
    .post('/actions/T/1/x', (body: Record<string, unknown>) => {
      posted = body;
      return true;
    })
    .reply(status, status === 200 ? 'ok' : 'expired_url');
  return { scope, posted: () => posted };
}

describe('/distil listener', () => {
  it('acks once with the whole answer, ephemeral, and posts nothing else', async () => {
    const { args, ack, respond } = commandArgs('decide student=1B budget=1e21 teacher=7B@2T');
    await distilCommand(args);
    expect(ack).toHaveBeenCalledTimes(1);
    expect(ack).toHaveBeenCalledWith(answer('decide student=1B budget=1e21 teacher=7B@2T'));
    const message = ack.mock.calls[0]![0] as unknown as ReturnType<typeof answer>;
    expect(message.response_type).toBe('ephemeral');
    expect(headerOf(message.blocks)).toBe('Train directly');
    expect(respond).not.toHaveBeenCalled();
  });

  it('acks bad input with the error message, logging nothing', async () => {
    const { args, ack, logger } = commandArgs('decide student=abc budget=1e21');
    await distilCommand(args);
    const message = ack.mock.calls[0]![0] as unknown as ReturnType<typeof answer>;
    expect(message.text).toMatch(/^student "abc" is not a number/);
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('answers politely and logs without secrets when something of ours fails', async () => {
    vi.spyOn(answerModule, 'answerWithResult').mockImplementation(() => {
      throw new TypeError('boom with xoxb-123-secret-token inside');
    });
    const { args, ack, logger } = commandArgs('decide student=1B budget=1e21 lang=ja');
    await distilCommand(args);
    const message = ack.mock.calls[0]![0] as unknown as ReturnType<typeof answer>;
    expect(message.text).toMatch(/^申し訳ありません/);
    expect(message.response_type).toBe('ephemeral');
    const logged = String(logger.error.mock.calls[0]![0]);
    expect(logged).toContain('TypeError: boom');
    expect(logged).not.toContain('xoxb-123');
    expect(JSON.stringify(message)).not.toContain('boom');
  });
});

describe('Post to channel listener', () => {
  it('acks, then posts the same answer in_channel with who shared it and no button', async () => {
    const original = answer('plan student=1B budget=1e21');
    const { args, ack, respond } = actionArgs(buttonOf(original.blocks)!.value);
    const slack = hook();
    await postToChannel(args);
    expect(ack).toHaveBeenCalledTimes(1);
    expect(slack.scope.isDone()).toBe(true);
    expect(respond).not.toHaveBeenCalled();
    const posted = slack.posted() as unknown as ReturnType<typeof answer> & { replace_original: boolean };
    expect(posted.response_type).toBe('in_channel');
    expect(posted.replace_original).toBe(false);
    expect(posted.text).toBe(original.text);
    expect(posted.blocks.slice(0, -1)).toEqual(original.blocks.slice(0, -1));
    expect(buttonOf(posted.blocks)).toBeUndefined();
    expect(JSON.stringify(posted.blocks.at(-1))).toContain('Shared by <@U0ALICE>');
  });

  it('logs an expired response_url instead of crashing', async () => {
    const { args, logger } = actionArgs(JSON.stringify({ text: 'help' }));
    const slack = hook(404);
    await expect(postToChannel(args)).resolves.toBeUndefined();
    expect(slack.scope.isDone()).toBe(true);
    expect(String(logger.warn.mock.calls[0]![0])).toContain('HTTP 404');
  });

  it('answers a button without command text with an apology, not a crash', async () => {
    const { args, logger } = actionArgs('not json');
    const slack = hook();
    await postToChannel(args);
    expect(slack.posted()?.response_type).toBe('ephemeral');
    expect(logger.warn).toHaveBeenCalled();
  });
});
