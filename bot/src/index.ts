/**
 * `npm start` (node on the bundle esbuild built from this file): Socket Mode
 * with SLACK_APP_TOKEN, HTTP mode with SLACK_SIGNING_SECRET (on PORT, default
 * 3000, at /slack/events), local mode with neither. HTTP mode answers one
 * workspace with SLACK_BOT_TOKEN, or any workspace that installed the app
 * through OAuth (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET,
 * installations in REDIS_URL). Starting makes no call to Slack's Web API and
 * does not wait for Redis: /ready says when the bot can answer.
 *
 * SIGTERM or SIGINT: /ready turns 503, the server stops accepting, requests in
 * flight are answered (at most SHUTDOWN_TIMEOUT_MS, default 10 s), Redis is
 * closed and the process exits 0.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@slack/bolt';
import { createApp } from './app.js';
import { ConfigError, type Mode, modeFromEnv } from './config.js';
import { RedisLastQuestions } from './form/redis-last.js';
import { ReadinessChecks, startHealthServer } from './health.js';
import { RedisReplayStore } from './http/redis-store.js';
import { RedisInstallationStore } from './install/redis-installation-store.js';
import { describeError } from './listeners/log.js';
import { startLocal } from './local/local.js';
import { type AppLogger, consoleLogger, createLogger } from './logger.js';
import { RedisConnection } from './redis/connection.js';

let logger: AppLogger = consoleLogger();

// Last resort: an error that escaped every handler is logged (name and message, never a request) and the
// process keeps serving; the supervisor (README: "Run it under a supervisor") restarts it if it still dies.
process.on('uncaughtException', (error) => logger.error(`Uncaught exception: ${describeError(error)}`));
process.on('unhandledRejection', (reason) => logger.error(`Unhandled rejection: ${describeError(reason)}`));

interface Running {
  /** Drains and closes everything; true when no request in flight was cut off. */
  stop(): Promise<boolean>;
}

async function main(): Promise<void> {
  // Like the Slack templates: credentials may sit in a git-ignored .env (see .env.sample); the real environment wins.
  if (existsSync('.env')) loadEnvWithoutOverriding('.env');
  const mode = modeFromEnv(process.env);
  logger = createLogger({ format: mode.log.format, level: mode.log.level, secrets: secretsOf(process.env) });
  for (const warning of mode.warnings) logger.warn(warning);
  if (mode.workspace.rates?.length)
    logger.info(`DISTILPLAN_RATES: ${mode.workspace.rates.map((rate) => `${rate.code} ${rate.date}`).join(', ')}`);
  if (mode.kind === 'local') return runLocal(mode);
  const running = mode.kind === 'socket' ? await startSocket(mode) : await startHttp(mode);
  stopOnSignal(running, mode.shutdownTimeoutMs);
}

async function startHttp(mode: Extract<Mode, { kind: 'http' }>): Promise<Running> {
  const readiness = new ReadinessChecks();
  // Replicas share one Redis: replays are refused whichever replica they reach, and installations are shared.
  const redis = mode.redisUrl ? new RedisConnection({ url: mode.redisUrl, logger }) : undefined;
  if (redis) readiness.add('redis', () => redis.isReady);
  const seen = redis ? RedisReplayStore.over(redis.client, { logger }) : undefined;
  const oauth =
    mode.oauth && redis ? { ...mode.oauth, installationStore: new RedisInstallationStore(redis.client) } : undefined;
  const { app, receiver, inFlight } = createApp({
    signingSecret: mode.signingSecret,
    token: mode.token,
    logger,
    clientOptions: mode.clientOptions,
    seen,
    workspace: mode.workspace,
    oauth,
    readiness,
    ...(redis ? { lastQuestions: new RedisLastQuestions(redis.client, { logger }) } : {}),
  });
  const server = (await app.start(mode.port)) as Server;
  const port = (server.address() as AddressInfo).port;
  logger.info(
    `/distil is listening for Slack on port ${port} at /slack/events (${oauth ? 'OAuth installs at /slack/install' : 'one workspace'}; replay store: ${redis ? 'Redis' : 'memory'}; /health and /ready)`,
  );
  if (redis && !redis.isReady)
    logger.warn('Redis is not reachable yet: /ready answers 503 until it is; retrying with backoff');
  return {
    stop: async () => {
      const deadline = Date.now() + mode.shutdownTimeoutMs;
      readiness.startDraining();
      const answered = await receiver!.drain(mode.shutdownTimeoutMs);
      const finished = await inFlight.idle(deadline - Date.now());
      await app.stop();
      await redis?.close();
      return answered && finished;
    },
  };
}

async function startSocket(mode: Extract<Mode, { kind: 'socket' }>): Promise<Running> {
  const readiness = new ReadinessChecks();
  const health = await startHealthServer(mode.port, readiness);
  const { app, inFlight } = createApp({
    socketMode: true,
    appToken: mode.appToken,
    token: mode.token,
    logger,
    clientOptions: mode.clientOptions,
    workspace: mode.workspace,
  });
  await app.start();
  logger.info(
    `/distil is running in Socket Mode (/health and /ready on port ${(health.address() as AddressInfo).port})`,
  );
  return {
    stop: async () => {
      readiness.startDraining();
      // Acks travel back over the socket: finish what is in flight before disconnecting.
      const finished = await inFlight.idle(mode.shutdownTimeoutMs);
      await app.stop();
      health.closeAllConnections();
      await new Promise((resolve) => health.close(resolve));
      return finished;
    },
  };
}

async function runLocal(mode: Extract<Mode, { kind: 'local' }>): Promise<void> {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const run = await startLocal({
    port: mode.port,
    input: process.stdin,
    output: process.stdout,
    interactive,
    logger,
    workspace: mode.workspace,
  });
  stopOnSignal(
    {
      stop: async () => {
        await run.stop();
        return true;
      },
    },
    mode.shutdownTimeoutMs,
  );
  await run.closed;
  await run.stop();
  process.exit(0);
}

function loadEnvWithoutOverriding(path: string): void {
  const before = { ...process.env };
  process.loadEnvFile(path);
  Object.assign(process.env, before);
}

/** The values never to write to the log, whatever quotes them. */
function secretsOf(env: NodeJS.ProcessEnv): string[] {
  const names = [
    'SLACK_SIGNING_SECRET',
    'SLACK_BOT_TOKEN',
    'SLACK_APP_TOKEN',
    'SLACK_CLIENT_SECRET',
    'SLACK_STATE_SECRET',
    'REDIS_URL',
  ];
  return names.map((name) => env[name]?.trim()).filter((value): value is string => Boolean(value));
}

function stopOnSignal(running: Running, timeoutMs: number): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: no new requests; finishing those in flight (at most ${timeoutMs} ms)`);
    // A hung close must not keep the process alive past the bound.
    setTimeout(() => exit(logger, 1, 'Shutdown did not finish in time'), timeoutMs + 5_000).unref();
    running.stop().then(
      (clean) =>
        exit(logger, 0, clean ? 'Stopped cleanly' : 'Stopped; requests still running at the bound were cut off'),
      (error: unknown) => exit(logger, 1, `Shutdown failed: ${describeError(error)}`),
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

function exit(log: Logger, code: number, message: string): void {
  (code === 0 ? log.info : log.error)(message);
  process.exit(code);
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
