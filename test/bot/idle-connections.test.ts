/**
 * Idle clients cannot take the endpoint away from Slack: 1,500 connections
 * that never send a byte (and are reopened whenever the server closes one,
 * as an attacker would) are held against the bot as `npm start` builds it,
 * over real HTTP on 127.0.0.1, while 20 signed commands arrive on fresh
 * connections. Every one must be answered in under 3 s (Slack's deadline).
 *
 * Each connection costs two file descriptors here (client and server sides in
 * one process), so the test needs ~3,100 of them; it says so when the soft
 * limit (`ulimit -n`) is lower rather than failing on EMFILE.
 */
import type { Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import type { App } from '@slack/bolt';
import nock from 'nock';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../bot/src/app.js';
import { postFresh } from '../helpers/freshPost.js';
import { fakeLogger } from '../helpers/slackFakes.js';
import { commandForm } from '../helpers/slackSign.js';

const SECRET = 'test-signing-secret-not-real';
const IDLE = 1_500;
/** A bounded attacker: at most this many reconnections in the whole test. */
const MAX_RECONNECTS = 30_000;

let app: App;
let port: number;
let url: string;
const idle = new Set<Socket>();
let holding = true;
let reconnects = 0;

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/);
  ({ app } = createApp({ signingSecret: SECRET, logger: fakeLogger() }));
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  port = (server.address() as AddressInfo).port;
  url = `http://127.0.0.1:${port}/slack/events`;
});

afterAll(async () => {
  holding = false;
  for (const socket of idle) socket.destroy();
  await app.stop();
  nock.enableNetConnect();
});

/** One idle connection, reopened when the server closes it (while the test holds them). */
function holdOne(): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    idle.add(socket);
    socket.on('error', () => {});
    socket.once('connect', () => resolve());
    socket.once('close', () => {
      idle.delete(socket);
      resolve();
      if (holding && reconnects < MAX_RECONNECTS) {
        reconnects += 1;
        void holdOne();
      }
    });
  });
}

it('with 1,500 idle connections held, 20 signed commands are all answered in under 3 s', async () => {
  for (let opened = 0; opened < IDLE; opened += 100) await Promise.all(Array.from({ length: 100 }, holdOne));
  await new Promise((resolve) => setTimeout(resolve, 300));
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      postFresh(url, SECRET, commandForm(`cost budget=${i + 1}e21 gpu=h100`), 10_000),
    ),
  );
  const slowest = Math.max(...results.map((result) => result.ms));
  console.log(
    `idle connections: ${idle.size} held (${reconnects} reopened); 20 signed commands: ` +
      `${results.filter((result) => result.status === 200).length} answered 200, slowest ${slowest.toFixed(0)} ms`,
  );
  expect(results.map((result) => result.status)).toEqual(Array(20).fill(200));
  expect(slowest).toBeLessThan(3_000);
}, 60_000);
