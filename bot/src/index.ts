/**
 * `npm start`: Socket Mode with SLACK_APP_TOKEN, HTTP mode with
 * SLACK_SIGNING_SECRET (on PORT, default 3000, at /slack/events), local mode
 * with neither. Starting makes no call to Slack's Web API.
 */
import { existsSync } from 'node:fs';
import type { App } from '@slack/bolt';
import type { Workspace } from './answer/compute.js';
import { createApp } from './app.js';
import { ConfigError, type Mode, modeFromEnv } from './config.js';
import { RedisReplayStore } from './http/redis-store.js';
import { describeError } from './listeners/log.js';
import { startLocal } from './local/local.js';
import { consoleLogger } from './logger.js';

const logger = consoleLogger();

// Last resort: an error that escaped every handler is logged (name and message, never a request) and the
// process keeps serving; the supervisor (README: "Run it under a supervisor") restarts it if it still dies.
process.on('uncaughtException', (error) => logger.error(`Uncaught exception: ${describeError(error)}`));
process.on('unhandledRejection', (reason) => logger.error(`Unhandled rejection: ${describeError(reason)}`));

async function main(): Promise<void> {
  // Like the Slack templates: credentials may sit in a git-ignored .env (see .env.sample); the real environment wins.
  if (existsSync('.env')) loadEnvWithoutOverriding('.env');
  const mode = modeFromEnv(process.env);
  for (const warning of mode.warnings) logger.warn(warning);
  if (mode.workspace.rates?.length)
    logger.info(`DISTILPLAN_RATES: ${mode.workspace.rates.map((rate) => `${rate.code} ${rate.date}`).join(', ')}`);
  if (mode.kind === 'local') return runLocal(mode.port, mode.workspace);
  const app = await startSlack(mode);
  stopOnSignal(() => app.stop());
}

async function startSlack(mode: Exclude<Mode, { kind: 'local' }>): Promise<App> {
  if (mode.kind === 'socket') {
    const { app } = createApp({
      socketMode: true,
      appToken: mode.appToken,
      token: mode.token,
      logger,
      clientOptions: mode.clientOptions,
      workspace: mode.workspace,
    });
    await app.start();
    logger.info('/distil is running in Socket Mode');
    return app;
  }
  // Replicas share one Redis so a replay is refused whichever replica it reaches; one process keeps it in memory.
  const seen = mode.redisUrl ? await RedisReplayStore.connect({ url: mode.redisUrl, logger }) : undefined;
  const { app } = createApp({
    signingSecret: mode.signingSecret,
    token: mode.token,
    logger,
    clientOptions: mode.clientOptions,
    seen,
    workspace: mode.workspace,
  });
  await app.start(mode.port);
  logger.info(
    `/distil is listening for Slack on port ${mode.port} at /slack/events (replay store: ${seen ? 'Redis' : 'memory'})`,
  );
  return app;
}

async function runLocal(port: number, workspace: Workspace): Promise<void> {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const run = await startLocal({ port, input: process.stdin, output: process.stdout, interactive, logger, workspace });
  stopOnSignal(run.stop);
  await run.closed;
  await run.stop();
}

function loadEnvWithoutOverriding(path: string): void {
  const before = { ...process.env };
  process.loadEnvFile(path);
  Object.assign(process.env, before);
}

function stopOnSignal(stop: () => Promise<unknown>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stop().finally(() => process.exit(0)));
  }
}

main().catch((error: unknown) => {
  // Configuration problems get their own words; anything else its name and message (never a secret: none is in them).
  logger.error(
    error instanceof ConfigError
      ? error.message
      : `Could not start: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
  );
  process.exit(1);
});
