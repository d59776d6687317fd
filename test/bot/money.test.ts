/**
 * Money and corrections in Slack, over real HTTP on 127.0.0.1 through the signed listener (processBeforeResponse,
 * so the reply carries the answer), in English and Japanese: a bare price is in the answer's currency, unclear
 * money is a question offering the person's own number, a rate belongs to its currency, the workspace's rates
 * (DISTILPLAN_RATES, read at start-up) say whose rate and its date, and a correction never swaps in a canned value.
 */
import { execFile } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { App } from '@slack/bolt';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../bot/src/app.js';
import type { Message } from '../../bot/src/blocks/kit.js';
import { ConfigError, workspaceFromEnv } from '../../bot/src/config.js';
import { allText, contextText } from '../helpers/slackBlocks.js';
import { fakeLogger } from '../helpers/slackFakes.js';
import { commandForm, postSigned } from '../helpers/slackSign.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SECRET = 'test-signing-secret-not-real';
const RATES = 'JPY=150@2026-11-01,EUR=0.92@2026-11-02';
const apps: App[] = [];
let plain: string;
let withRates: string;

async function start(env: Record<string, string>): Promise<string> {
  const { app } = createApp({
    signingSecret: SECRET,
    processBeforeResponse: true,
    logger: fakeLogger(),
    workspace: workspaceFromEnv(env),
  });
  apps.push(app);
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
}

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  plain = await start({});
  withRates = await start({ DISTILPLAN_RATES: RATES });
});

afterAll(async () => {
  for (const app of apps) await app.stop();
  nock.enableNetConnect();
});

