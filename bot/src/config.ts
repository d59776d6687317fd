/**
 * Which way to run, from the environment: Socket Mode with an app token, HTTP
 * with a signing secret, or local mode with neither. Pure, so it is tested
 * without touching process.env. Secrets are only ever passed on, never shown.
 */
type SlackMode =
  | { kind: 'socket'; appToken: string; token?: string; clientOptions: ClientOptions; warnings: string[] }
  | {
      kind: 'http';
      signingSecret: string;
      token?: string;
      port: number;
      /** Shared replay store for replicas (REDIS_URL); absent: in memory, one process. */
      redisUrl?: string;
      clientOptions: ClientOptions;
      warnings: string[];
    }
  | { kind: 'local'; port: number; clientOptions: ClientOptions; warnings: string[] };

export type Mode = SlackMode & {
  /** DISTILPLAN_RATES, read once: a bad value stops start-up. */
  workspace: Workspace;
};

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

import { isInputError, parseWorkspaceRates } from '../../core/index.js';
import { renderError } from '../../messages/index.js';
import type { Workspace } from './answer/compute.js';

const DEFAULT_PORT = 3000;

export function modeFromEnv(env: Env): Mode {
  return { ...slackMode(env), workspace: workspaceFromEnv(env) };
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
  if (appToken) {
    if (!appToken.startsWith('xapp-'))
      throw new ConfigError('SLACK_APP_TOKEN must be an app-level token starting with xapp- (Socket Mode)');
    return { kind: 'socket', appToken, token, clientOptions, warnings };
  }
  if (signingSecret) {
    if (!token) warnings.push('SLACK_BOT_TOKEN is not set: /distil still answers (it needs no Web API call)');
    const redisUrl = value('REDIS_URL');
    if (redisUrl !== undefined && !/^rediss?:\/\//.test(redisUrl))
      throw new ConfigError('REDIS_URL must start with redis:// or rediss://');
    return { kind: 'http', signingSecret, token, port, clientOptions, warnings, ...(redisUrl ? { redisUrl } : {}) };
  }
  if (token)
    throw new ConfigError(
      'SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET (HTTP mode) nor SLACK_APP_TOKEN (Socket Mode) is',
    );
  return { kind: 'local', port, clientOptions, warnings };
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
