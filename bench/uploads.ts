/**
 * Hostile uploads: the bot in HTTP mode on 127.0.0.1 (the production receiver)
 * while a separate client process (so its buffers are not counted) sends 20
 * concurrent 100 MB uploads — 10 unsigned, 10 with a well-formed but forged
 * signature streamed chunked — and, meanwhile, signed /distil commands one after
 * another. Reports the bot's RSS before and after (target: < 50 MB growth),
 * how many uploads were refused (target: all), and the p99 latency of the
 * signed commands during the uploads (target: < 500 ms). Loopback only; every
 * loop is bounded (100 MB per upload, 60 s in all).
 */
import { spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LogLevel } from '@slack/bolt';
import { createApp } from '../bot/src/app.js';
import { consoleLogger } from '../bot/src/logger.js';

const UPLOADS = 20;
const UPLOAD_BYTES = 100 * 1024 * 1024;

interface ClientResult {
  refused: number;
  accepted: number;
  latencies: number[];
  failedCommands: number;
}

export async function benchUploads(): Promise<string[]> {
  const secret = randomBytes(20).toString('hex');
  const { app } = createApp({ signingSecret: secret, logger: consoleLogger(LogLevel.ERROR) });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  try {
    const port = (server.address() as AddressInfo).port;
    await warmUp(port, secret);
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 50);
    const result = await runClients(port, secret);
    clearInterval(sampler);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = process.memoryUsage().rss;
    return report(result, before, after, Math.max(peak, after));
  } finally {
    await app.stop();
  }
}

/** The answer's first computation compiles a lot; measure the steady state, as a running bot would be. */
async function warmUp(port: number, secret: string): Promise<void> {
  for (let i = 0; i < 20; i++) {
    const body = new URLSearchParams({
      command: '/distil',
      text: 'decide student=1B budget=$200k teacher=7B@2T',
      user_id: 'U0BENCH',
      trigger_id: `warm.${i}`,
    }).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature,
      },
      body,
    });
    await response.arrayBuffer();
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
}

function runClients(port: number, secret: string): Promise<ClientResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', CLIENT_CODE], {
      env: { ...process.env, BENCH_JOB: JSON.stringify({ port, secret, uploads: UPLOADS, bytes: UPLOAD_BYTES }) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(output) as ClientResult) : reject(new Error(`upload client exited ${code}`)),
    );
  });
}

/** Plain JavaScript run by a separate node process. */
const CLIENT_CODE = `
const { createHmac } = require('node:crypto');
const { request } = require('node:http');
const { port, secret, uploads, bytes } = JSON.parse(process.env.BENCH_JOB);
const chunk = Buffer.alloc(64 * 1024, 'a');

// One upload: writes until the server answers or closes, at most 'bytes'. Refused = a 4xx or a closed connection.
function upload(i) {
  return new Promise((resolve) => {
    const forged = i % 2 === 1;
    const headers = forged
      ? { 'content-type': 'application/x-www-form-urlencoded', 'transfer-encoding': 'chunked',
          'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)), 'x-slack-signature': 'v0=' + 'ab'.repeat(32) }
      : { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(bytes) };
    const req = request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', headers });
    let written = 0, settled = false;
    const done = (refused) => { if (!settled) { settled = true; req.destroy(); resolve(refused); } };
    req.on('response', (res) => { res.resume(); done(res.statusCode >= 400); });
    req.on('error', () => done(true));
    const pump = () => {
      while (!settled && written < bytes) {
        written += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!settled) req.end();
    };
    pump();
  });
}

function command(i) {
  const body = new URLSearchParams({ command: '/distil', text: 'decide student=1B budget=$200k teacher=7B@2T',
    user_id: 'U0BENCH', team_id: 'T0BENCH', channel_id: 'C0BENCH', trigger_id: 'upload-bench.' + i,
    response_url: 'https://hooks.slack.com/commands/T0BENCH/1/x' }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = 'v0=' + createHmac('sha256', secret).update('v0:' + timestamp + ':' + body).digest('hex');
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', headers: {
      'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body),
      'x-slack-request-timestamp': timestamp, 'x-slack-signature': signature } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ ms: performance.now() - started, ok: res.statusCode === 200 }));
    });
    req.on('error', () => resolve({ ms: performance.now() - started, ok: false }));
    req.end(body);
  });
}

async function main() {
  let running = true;
  const all = Promise.all(Array.from({ length: uploads }, (_, i) => upload(i))).finally(() => { running = false; });
  const latencies = [];
  let failedCommands = 0;
  const deadline = performance.now() + 60000;
  for (let i = 0; (running || latencies.length < 50) && performance.now() < deadline; i++) {
    const shot = await command(i);
    latencies.push(shot.ms);
    if (!shot.ok) failedCommands++;
  }
  const refusals = await all;
  process.stdout.write(JSON.stringify({ refused: refusals.filter(Boolean).length, accepted: refusals.filter((r) => !r).length, latencies, failedCommands }));
}
main();
`;

function report(result: ClientResult, before: number, after: number, peak: number): string[] {
  const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const sorted = [...result.latencies].sort((a, b) => a - b);
  const p99 = sorted[Math.min(sorted.length - 1, Math.floor(0.99 * sorted.length))] ?? Number.NaN;
  const growth = after - before;
  return [
    `Slack endpoint under ${UPLOADS} concurrent 100 MB uploads (10 unsigned, 10 forged-signature chunked), loopback`,
    `  bot RSS ${mb(before)} before, ${mb(after)} after (${growth >= 0 ? '+' : ''}${mb(growth)}; peak ${mb(peak)}; target < +50 MB)`,
    `  uploads refused: ${result.refused} of ${UPLOADS}${result.accepted ? ` — ${result.accepted} NOT refused` : ''}`,
    `  signed /distil during the uploads: ${sorted.length} sent, p99 ${p99.toFixed(0)} ms (target < 500 ms), ${result.failedCommands} failed`,
  ];
}
