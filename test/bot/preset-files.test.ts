/**
 * Hostile files in DISTILPLAN_PRESETS_DIR, over real HTTP on 127.0.0.1: a FIFO
 * named like a set (opening it blocked the whole bot), a 50 MB file, links to a
 * device and out of the folder (both refused as leading out of it). The bot keeps answering, each file gets a coded
 * refusal in the person's language, and a set file is parsed once per version:
 * the same bytes are not read again until the file changes (size or mtime).
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { App } from '@slack/bolt';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../bot/src/answer/answer.js';
import { createApp } from '../../bot/src/app.js';
import { coefficientSet } from '../../core/index.js';
import { postFresh } from '../helpers/freshPost.js';
import { fakeLogger } from '../helpers/slackFakes.js';
import { commandForm } from '../helpers/slackSign.js';

const SECRET = 'test-signing-secret-not-real';
const dir = mkdtempSync(path.join(tmpdir(), 'distilplan-hostile-presets-'));
const outside = mkdtempSync(path.join(tmpdir(), 'distilplan-outside-'));
const before = process.env.DISTILPLAN_PRESETS_DIR;
let app: App;
let url: string;

/** A minimal valid set file whose supervised E is `e`. */
function setFile(e: number): string {
  const base = coefficientSet();
  return JSON.stringify({
    format: 'distilplan-coefficient-set',
    version: 1,
    name: 'ours',
    note: '',
    supervised: { ...base.supervised, E: e },
    distillation: base.distillation,
    fit: null,
  });
}

beforeAll(async () => {
  process.env.DISTILPLAN_PRESETS_DIR = dir;
  execFileSync('mkfifo', [path.join(dir, 'fifo.json')]);
  const big = openSync(path.join(dir, 'big.json'), 'w');
  writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x20));
  closeSync(big);
  symlinkSync('/dev/zero', path.join(dir, 'zero.json'));
  writeFileSync(path.join(outside, 'secret.json'), setFile(1.7));
  symlinkSync(path.join(outside, 'secret.json'), path.join(dir, 'escape.json'));
  writeFileSync(path.join(dir, 'ours.json'), setFile(1.7));
  symlinkSync(path.join(dir, 'ours.json'), path.join(dir, 'alias.json'));
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/);
  ({ app } = createApp({ signingSecret: SECRET, logger: fakeLogger() }));
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
});

afterAll(async () => {
  await app?.stop();
  nock.enableNetConnect();
  if (before === undefined) delete process.env.DISTILPLAN_PRESETS_DIR;
  else process.env.DISTILPLAN_PRESETS_DIR = before;
});

const problemLine = (text: string): string => (answer(text).blocks[0] as { text: { text: string } }).text.text;
const ask = (name: string, lang = '') => problemLine(`decide student=1B budget=1e21 preset=${name}${lang}`);

describe('the bot keeps answering with hostile files in the presets folder', () => {
  it('a FIFO, a 50 MB file and a link to /dev/zero: /distil presets and preset=NAME are answered at once', async () => {
    const texts = ['presets', 'decide student=1B budget=1e21 preset=fifo', 'decide student=1B budget=1e21 preset=big'];
    texts.push('decide student=1B budget=1e21 preset=zero', 'cost budget=1e22 gpu=h100');
    const results = await Promise.all(texts.map((text) => postFresh(url, SECRET, commandForm(text), 10_000)));
    console.log(
      `hostile presets folder: ${results.map((result) => `${result.status} in ${result.ms.toFixed(0)} ms`).join(', ')}`,
    );
    for (const result of results) {
      expect(result.status).toBe(200);
      expect(result.ms).toBeLessThan(3_000);
    }
  });

  it('each gets a coded refusal naming the file, in English and Japanese', () => {
    expect(ask('fifo')).toContain('*preset* fifo.json is not a regular file');
    expect(ask('fifo', ' lang=ja')).toContain('fifo.json は通常のファイルではありません');
    expect(ask('big')).toContain('*preset* file big.json is over 4.19M bytes');
    expect(ask('zero')).toContain('*preset* file zero.json is a link that leads out of its folder');
    expect(ask('escape')).toContain('*preset* file escape.json is a link that leads out of its folder');
    expect(ask('escape', ' lang=ja')).toContain('escape.json はフォルダーの外を指すリンクです');
  });

  it('a link to a set inside the folder is read', () => {
    expect(problemLine('decide student=1B budget=1e21 preset=alias')).not.toContain('alias.json');
  });
});

describe('parsed once per version', () => {
  it('the same size and modification time are not read again; a change in either is', () => {
    const file = path.join(dir, 'ours.json');
    const lawLine = () =>
      JSON.stringify(answer('decide student=1B budget=1e21 teacher=3B teacher-loss=2.1 preset=ours').blocks);
    // Whole seconds, so the test can put the same modification time back exactly.
    const stamp = Math.floor(Date.now() / 1000) - 60;
    utimesSync(file, stamp, stamp);
    const first = lawLine();
    // Same length, other value, same mtime: still the parsed first version.
    writeFileSync(file, setFile(1.8));
    expect(readFileSync(file, 'utf8').length).toBe(setFile(1.7).length);
    utimesSync(file, stamp, stamp);
    expect(lawLine()).toBe(first);
    // A newer mtime: read again.
    utimesSync(file, stamp, stamp + 5);
    expect(lawLine()).not.toBe(first);
  });
});
