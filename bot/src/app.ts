/**
 * Builds the Bolt App, so tests and the entry point can choose how requests
 * arrive: an injected receiver (tests), Socket Mode (an xapp- token), or HTTP
 * with signature checks and replay protection (production).
 *
 * Starting never calls Slack: botId/botUserId are given and token verification
 * is off, so there is no auth.test. Answering a command needs no Web API call
 * beyond users.info, once per person, for the Slack language when the command
 * does not say it (listeners/commands/locale.ts).
 */

import type { webApi } from '@slack/bolt';
import { App, type Logger, type LogLevel, type Receiver } from '@slack/bolt';

type WebClientOptions = webApi.WebClientOptions;

import type { Workspace } from './answer/compute.js';
import { ReplayGuardedReceiver } from './http/receiver.js';
import type { ReplayStore } from './http/replay-store.js';
import { registerListeners } from './listeners/index.js';
import { describeError } from './listeners/log.js';
import { consoleLogger } from './logger.js';

export interface CreateAppOptions {
  receiver?: Receiver;
  token?: string;
  signingSecret?: string;
  appToken?: string;
  socketMode?: boolean;
  logger?: Logger;
  logLevel?: LogLevel;
  clientOptions?: WebClientOptions;
  /** HTTP mode: answer only after the listener finished (needed on FaaS and in tests). */
  processBeforeResponse?: boolean;
  /** HTTP mode: where verified requests are remembered (default in memory; Redis for replicas). */
  seen?: ReplayStore;
  /** HTTP mode: a lower connection cap (tests). */
  maxConnections?: number;
  /** HTTP mode: the interval of the rejected-request log line. */
  rejectionLogIntervalMs?: number;
  botId?: string;
  botUserId?: string;
  /** What the workspace set (DISTILPLAN_RATES), given to every answer. */
  workspace?: Workspace;
}

export interface CreatedApp {
  app: App;
  /** The HTTP receiver when this function built one. */
  receiver?: ReplayGuardedReceiver;
}

/** Placeholders: commands and actions never need the real ids, and giving them skips auth.test. */
const BOT_ID = 'B0DISTILPLAN';
const BOT_USER_ID = 'U0DISTILPLAN';

export function createApp(options: CreateAppOptions): CreatedApp {
  const logger = options.logger ?? consoleLogger(options.logLevel);
  const identity = {
    botId: options.botId ?? BOT_ID,
    botUserId: options.botUserId ?? BOT_USER_ID,
    tokenVerificationEnabled: false,
  };
  // No bot token (local mode, some tests): authorise every request as this bot, without any token.
  const auth = options.token
    ? { token: options.token, ...identity }
    : {
        authorize: async () => ({ botId: identity.botId, botUserId: identity.botUserId }),
        tokenVerificationEnabled: false,
      };
  const common = { ...auth, logger, logLevel: options.logLevel, clientOptions: options.clientOptions };
  let receiver: ReplayGuardedReceiver | undefined;
  let app: App;
  if (options.receiver) {
    app = new App({ ...common, receiver: options.receiver });
  } else if (options.socketMode) {
    if (!options.appToken) throw new Error('Socket Mode needs an app-level token (xapp-…)');
    app = new App({ ...common, socketMode: true, appToken: options.appToken });
  } else {
    if (!options.signingSecret) throw new Error('HTTP mode needs a signing secret');
    receiver = new ReplayGuardedReceiver({
      signingSecret: options.signingSecret,
      endpoints: '/slack/events',
      processBeforeResponse: options.processBeforeResponse ?? false,
      logger,
      logLevel: options.logLevel,
      seen: options.seen,
      maxConnections: options.maxConnections,
      rejectionLogIntervalMs: options.rejectionLogIntervalMs,
    });
    app = new App({ ...common, receiver });
  }
  registerListeners(app, options.workspace);
  app.error(async (error) => {
    // Bolt wraps listener errors; log the cause's name and message only, never the event body.
    app.logger.error(`Unhandled error: ${describeError(error.original ?? error)}`);
  });
  return { app, receiver };
}
