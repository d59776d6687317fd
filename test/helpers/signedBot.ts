/**
 * The bot as Slack reaches it: Bolt's App with the production receiver, listening on 127.0.0.1 (a free port),
 * answering requests signed with `secret`. Only Slack's own hosts may be mocked: the network is closed to
 * everything but loopback until the test file re-opens it.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App, Logger } from '@slack/bolt';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { createApp } from '../../bot/src/app.js';
import type { Message } from '../../bot/src/blocks/kit.js';
import { SeenSignatures } from '../../bot/src/http/seen-signatures.js';
import { fakeLogger } from './slackFakes.js';
import { commandForm, type Posted, postSigned } from './slackSign.js';

export interface SignedBot {
  app: App;
  /** The events URL, `http://127.0.0.1:PORT/slack/events`. */
  url: string;
}

export async function startSignedBot(
  secret: string,
  options: { logger?: Logger; seen?: SeenSignatures } = {},
): Promise<SignedBot> {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  const { app } = createApp({
    signingSecret: secret,
    token: 'xoxb-test-token',
    processBeforeResponse: true,
    logger: options.logger ?? fakeLogger(),
    seen: options.seen ?? new SeenSignatures(),
    clientOptions: { retryConfig: { retries: 0 } },
  });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  return { app, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events` };
}

/** The secret the signed bot of useSignedBot answers to. */
export const SIGNING_SECRET = 'test-signing-secret-not-real';

export interface SignedBotInFile {
  /** Posts a form (commandForm, buttonForm) signed with SIGNING_SECRET; for use inside a test. */
  post(body: string): Promise<Posted>;
  /** Types a slash command and returns the answer Slack gets, which must come with a 200. */
  ask(text: string, overrides?: Record<string, string>): Promise<Message>;
}

/**
 * One signed bot for a whole test file: started before its tests, stopped after them (the network re-opened), and
 * Slack's mocked hosts cleared after each test so one test's mocks never answer another's.
 */
export function useSignedBot(): SignedBotInFile {
  let bot: SignedBot | undefined;
  beforeAll(async () => {
    bot = await startSignedBot(SIGNING_SECRET);
  });
  afterEach(() => {
    nock.cleanAll();
  });
  afterAll(async () => {
    await bot?.app.stop();
    nock.enableNetConnect();
  });
  const post = (body: string): Promise<Posted> => postSigned(bot!.url, SIGNING_SECRET, body);
  return {
    post,
    async ask(text, overrides = {}) {
      const reply = await post(commandForm(text, overrides));
      expect(reply.status).toBe(200);
      return reply.json as Message;
    },
  };
}
