/**
 * Which way to run, from the environment: Socket Mode with an app token, HTTP
 * with a signing secret, or local mode with neither. Pure, so it is tested
 * without touching process.env. Secrets are only ever passed on, never shown.
 */
type SlackMode =
  | {
      kind: 'socket';
      appToken: string;
      token?: string;
      /** Socket Mode serves /health and /ready on PORT. */
      port: number;
      clientOptions: ClientOptions;
      warnings: string[];
    }
  | {
      kind: 'http';
      signingSecret: string;
      token?: string;
      port: number;
      /** Shared replay store for replicas (REDIS_URL); absent: in memory, one process. */
      redisUrl?: string;
      /** OAuth distribution (SLACK_CLIENT_ID…): installations in Redis instead of one SLACK_BOT_TOKEN. */
      oauth?: OAuthSettings;
      clientOptions: ClientOptions;
      warnings: string[];
    }
  | { kind: 'local'; port: number; clientOptions: ClientOptions; warnings: string[] };

export type Mode = SlackMode & {
  /** DISTILPLAN_RATES, read once: a bad value stops start-up. */
  workspace: Workspace;
  log: LogSettings;
  /** SHUTDOWN_TIMEOUT_MS: how long SIGTERM waits for requests in flight, default 10 s. */
  shutdownTimeoutMs: number;
};

export interface OAuthSettings {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
}

export interface LogSettings {
  format: LogFormat;
  level: LogLevel;
}

export interface ClientOptions {
  slackApiUrl?: string;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

import { LogLevel } from '@slack/bolt';
import { isInputError, parseWorkspaceRates } from '../../core/index.js';
import { renderError } from '../../messages/index.js';
import { type LogFormat, parseLogLevel } from './logger.js';
import type { Workspace } from './results/compute.js';

const DEFAULT_PORT = 3000;
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;
const OAUTH_VARIABLES = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;

export function modeFromEnv(env: Env): Mode {
  return {
    ...slackMode(env),
    workspace: workspaceFromEnv(env),
    log: logFromEnv(env),
    shutdownTimeoutMs: shutdownTimeoutOf(env.SHUTDOWN_TIMEOUT_MS?.trim()),
  };
}

/** LOG_FORMAT (text, json) and LOG_LEVEL (debug, info, warn, error); a value outside these stops start-up. */
export function logFromEnv(env: Env): LogSettings {
  const formatText = env.LOG_FORMAT?.trim().toLowerCase() || 'text';
  if (formatText !== 'text' && formatText !== 'json')
    throw new ConfigError(`LOG_FORMAT must be text or json, not "${formatText.slice(0, 20)}"`);
  const levelText = env.LOG_LEVEL?.trim();
  const level = levelText ? parseLogLevel(levelText) : LogLevel.INFO;
  if (level === undefined)
    throw new ConfigError(`LOG_LEVEL must be debug, info, warn or error, not "${levelText!.slice(0, 20)}"`);
  return { format: formatText, level };
}

function shutdownTimeoutOf(text: string | undefined): number {
  if (!text) return DEFAULT_SHUTDOWN_TIMEOUT_MS;
  const ms = Number(text);
  if (!Number.isInteger(ms) || ms < 0 || ms > 600_000)
    throw new ConfigError(
      `SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds from 0 to 600000, not "${text.slice(0, 20)}"`,
    );
  return ms;
}

/**
 * DISTILPLAN_RATES (JPY=150@2026-11-01,EUR=0.92@2026-11-02): parsed by core; a bad value is a ConfigError naming
 * the variable, the entry and the accepted form, worded by messages/ as every other input error.
 */
export function workspaceFromEnv(env: Env): Workspace {
  const text = env.DISTILPLAN_RATES?.trim();
  if (!text) return {};
  try {
    return { rates: parseWorkspaceRates(text) };
  } catch (error) {
    if (isInputError(error)) throw new ConfigError(renderError(error, 'en', 'cli').full);
    throw error;
  }
}

function slackMode(env: Env): SlackMode {
  const value = (name: string): string | undefined => (env[name]?.trim() ? env[name]!.trim() : undefined);
  const clientOptions: ClientOptions = value('SLACK_API_URL')
    ? { slackApiUrl: withSlash(value('SLACK_API_URL')!) }
    : {};
  const token = value('SLACK_BOT_TOKEN');
  const appToken = value('SLACK_APP_TOKEN');
  const signingSecret = value('SLACK_SIGNING_SECRET');
  const port = portOf(value('PORT'));
  const warnings: string[] = [];
  if (token && !token.startsWith('xoxb-'))
    warnings.push('SLACK_BOT_TOKEN does not start with xoxb- (is it a bot token?)');
  const oauthGiven = OAUTH_VARIABLES.filter((name) => value(name) !== undefined);
  if (appToken) {
    if (!appToken.startsWith('xapp-'))
      throw new ConfigError('SLACK_APP_TOKEN must be an app-level token starting with xapp- (Socket Mode)');
    if (oauthGiven.length > 0)
      throw new ConfigError(
        'OAuth installs (SLACK_CLIENT_ID…) need HTTP mode (SLACK_SIGNING_SECRET and a public URL); Socket Mode uses SLACK_BOT_TOKEN',
      );
    return { kind: 'socket', appToken, token, port, clientOptions, warnings };
  }
  if (signingSecret) {
    const redisUrl = value('REDIS_URL');
    if (redisUrl !== undefined && !/^rediss?:\/\//.test(redisUrl))
      throw new ConfigError('REDIS_URL must start with redis:// or rediss://');
    const oauth = oauthOf(value, oauthGiven, token, redisUrl);
    if (!token && !oauth)
      warnings.push(
        "SLACK_BOT_TOKEN is not set: /distil still answers, but without the person's Slack language (users.info) or the shared chart (files.uploadV2)",
      );
    return {
      kind: 'http',
      signingSecret,
      token,
      port,
      clientOptions,
      warnings,
      ...(redisUrl ? { redisUrl } : {}),
      ...(oauth ? { oauth } : {}),
    };
  }
  if (token)
    throw new ConfigError(
      'SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET (HTTP mode) nor SLACK_APP_TOKEN (Socket Mode) is',
    );
  return { kind: 'local', port, clientOptions, warnings };
}

/** All three OAuth variables, REDIS_URL for the installations, and no single bot token; or none of them. */
function oauthOf(
  value: (name: string) => string | undefined,
  given: readonly string[],
  token: string | undefined,
  redisUrl: string | undefined,
): OAuthSettings | undefined {
  if (given.length === 0) return undefined;
  const missing = OAUTH_VARIABLES.filter((name) => !given.includes(name));
  if (missing.length > 0) throw new ConfigError(`OAuth installs need ${missing.join(' and ')} too (or none of them)`);
  if (token)
    throw new ConfigError('Set either SLACK_BOT_TOKEN (one workspace) or the SLACK_CLIENT_* OAuth variables, not both');
  if (!redisUrl) throw new ConfigError('OAuth installs need REDIS_URL: installations are kept in Redis');
  const stateSecret = value('SLACK_STATE_SECRET')!;
  if (stateSecret.length < 16) throw new ConfigError('SLACK_STATE_SECRET must be at least 16 characters');
  return { clientId: value('SLACK_CLIENT_ID')!, clientSecret: value('SLACK_CLIENT_SECRET')!, stateSecret };
}

function portOf(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, not "${text.slice(0, 20)}"`);
  return port;
}

/** The Web API client joins method names onto this URL, so it must end in a slash. */
function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
