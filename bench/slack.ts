/**
 * Slack under load: the bot in HTTP mode on 127.0.0.1 (the production
 * receiver: signature checks, replay cache, ack at once), with 200 concurrent
 * clients sending correctly signed /distil commands — a mix of every
 * subcommand — until a count or a time limit. Reports requests per second,
 * p50/p99 latency and errors; Slack needs every answer inside 3 seconds.
 */
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { LogLevel } from '@slack/bolt';
import { createApp } from '../bot/src/app.js';
import { consoleLogger } from '../bot/src/logger.js';

export interface SlackBenchOptions {
  requests?: number;
  concurrency?: number;
  /** Stop sending after this many seconds even if `requests` were not all sent. */
  maxSeconds?: number;
}

/** What people type, weighted roughly as a planning meeting would: mostly decide. */
const MIX: readonly string[] = [
  'decide student=1B budget=$200k teacher=7B@2T',
  'decide student=1B budget=1e21 teacher=7B teacher-loss=2.1 lang=ja',
  'decide student=3B budget=$1M teacher=13B@4T gpu=h200',
  'decide student=1B budget=50,000 GPU-hours students=4',
  'plan student=1B budget=1e21 scenario=teacher-inference',
  'cost budget=1e22 gpu=h100 provider=lambda',
  'cost student=1B budget=$50k gpu=h200 currency=JPY rate=150 lang=ja',
  'compare a: student=1B budget=$200k teacher=7B@2T | b: gpu=h200 | c: teacher=none',
  'decide student=1.5X budget=1e21',
  'help',
];

interface Shot {
  ms: number;
  ok: boolean;
}

export async function benchSlack(options: SlackBenchOptions = {}): Promise<string[]> {
  const { requests = 4000, concurrency = 200, maxSeconds = 60 } = options;
  const secret = randomBytes(20).toString('hex');
  const { app } = createApp({
    signingSecret: secret,
    token: 'xoxb-bench-not-a-token',
    logger: consoleLogger(LogLevel.ERROR),
  });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  try {
    const port = (server.address() as AddressInfo).port;
    const result = await clients({ port, secret, requests, concurrency, maxSeconds, mix: MIX });
    return report(result.shots, result.seconds, concurrency);
  } finally {
    await app.stop();
  }
}

interface ClientJob {
  port: number;
  secret: string;
  requests: number;
  concurrency: number;
  maxSeconds: number;
  mix: readonly string[];
}

/**
 * The clients run in a worker thread, so their own work does not queue behind
 * the server's on one event loop. They first open their keep-alive
 * connections with one cheap request each (not counted), as Slack's
 * connections would already be open, then send the mix.
 */
function clients(job: ClientJob): Promise<{ shots: Shot[]; seconds: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CLIENT_CODE, { eval: true, workerData: job });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/** Plain JavaScript for the worker (it is not run through the TypeScript loader). */
const CLIENT_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHmac } = require('node:crypto');
const { Agent, request } = require('node:http');
const { port, secret, requests, concurrency, maxSeconds, mix } = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });

// One signed slash command; a unique trigger_id per request, so none is taken for a replay.
function send(text, i) {
  const body = new URLSearchParams({
    command: '/distil', text, user_id: 'U0BENCH', team_id: 'T0BENCH', channel_id: 'C0BENCH', api_app_id: 'A0BENCH',
    response_url: 'https://hooks.slack.com/commands/T0BENCH/1/x', trigger_id: 'bench.' + i,
  }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = 'v0=' + createHmac('sha256', secret).update('v0:' + timestamp + ':' + body).digest('hex');
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request({
      agent, host: '127.0.0.1', port, path: '/slack/events', method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body), 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signature },
    }, (res) => {
      let reply = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { reply += chunk; });
      res.on('end', () => resolve({ ms: performance.now() - started, ok: res.statusCode === 200 && reply.includes('"blocks"') }));
    });
    req.on('error', () => resolve({ ms: performance.now() - started, ok: false }));
    req.end(body);
  });
}

async function main() {
  await Promise.all(Array.from({ length: concurrency }, (_, i) => send('help', 1e9 + i)));
  const shots = [];
  const deadline = performance.now() + maxSeconds * 1000;
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < requests && performance.now() < deadline) { const i = next++; shots.push(await send(mix[i % mix.length], i)); }
  }));
  parentPort.postMessage({ shots, seconds: (performance.now() - started) / 1000 });
  agent.destroy();
}
main();
`;

function report(shots: Shot[], seconds: number, concurrency: number): string[] {
  const latencies = shots.map((shot) => shot.ms).sort((a, b) => a - b);
  const at = (q: number): number =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  const errors = shots.filter((shot) => !shot.ok).length;
  const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
  return [
    `Slack /distil, HTTP on loopback: ${concurrency} concurrent clients, signed commands (a mix of ${MIX.length}: decide, plan, cost, compare, help, bad input)`,
    `  ${shots.length.toLocaleString('en-US')} requests in ${seconds.toFixed(1)} s: ${(shots.length / seconds).toFixed(0)} requests/s`,
    `  latency p50 ${ms(at(0.5))}, p99 ${ms(at(0.99))}, max ${ms(latencies.at(-1) ?? Number.NaN)} (Slack allows 3,000 ms)`,
    `  ${errors === 0 ? 'errors: 0' : `ERRORS: ${errors} requests failed or were answered without blocks`}`,
  ];
}
