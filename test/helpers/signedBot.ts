/**
 * The bot as Slack reaches it: Bolt's App with the production receiver, listening on 127.0.0.1 (a free port),
 * answering requests signed with `secret`. Only Slack's own hosts may be mocked: the network is closed to
 * everything but loopback until the test file re-opens it.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App, Logger } from '@slack/bolt';
import nock from 'nock';
import { createApp } from '../../bot/src/app.js';
import { SeenSignatures } from '../../bot/src/http/seen-signatures.js';
import { fakeLogger } from './slackFakes.js';

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
