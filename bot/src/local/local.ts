/**
 * Local mode: how a newcomer tries /distil without a Slack account. It serves
 * the real HTTP endpoint on 127.0.0.1 (signature checks and all) with a
 * signing secret generated for this run, and on a terminal it also offers a
 * prompt: type what you would type after /distil and read the answer as text.
 * The prompt goes through the same App (app.processEvent), listener and
 * builders as Slack; only the last step, blocks → text, is local. A decide
 * answer's chart, which Slack would get as an upload, is written to a PNG file
 * and its path printed under the answer.
 */
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { App, Logger } from '@slack/bolt';
import { CATALOGUES } from '../../../messages/index.js';
import { writeChartFile } from '../../../render/file.js';
import { answerWithResult } from '../answer/answer.js';
import { requestDate } from '../answer/today.js';
import { createApp } from '../app.js';
import type { Message } from '../blocks/kit.js';
import { renderText } from '../blocks/text.js';
import { ReadinessChecks } from '../health.js';
import { COMMAND } from '../ids.js';
import { chartOfResult } from '../listeners/actions/chart-upload.js';
import { describeError } from '../listeners/log.js';
import type { Workspace } from '../results/compute.js';

export interface LocalOptions {
  port?: number;
  signingSecret?: string;
  input?: Readable;
  output: Writable;
  /** Offer the prompt (a terminal is attached). */
  interactive: boolean;
  logger?: Logger;
  /** Where decide answers' charts are written; default a distilplan-charts folder in the OS temp folder. */
  chartDir?: string;
  /** What the workspace set (DISTILPLAN_RATES). */
  workspace?: Workspace;
}

export interface LocalRun {
  url: string;
  port: number;
  signingSecret: string;
  app: App;
  /** Ask one command through the app, as the prompt does; resolves to the text shown. */
  ask(text: string): Promise<string>;
  /** Resolves when the prompt is closed (Ctrl-D, exit); never in serve-only mode. */
  closed: Promise<void>;
  stop(): Promise<void>;
}

export const HOST = '127.0.0.1';

export async function startLocal(options: LocalOptions): Promise<LocalRun> {
  const signingSecret = options.signingSecret ?? randomBytes(20).toString('hex');
  // Health and readiness as in HTTP mode, so a probe or a compose file pointed at local mode gets its answer.
  const { app } = createApp({
    signingSecret,
    logger: options.logger,
    workspace: options.workspace,
    readiness: new ReadinessChecks(),
  });
  const server = await app.start({ port: options.port ?? 3000, host: HOST });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${HOST}:${port}/slack/events`;
  const ask = (text: string): Promise<string> => askThroughApp(app, text);
  const charts = options.chartDir ?? join(tmpdir(), 'distilplan-charts');
  const writeChart = chartWriter(charts, options.workspace ?? {}, options.logger);
  const print = (text: string): void => void options.output.write(`${text}\n`);
  print(banner(url, signingSecret, options.interactive));
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await app.stop();
  };
  const closed =
    options.interactive && options.input
      ? prompt(options.input, options.output, ask, writeChart)
      : new Promise<void>(() => {});
  return { url, port, signingSecret, app, ask, closed, stop };
}

/** Routes a command through Bolt exactly as a Slack request would arrive, and renders the ack. */
export async function askThroughApp(app: App, text: string): Promise<string> {
  let acked: Message | string | undefined;
  await app.processEvent({
    body: commandBody(text),
    ack: async (response?: Message | string) => {
      acked = response;
    },
  });
  if (acked === undefined) return '(no answer)';
  return typeof acked === 'string' ? acked : renderText(acked.blocks);
}

/** Writes the chart of a decide answer to a new PNG in `dir`; resolves to the line naming it, or undefined. */
function chartWriter(
  dir: string,
  workspace: Workspace,
  logger?: Logger,
): (text: string) => Promise<string | undefined> {
  const run = randomBytes(3).toString('hex');
  let count = 0;
  return async (text) => {
    try {
      const { result } = answerWithResult(text, { workspace, today: requestDate() });
      if (result?.kind !== 'decide') return undefined;
      await mkdir(dir, { recursive: true });
      count += 1;
      const path = await writeChartFile('chart', join(dir, `chart-${run}-${count}.png`), chartOfResult(result));
      return CATALOGUES[result.lang].answer.chartFile(path);
    } catch (error) {
      logger?.error(`Chart not written: ${describeError(error)}`);
      return undefined;
    }
  };
}

function commandBody(text: string): Record<string, string> {
  return {
    command: COMMAND,
    text,
    token: 'local',
    team_id: 'TLOCAL',
    team_domain: 'local',
    channel_id: 'CLOCAL',
    channel_name: 'local',
    user_id: 'ULOCAL',
    user_name: 'you',
    api_app_id: 'ALOCAL',
    trigger_id: 'local',
    response_url: `http://${HOST}/local/no-response-url`,
  };
}

/** The answer first, then (for a decide answer) the chart's file, which takes a moment longer to draw. */
function prompt(
  input: Readable,
  output: Writable,
  ask: (text: string) => Promise<string>,
  writeChart: (text: string) => Promise<string | undefined>,
): Promise<void> {
  const lines = createInterface({ input, output, prompt: `${COMMAND} ` });
  lines.prompt();
  lines.on('line', (line) => {
    const text = line.trim();
    if (text === 'exit' || text === 'quit') return void lines.close();
    lines.pause();
    void ask(text)
      .then(async (answer) => {
        output.write(`\n${answer}\n\n`);
        const chart = await writeChart(text);
        if (chart) output.write(`${chart}\n\n`);
      })
      .then(() => {
        lines.resume();
        lines.prompt();
      });
  });
  return new Promise((resolve) => lines.on('close', () => resolve()));
}

function banner(url: string, secret: string, interactive: boolean): string {
  const body = 'command=%2Fdistil&text=decide+student%3D1B+budget%3D1e21+teacher%3D7B%402T';
  return [
    'distilplan — local mode (no Slack credentials in the environment)',
    `  Slack endpoint: ${url}`,
    `  signing secret, generated for this run only: ${secret}`,
    '  a signed request from a shell:',
    `    ts=$(date +%s); body='${body}'`,
    `    sig=v0=$(printf 'v0:%s:%s' "$ts" "$body" | openssl dgst -sha256 -hmac '${secret}' | sed 's/^.* //')`,
    `    curl -s ${url} -H "x-slack-request-timestamp: $ts" -H "x-slack-signature: $sig" --data "$body"`,
    interactive
      ? `  Or type here what you would type after ${COMMAND} (help for examples; exit or Ctrl-D to quit).`
      : '  No terminal attached: serving only (Ctrl-C to stop).',
  ].join('\n');
}