/** The whole reply to `/distil text`: its words, and the commands it offers to copy. */
async function ask(text: string, url = plain): Promise<{ words: string; offered: string[]; context: string }> {
  const reply = await postSigned(url, SECRET, commandForm(text));
  expect(reply.status).toBe(200);
  const message = reply.json as Message;
  const words = allText(message);
  // The corrected commands; the closing pointer to `/distil help` is not one.
  const offered = [...words.matchAll(/`\/distil ([^`]+)`/g)].map((match) => match[1]!).filter((c) => c !== 'help');
  return { words, offered, context: contextText(message.blocks) };
}

describe('a bare price is in the answer’s currency', () => {
  it('price=450 currency=JPY rate=150 is ¥450 an hour: ¥3.16M, not ¥474M, in both languages', async () => {
    const en = await ask('cost budget=1e22 gpu=h100 price=450 currency=JPY rate=150');
    expect(en.words).toMatch(/¥3\.16M/);
    expect(en.words).not.toMatch(/¥474M/);
    expect(en.context).toMatch(/Price ¥450\/GPU-hour \(your own\)/);
    const ja = await ask('cost budget=1e22 gpu=h100 price=450 currency=JPY rate=150 lang=ja');
    expect(ja.words).toMatch(/316万円/);
    expect(ja.context).toMatch(/価格: ¥450\/GPU時間（ご指定の価格）|価格: 450円\/GPU時間（ご指定の価格）/);
  });

  it('a dollar price shown in yen is a conversion, never "your own"', async () => {
    const en = await ask('cost budget=1e22 gpu=h100 price=$3 currency=JPY rate=150');
    expect(en.context).toMatch(/\(your \$3(\.00)?\/GPU-hour, converted\)/);
    expect(en.context).not.toMatch(/your own/);
    const ja = await ask('cost budget=1e22 gpu=h100 price=$3 currency=JPY rate=150 lang=ja');
    expect(ja.context).toMatch(/ご指定の \$3(\.00)?\/GPU時間 を換算/);
  });

  it('beside a ¥ budget a bare price is the question "yen or dollars?", offering both', async () => {
    const en = await ask('cost budget=¥3M price=3 rate=150');
    expect(en.words).toMatch(/price 3 has no currency: is it 3 JPY or 3 US dollars per GPU-hour\?/);
    expect(en.offered).toEqual(['cost budget=¥3M price=¥3 rate=150', 'cost budget=¥3M price=$3 rate=150']);
    // 円 in the command is Japanese: the question comes in Japanese.
    const ja = await ask('cost budget=300万円 price=3 rate=150');
    expect(ja.words).toMatch(/price の 3 には通貨がありません：1 GPU時間あたり 3 JPY ですか、3 米ドルですか？/);
    expect(ja.words).toMatch(/または: `\/distil cost budget=300万円 price=\$3 rate=150`/);
  });
});

describe('a unitless budget asks, with the person’s own number', () => {
  it('budget=50k: $50k, 50k GPU-hours or 5e4 FLOPs? with commands that answer', async () => {
    const en = await ask('decide student=1B budget=50k');
    expect(en.words).toMatch(/budget "50k" has no unit: is it money, GPU-hours or FLOPs\?/);
    expect(en.words).toMatch(/Accepted: \$50k, 50k GPU-hours or 5e4 FLOPs/);
    expect(en.offered).toEqual(['decide student=1B budget=$50k', 'decide student=1B budget=50k GPU-hours']);
    for (const command of en.offered) expect((await ask(command)).offered).toEqual([]);
    const ja = await ask('decide student=1B budget=50k lang=ja');
    expect(ja.words).toMatch(/budget の「50k」には単位がありません：金額、GPU時間、FLOP のどれですか？/);
    expect(ja.words).toMatch(/こう入力してみてください: `\/distil decide student=1B budget=\$50k lang=ja`/);
  });

  it('budget=100 and budget=3000 on cost offer all three readings', async () => {
    expect((await ask('cost budget=100')).offered).toEqual([
      'cost budget=$100',
      'cost budget=100 GPU-hours',
      'cost budget=1e2 FLOPs',
    ]);
    expect((await ask('cost budget=3000')).words).toMatch(/\$3000, 3000 GPU-hours or 3e3 FLOPs/);
  });

  it('budget=300万 offers 300万円 (never 1e21), asking for the yen rate by name unless the workspace has one', async () => {
    const ja = await ask('decide student=1B budget=300万');
    expect(ja.words).toMatch(/300万円（金額）、3000000 GPU-hours（GPU時間）、3e6 FLOPs（計算量）のどれか/);
    expect(ja.offered).toContain('decide student=1B budget=300万円 rate=‹1米ドルあたりの円の額›');
    expect(ja.words).not.toMatch(/1e21/);
    const rated = await ask('decide student=1B budget=300万', withRates);
    expect(rated.offered[0]).toBe('decide student=1B budget=300万円');
  });
});

describe('a rate belongs to its currency', () => {
  it('budget=€100k never suggests rate=150: it asks for euros per US dollar', async () => {
    const en = await ask('decide student=1B budget=€100k');
    expect(en.words).toMatch(/rate is needed to show costs in EUR/);
    expect(en.offered).toEqual(['decide student=1B budget=€100k rate=‹euros per US dollar›']);
    expect(en.words).toMatch(/Fill in the ‹…› and send/);
    expect(en.words).not.toMatch(/rate=150/);
    const ja = await ask('decide student=1B budget=€100k lang=ja');
    expect(ja.offered).toEqual(['decide student=1B budget=€100k rate=‹1米ドルあたりのユーロの額› lang=ja']);
  });

  it('rate=150 with no currency asks which currency and keeps the rate; lang=ja still means yen', async () => {
    const en = await ask('decide student=1B budget=1e21 rate=150');
    expect(en.words).toMatch(/rate 150 has no currency: 150 of which currency per US dollar\?/);
    expect(en.offered).toEqual([
      'decide student=1B budget=1e21 rate=150 currency=‹currency that 150 is per US dollar›',
    ]);
    const ja = await ask('decide student=1B budget=1e21 rate=150 lang=ja');
    expect(ja.offered).toEqual([]);
    expect(ja.context).toMatch(/為替: 1米ドル = 150 JPY（ご指定）/);
  });
});

describe('workspace rates (DISTILPLAN_RATES)', () => {
  it('give a currency its rate, and the answer says whose rate and its date', async () => {
    const en = await ask('decide student=1B budget=€100k', withRates);
    expect(en.offered).toEqual([]);
    expect(en.context).toMatch(/EUR at 0\.92 per USD \(set for this workspace, 2026-11-02\), approximate/);
    const ja = await ask('decide student=1B budget=300万円', withRates);
    expect(ja.context).toMatch(/為替: 1米ドル = 150 JPY（このワークスペースの設定、2026-11-01）、概算/);
  });

  it('serving (serve=, days=) is priced at the workspace rate too: no question asking for the rate again', async () => {
    const decide = await ask('decide student=1B budget=300万円 serve=1B days=365', withRates);
    expect(decide.offered).toEqual([]);
    expect(decide.words).not.toMatch(/rate=|DISTILPLAN_RATES/);
    // 300万円 at 150 per USD; serving 1e9 × 2 × 1e9 × 365 = 7.3e20 FLOPs at 25% of the H100's 989.4 TFLOP/s is
    // 819.8 GPU-hours, at $3.99 × 150 = 598.5円 each 49.1万円: 349万円 in all.
    expect(decide.words).toContain(
      '365日間、1日10億トークンを推論に使う場合、このモデルの総費用は349万円（学習300万円、推論49.1万円）',
    );
    expect(decide.context).toMatch(/為替: 1米ドル = 150 JPY（このワークスペースの設定、2026-11-01）/);
    const en = await ask('decide student=1B budget=$20k serve=1B days=365 currency=JPY', withRates);
    expect(en.offered).toEqual([]);
    // $20k is ¥3M to train, and the same ¥490.7k to serve: ¥3.49M.
    expect(en.words).toContain('Over 365 days serving 1B tokens a day, this model costs ¥3.49M in all');
    expect(en.context).toMatch(/JPY at 150 per USD \(set for this workspace, 2026-11-01\)/);
    const compare = await ask(
      'compare a: student=1B budget=300万円 serve=1B days=365 | b: student=3B budget=300万円 lang=ja',
      withRates,
    );
    expect(compare.offered).toEqual([]);
    expect(compare.words).toMatch(/365日間、1日10億トークンを推論に使う場合、総費用が最も低いのは/);
    expect(compare.words).not.toMatch(/DISTILPLAN_RATES/);
  });

  it('a Japanese answer is in yen with the workspace’s yen rate; a typed rate wins', async () => {
    const ja = await ask('decide student=1B budget=$200k lang=ja', withRates);
    expect(ja.words).toMatch(/万円/);
    expect(ja.context).toMatch(/このワークスペースの設定、2026-11-01/);
    const typed = await ask('decide student=1B budget=$200k currency=JPY rate=140', withRates);
    expect(typed.context).toMatch(/JPY at 140 per USD \(user-given\)/);
    expect(typed.context).not.toMatch(/workspace/);
    // A currency the workspace has no rate for still asks for its own rate.
    expect((await ask('decide student=1B budget=£100k', withRates)).offered).toEqual([
      'decide student=1B budget=£100k rate=‹pounds per US dollar›',
    ]);
  });

  it('a bad value stops start-up naming the variable and the accepted form', async () => {
    expect(() => workspaceFromEnv({ DISTILPLAN_RATES: 'JPY=150' })).toThrow(ConfigError);
    // `npm start` as a process (asynchronously, so the servers above keep serving meanwhile).
    const result = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'bot', 'src', 'index.ts')],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, DISTILPLAN_RATES: 'JPY=150@2026-13-01', PORT: '0' },
        timeout: 60_000,
      },
    ).then(
      () => ({ code: 0, output: '' }),
      (failed: { code: number; stdout: string; stderr: string }) => ({
        code: failed.code,
        output: failed.stdout + failed.stderr,
      }),
    );
    expect(result.code).toBe(1);
    expect(result.output).toMatch(
      /DISTILPLAN_RATES has "JPY=150@2026-13-01", which is not a rate with its date\. Accepted: CODE=RATE@YYYY-MM-DD/,
    );
  });
});

describe('corrections keep the person’s values', () => {
  it('budget=3百万円 is ¥3,000,000 (never $200k)', async () => {
    const ja = await ask('decide student=1B budget=3百万円 rate=150');
    expect(ja.offered).toEqual([]);
    expect(ja.words).toMatch(/300万円/);
    expect(ja.words).not.toMatch(/\$200k/);
  });

  it('生徒=1B 予算=300万円 is read as student= and budget= and never invents a teacher', async () => {
    const bare = await ask('生徒=1B 予算=300万円');
    expect(bare.offered).toEqual(['生徒=1B 予算=300万円 rate=‹1米ドルあたりの円の額›']);
    expect(bare.words).not.toMatch(/teacher=/);
    const rated = await ask('生徒=1B 予算=300万円', withRates);
    expect(rated.offered).toEqual([]);
    // No teacher named: one trained for this student, where the paper finds direct training better.
    // The header is the call itself (every Japanese decide answer mentions 直接学習 somewhere).
    expect(rated.words).toMatch(/^直接学習する/);
    expect(rated.words).not.toMatch(/既存/);
  });

  it('teacher=8B asks for the teacher’s tokens by name (never 8B@2T)', async () => {
    const en = await ask('decide student=1B budget=1e21 teacher=8B');
    expect(en.offered).toEqual(["decide student=1B budget=1e21 teacher=8B@‹teacher's training tokens›"]);
    expect(en.words).not.toMatch(/8B@2T/);
    const ja = await ask('decide student=1B budget=1e21 teacher=8B lang=ja');
    expect(ja.offered).toEqual(['decide student=1B budget=1e21 teacher=8B@‹教師モデルの学習トークン数› lang=ja']);
  });

  it('student=1B student=3B suggests comparing them, and the comparison answers', async () => {
    const en = await ask('decide student=1B student=3B budget=1e21');
    expect(en.offered[0]).toBe('compare student=1B budget=1e21 | student=3B');
    expect((await ask(en.offered[0]!)).offered).toEqual([]);
    const ja = await ask('decide student=1B student=3B budget=1e21 lang=ja');
    expect(ja.offered[0]).toBe('compare student=1B budget=1e21 lang=ja | student=3B');
  });

  it('a value that does not read is asked for by name, not replaced by an example', async () => {
    const en = await ask('decide student=1.5X budget=1e21');
    expect(en.offered).toEqual(['decide student=‹student size› budget=1e21']);
    const ja = await ask('decide student=1.5X budget=1e21 lang=ja');
    expect(ja.offered).toEqual(['decide student=‹モデルのサイズ› budget=1e21 lang=ja']);
  });
});
