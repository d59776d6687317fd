/**
 * Builds the Bolt App, so tests and the entry point can choose how requests
 * arrive: an injected receiver (tests), Socket Mode (an xapp- token), or HTTP
 * with signature checks and replay protection (production).
 *
 * Who the bot is in each workspace: one bot token for a one-team setup
 * (SLACK_BOT_TOKEN), or OAuth (`oauth`): Bolt's InstallProvider serves
 * /slack/install and /slack/oauth_redirect, keeps each installation in the
 * installation store and authorises every request with the token of the
 * workspace (or Enterprise Grid org) it came from; a workspace with no
 * installation gets no answer. Listeners use Bolt's per-request `client`,
 * which carries that token and SLACK_API_URL.
 *
 * Starting never calls Slack: botId/botUserId are given and token verification
 * is off, so there is no auth.test. Answering a command needs no Web API call
 * beyond users.info, once per person, for the Slack language when the command
 * does not say it (listeners/commands/locale.ts).
 */

import { randomUUID } from 'node:crypto';
import type { webApi } from '@slack/bolt';
import { App, ErrorCode, type InstallationStore, type Logger, type LogLevel, type Receiver } from '@slack/bolt';

type WebClientOptions = webApi.WebClientOptions;

import type { LastQuestionStore } from './form/last.js';
import { healthRoutes, type Readiness } from './health.js';
import { ReplayGuardedReceiver } from './http/receiver.js';
import type { ReplayStore } from './http/replay-store.js';
import { NoInstallationError } from './install/redis-installation-store.js';
import { InFlight } from './lifecycle/in-flight.js';
import { registerInstallEvents } from './listeners/events/installs.js';
import { registerListeners } from './listeners/index.js';
import { describeError } from './listeners/log.js';
import { logRequest, requestKind, requestLog, workspaceOfBody } from './listeners/request-log.js';
import { type AppLogger, consoleLogger, fieldsText, forLibraries } from './logger.js';
import type { Workspace } from './results/compute.js';

/** OAuth distribution: Bolt's InstallProvider with our installation store. */
export interface OAuthOptions {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  installationStore: InstallationStore;
  /** The bot scopes asked at install (the manifest's). */
  scopes?: string[];
}

/** The bot scopes the manifests ask for. */
export const BOT_SCOPES = ['commands', 'files:write', 'users:read'];

/**
 * Web API defaults: Slack must be answered within 3 s and a button's post within seconds, so a call is
 * retried twice at most, quickly, rather than the client's default of ten times over half an hour.
 */
export const CLIENT_DEFAULTS: WebClientOptions = {
  timeout: 10_000,
  retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 1_000 },
};

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
  /** HTTP mode: install through OAuth instead of one bot token. */
  oauth?: OAuthOptions;
  /** HTTP mode: serve GET /health and GET /ready with these checks. */
  readiness?: Readiness;
  /** Where each person's last question is kept for the form (default this process's memory; Redis for replicas). */
  lastQuestions?: LastQuestionStore;
}

export interface CreatedApp {
  app: App;
  /** The HTTP receiver when this function built one. */
  receiver?: ReplayGuardedReceiver;
  /** Listener runs in progress (shutdown waits for them). */
  inFlight: InFlight;
}

/** Placeholders: commands and actions never need the real ids, and giving them skips auth.test. */
const BOT_ID = 'B0DISTILPLAN';
const BOT_USER_ID = 'U0DISTILPLAN';

export function createApp(options: CreateAppOptions): CreatedApp {
  const logger: AppLogger = asAppLogger(options.logger ?? consoleLogger(options.logLevel));
  const boltLogger = forLibraries(logger);
  const identity = {
    botId: options.botId ?? BOT_ID,
    botUserId: options.botUserId ?? BOT_USER_ID,
    tokenVerificationEnabled: false,
  };
  if (options.oauth && options.token) throw new Error('Give either one bot token or OAuth settings, not both');
  // No bot token and no OAuth (local mode, some tests): authorise every request as this bot, without any token.
  const auth = options.token
    ? { token: options.token, ...identity }
    : options.oauth
      ? {}
      : {
          authorize: async () => ({ botId: identity.botId, botUserId: identity.botUserId }),
          tokenVerificationEnabled: false,
        };
  const clientOptions = { ...CLIENT_DEFAULTS, ...options.clientOptions };
  const common = { ...auth, logger: boltLogger, logLevel: options.logLevel, clientOptions };
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
      logger: boltLogger,
      logLevel: options.logLevel,
      seen: options.seen,
      maxConnections: options.maxConnections,
      rejectionLogIntervalMs: options.rejectionLogIntervalMs,
      customRoutes: options.readiness ? healthRoutes(options.readiness) : [],
      ...(options.oauth ? oauthReceiverOptions(options.oauth, clientOptions) : {}),
    });
    if (receiver.installer) logUnauthorised(receiver.installer, logger);
    app = new App({ ...common, receiver });
  }
  const inFlight = new InFlight();
  app.use(requestLog(logger, inFlight));
  registerListeners(app, options.workspace, options.lastQuestions);
  if (options.oauth) registerInstallEvents(app, options.oauth.installationStore);
  app.error(async (error) => {
    // A workspace with no installation: its request line already says so (logUnauthorised).
    if (error.code === ErrorCode.AuthorizationError) return;
    // Bolt wraps listener errors; log the cause's name and message only, never the event body.
    app.logger.error(`Unhandled error: ${describeError(error.original ?? error)}`);
  });
  return { app, receiver, inFlight };
}

function oauthReceiverOptions(oauth: OAuthOptions, clientOptions: WebClientOptions) {
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    installationStore: oauth.installationStore,
    scopes: oauth.scopes ?? BOT_SCOPES,
    // oauth.v2.access and auth.test at install go through SLACK_API_URL too.
    installerOptions: { clientOptions, directInstall: false },
  };
}

/**
 * A request from a workspace with no installation: Bolt's authorize fails, Bolt acknowledges it without
 * calling any listener (no answer), and the request line says why.
 */
function logUnauthorised(installer: NonNullable<ReplayGuardedReceiver['installer']>, logger: AppLogger): void {
  const authorize = installer.authorize;
  // Bolt calls authorize(source, body); the installer reads only the source.
  installer.authorize = async (source: Parameters<typeof authorize>[0], body?: unknown) => {
    const startedMs = performance.now();
    try {
      return await authorize(source);
    } catch (error) {
      // No key for the workspace, or the store could not be read (Redis down): either way no answer.
      const cause = (error as { original?: unknown }).original ?? error;
      const missing = cause instanceof NoInstallationError;
      if (!missing) logger.error(`Installation lookup failed: ${describeError(cause)}`);
      logRequest(logger, {
        requestId: randomUUID(),
        kind: requestKind(body),
        ...workspaceOfBody(body),
        startedMs,
        outcome: missing ? 'no-installation' : 'failed',
      });
      throw error;
    }
  };
}

/** Tests pass Bolt-shaped loggers; the request line then goes to info/warn as text. */
function asAppLogger(logger: Logger): AppLogger {
  if ('record' in logger && typeof logger.record === 'function') return logger as AppLogger;
  return Object.assign(Object.create(logger) as Logger, {
    record: (level: LogLevel, message: string, fields: Readonly<Record<string, unknown>>) => {
      (level === 'info' ? logger.info : level === 'debug' ? logger.debug : logger.warn)(
        `${message} ${fieldsText(fields)}`,
      );
    },
  });
}
