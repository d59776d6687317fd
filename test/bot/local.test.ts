/**
 * Local mode over loopback: the endpoint on 127.0.0.1 with its generated
 * secret, and the terminal prompt answering through the same App and builders.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../bot/src/answer/answer.js';
import { renderText } from '../../bot/src/blocks/text.js';
import { type LocalRun, startLocal } from '../../bot/src/local/local.js';
import { decodePng } from '../helpers/png.js';
import { fakeLogger } from '../helpers/slackFakes.js';
import { commandForm, postSigned } from '../helpers/slackSign.js';

function collector(): PassThrough & { text(): string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  return Object.assign(stream, { text: () => text });
}

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('local mode', () => {
  const input = new PassThrough();
  const output = collector();
  const chartDir = mkdtempSync(join(tmpdir(), 'distilplan-local-'));
  let run: LocalRun;

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    run = await startLocal({ port: 0, input, output, interactive: true, logger: fakeLogger(), chartDir });
  });

  afterAll(async () => {
    await run.stop();
    nock.enableNetConnect();
    rmSync(chartDir, { recursive: true, force: true });
  });

  it('serves on 127.0.0.1 and prints the endpoint and the secret it generated', () => {
    expect(run.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/slack\/events$/);
    expect(run.signingSecret).toMatch(/^[0-9a-f]{40}$/);
    expect(output.text()).toContain(run.url);
    expect(output.text()).toContain(run.signingSecret);
    expect(output.text()).toContain('Or type here');
  });

  it('answers /health and /ready like HTTP mode', async () => {
    const origin = new URL(run.url).origin;
    expect((await fetch(`${origin}/health`)).status).toBe(200);
    expect((await fetch(`${origin}/ready`)).status).toBe(200);
  });

  it('answers a request signed with that secret, and refuses one that is not', async () => {
    const good = await postSigned(run.url, run.signingSecret, commandForm('plan student=1B budget=1e21'));
    expect(good.status).toBe(200);
    expect(good.json).toEqual(answer('plan student=1B budget=1e21'));
    const bad = await postSigned(run.url, 'guess', commandForm('plan student=1B budget=1e21'));
    expect(bad.status).toBe(401);
  });

  it('answers at the prompt with the same blocks rendered as text', async () => {
    const before = output.text().length;
    input.write('decide student=1B budget=1e21 teacher=7B@2T lang=ja\n');
    const expected = renderText(answer('decide student=1B budget=1e21 teacher=7B@2T lang=ja').blocks);
    await until(() => output.text().slice(before).includes(expected));
    expect(output.text().slice(before)).toContain('直接学習する\n');
  });

  it("writes a decide answer's chart to a PNG file and prints its path", async () => {
    const before = output.text().length;
    input.write('decide student=1B budget=1e21 teacher=3B teacher-loss=2.1\n');
    await until(() => /chart: \S+\.png\n/.test(output.text().slice(before)), 60_000);
    const path = /chart: (\S+\.png)\n/.exec(output.text().slice(before))![1]!;
    expect(path.startsWith(chartDir)).toBe(true);
    const image = decodePng(readFileSync(path));
    expect([image.width, image.height]).toEqual([800, 450]);
  }, 90_000);

  it('shows bad input at the prompt as the same error message', async () => {
    const before = output.text().length;
    input.write('decide student=abc\n');
    // The correction line: a command to try, or one with a ‹blank› to fill in (student= needs a number).
    await until(() => /こう入力|を埋めて|Try:|Fill in/.test(output.text().slice(before)));
    expect(output.text().slice(before)).toContain('student "abc" is not a number');
  });

  it('closes the prompt on exit', async () => {
    input.write('exit\n');
    await expect(run.closed).resolves.toBeUndefined();
  });
});

describe('local mode without a terminal', () => {
  it('only serves, and says so', async () => {
    const output = collector();
    const run = await startLocal({ port: 0, output, interactive: false, signingSecret: 'given-for-the-test' });
    try {
      expect(output.text()).toContain('No terminal attached: serving only');
      expect((await postSigned(run.url, 'given-for-the-test', commandForm('help'))).status).toBe(200);
      expect(await run.ask('help')).toBe(renderText(answer('help').blocks));
    } finally {
      await run.stop();
    }
  });
});

describe('blocks as text', () => {
  it('renders header, fields, context and button as plain lines', () => {
    const text = renderText(answer('cost budget=1e22 gpu=h100').blocks);
    expect(text.split('\n').slice(0, 2)).toEqual(['COST: $28K', '==========']);
    expect(text).toContain('  Cost (base, every digit): $28,005.19');
    expect(text).toContain('  · NVIDIA H100 SXM5, bf16 dense peak 989.4 TFLOP/s');
    expect(text.trim().endsWith('[Post to channel]')).toBe(true);
    expect(text).not.toMatch(/\*|`|&amp;/);
  });
});
