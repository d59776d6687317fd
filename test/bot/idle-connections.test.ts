/**
 * Idle clients cannot take the endpoint away from Slack: 1,500 connections
 * that never send a byte (and are reopened whenever the server closes one, as
 * an attacker would), held from a thread of their own, against the bot as
 * `npm start` builds it but with shedding starting at 1,400 connections (the
 * default, 2,048, would never be reached by this flood and the test would not
 * exercise it), over real HTTP on 127.0.0.1, while 20 signed commands arrive
 * on fresh connections. Every one must be answered in under 3 s (Slack's
 * deadline), and the server must hold no more than its cap: past it, the
 * idle connections were closed for room rather than kept until the process
 * runs out of file descriptors.
 *
 * Each connection costs two file descriptors here (client and server sides in
 * one process), so the test needs ~3,200 of them; it says so when the soft
 * limit (`ulimit -n`) is lower rather than failing on EMFILE.
 */
import { execFileSync } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import nock from 'nock';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../bot/src/app.js';
import type { ReplayGuardedReceiver } from '../../bot/src/http/receiver.js';
import { postFresh } from '../helpers/freshPost.js';
import { holdIdle, type IdleHolder } from '../helpers/idleHolder.js';
import { fakeLogger } from '../helpers/slackFakes.js';
import { commandForm } from '../helpers/slackSign.js';

const SECRET = 'test-signing-secret-not-real';
const IDLE = 1_500;
/** Where the server starts closing the connection idle longest for each new one (connections.ts). */
const CAP = 1_400;
/** A bounded attacker: at most this many reconnections in the whole test. */
const MAX_RECONNECTS = 30_000;

let app: App;
let receiver: ReplayGuardedReceiver;
let port: number;
let url: string;
let holder: IdleHolder | undefined;

/** The soft limit on open files this process's children inherit (Node raises its own to the hard limit at start). */
function openFileLimit(): number {
  const text = execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim();
  return text === 'unlimited' ? Number.POSITIVE_INFINITY : Number(text);
}

beforeAll(async () => {
  const needed = 2 * IDLE + 200;
  if (openFileLimit() < needed)
    throw new Error(
      `this test holds ${IDLE} connections from both ends: raise the open-file limit to ${needed} (ulimit -n)`,
    );
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/);
  const created = createApp({ signingSecret: SECRET, logger: fakeLogger(), maxConnections: CAP });
  app = created.app;
  receiver = created.receiver!;
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  port = (server.address() as AddressInfo).port;
  url = `http://127.0.0.1:${port}/slack/events`;
});

afterAll(async () => {
  await holder?.stop();
  await app.stop();
  nock.enableNetConnect();
});

it('with 1,500 idle connections held, 20 signed commands are all answered in under 3 s', async () => {
  holder = await holdIdle(port, IDLE, MAX_RECONNECTS);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      postFresh(url, SECRET, commandForm(`cost budget=${i + 1}e21 gpu=h100`), 10_000),
    ),
  );
  const slowest = Math.max(...results.map((result) => result.ms));
  const { held, reopened } = await holder.count();
  const { open, shed } = receiver.connections!;
  console.log(
    `idle connections: ${held} held (${reopened} reopened), ${open} open on the server (cap ${CAP}, ${shed} closed for room); ` +
      `20 signed commands: ${results.filter((result) => result.status === 200).length} answered 200, slowest ${slowest.toFixed(0)} ms`,
  );
  expect(held).toBeGreaterThanOrEqual(IDLE - 50);
  expect(shed).toBeGreaterThan(0);
  expect(open).toBeLessThanOrEqual(CAP);
  expect(results.map((result) => result.status)).toEqual(Array(20).fill(200));
  expect(slowest).toBeLessThan(3_000);
}, 60_000);
