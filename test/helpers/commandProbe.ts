/**
 * Another person's slash commands, sent from a thread of their own: a client on
 * the test's own event loop could not even send while the bot's loop is busy,
 * and would time nothing. The probe posts a signed `/distil` command every
 * `everyMs` on a fresh connection and records each status and time until
 * stopped (or `maxCommands` were sent).
 */
import { Worker } from 'node:worker_threads';
import type { Timed } from './freshPost.js';

const PROBE = `
const { parentPort, workerData } = require('node:worker_threads');
const { request } = require('node:http');
const { createHmac } = require('node:crypto');
const { url, secret, everyMs, maxCommands } = workerData;
const results = [];
let stopped = false;
parentPort.on('message', () => { stopped = true; });
function post(text) {
  const body = new URLSearchParams({ team_id: 'T0TEST', channel_id: 'C0TEST', user_id: 'U0BOB', user_name: 'bob',
    command: '/distil', text, api_app_id: 'A0TEST', response_url: 'https://hooks.slack.com/commands/T0TEST/1/abc',
    trigger_id: '1.2.3' }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = 'v0=' + createHmac('sha256', secret).update('v0:' + timestamp + ':' + body).digest('hex');
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', agent: false, timeout: 30000, headers: {
      'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body),
      'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature } });
    req.on('response', (res) => { res.resume(); res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - started })); });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    req.end(body);
  });
}
(async () => {
  while (!stopped && results.length < maxCommands) {
    results.push(await post('cost budget=' + (results.length + 1) + 'e22 gpu=h100'));
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  parentPort.postMessage(results);
})();
`;

export interface Probe {
  stop(): Promise<Timed[]>;
}

export function startProbe(url: string, secret: string, everyMs = 250, maxCommands = 400): Probe {
  const worker = new Worker(PROBE, { eval: true, workerData: { url, secret, everyMs, maxCommands } });
  const done = new Promise<Timed[]>((resolve, reject) => {
    worker.once('message', (results: Timed[]) => resolve(results));
    worker.once('error', reject);
  });
  return {
    stop: async () => {
      worker.postMessage('stop');
      const results = await done;
      await worker.terminate();
      return results;
    },
  };
}
