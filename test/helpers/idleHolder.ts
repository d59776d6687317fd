/**
 * An attacker's idle connections, held from a thread of their own (as from
 * another machine: their churn must not run on the bot's event loop): `count`
 * connections to 127.0.0.1:`port` that never send a byte, each reopened when
 * the server closes it, at most `maxReopens` times in all.
 */
import { Worker } from 'node:worker_threads';

const HOLDER = `
const { parentPort, workerData } = require('node:worker_threads');
const { connect } = require('node:net');
const { port, count, maxReopens } = workerData;
const open = new Set();
let reopened = 0;
let holding = true;
function hold() {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    open.add(socket);
    socket.on('error', () => {});
    socket.once('connect', () => resolve());
    socket.once('close', () => {
      open.delete(socket);
      resolve();
      if (holding && reopened < maxReopens) { reopened += 1; hold(); }
    });
  });
}
parentPort.on('message', (message) => {
  if (message === 'count') return parentPort.postMessage({ held: open.size, reopened });
  holding = false;
  const report = { held: open.size, reopened };
  for (const socket of open) socket.destroy();
  parentPort.postMessage(report);
});
(async () => {
  for (let opened = 0; opened < count; opened += 100)
    await Promise.all(Array.from({ length: Math.min(100, count - opened) }, hold));
  parentPort.postMessage('holding');
})();
`;

export interface IdleHolder {
  /** How many are open now and how many were reopened so far. */
  count(): Promise<{ held: number; reopened: number }>;
  stop(): Promise<{ held: number; reopened: number }>;
}

export async function holdIdle(port: number, count: number, maxReopens = 30_000): Promise<IdleHolder> {
  const worker = new Worker(HOLDER, { eval: true, workerData: { port, count, maxReopens } });
  const next = () =>
    new Promise<{ held: number; reopened: number }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  return {
    count: () => {
      const reply = next();
      worker.postMessage('count');
      return reply;
    },
    stop: async () => {
      const reply = next();
      worker.postMessage('stop');
      const report = await reply;
      await worker.terminate();
      return report;
    },
  };
}
