/**
 * `/distil scenarios` and `costs=NAME` in Slack: the rows are core's scenarios (the CLI's, to the minor unit), the
 * cheapest of each kind is said, a decision under a profile carries parts that sum to its total, and costs= takes
 * names only (no paths, no inherited names, no large or broken files), with coded errors in English and Japanese.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../bot/src/answer/answer.js';
import { parseRequest } from '../../bot/src/command/parse.js';
import { compute, type DecideResult, type ScenariosResult } from '../../bot/src/results/compute.js';
import { costScenarios, MAX_COST_PROFILE_BYTES } from '../../core/index.js';
import { formatMoney } from '../../messages/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'distilplan-costs-'));
const before = process.env.DISTILPLAN_COSTS_DIR;
beforeAll(() => {
  process.env.DISTILPLAN_COSTS_DIR = dir;
  copyFileSync('examples/cost-profile.json', path.join(dir, 'finance.json'));
  writeFileSync(
    path.join(dir, 'broken.json'),
    JSON.stringify({
      format: 'distilplan-cost-profile',
      version: 1,
      name: 'b',
      currency: 'USD',
      evaluation: { amount: 5, unit: 'hours' },
    }),
  );
  writeFileSync(path.join(dir, 'big.json'), `{"note":"${'x'.repeat(MAX_COST_PROFILE_BYTES)}"}`);
});
afterAll(() => {
  if (before === undefined) delete process.env.DISTILPLAN_COSTS_DIR;
  else process.env.DISTILPLAN_COSTS_DIR = before;
});

const textOf = (text: string): string => JSON.stringify(answer(text).blocks);

describe('/distil scenarios', () => {
  it('gives the rows core (and the CLI) give, cheapest first, with the top rows and the cheapest of each kind', () => {
    const result = compute(parseRequest('scenarios budget=1e22 gpu=h100,b200 kind=on-demand,spot')) as ScenariosResult;
    const core = costScenarios({ flops: 1e22, gpuIds: 'h100,b200', kinds: 'on-demand,spot' });
    expect(result.scenarios.rows.map((row) => [row.id, row.cost])).toEqual(core.rows.map((row) => [row.id, row.cost]));
    const blocks = textOf('scenarios budget=1e22 gpu=h100,b200 kind=on-demand,spot');
    expect(blocks).toContain('The 8 cheapest of 11 offers');
    expect(blocks).toContain(
      `*specialised-b200-spot* (spot, 2,250 TFLOP/s) ${formatMoney(core.rows[0]!.cost.base, 'USD', { compact: true })}`,
    );
    expect(blocks).toContain('cheapest on-demand: specialised-b200-low');
    expect(blocks).toContain('cheapest spot: specialised-b200-spot');
  });

  it('shows each row’s GPU peak when the peaks differ, as the note under the rows says', () => {
    const mixed = textOf('scenarios budget=1e22 gpu=h100,b200 kind=on-demand');
    expect(mixed).toContain('every row shows its GPU');
    expect(mixed).toContain('*lambda-h100-8x* (on-demand, 989 TFLOP/s)');
    expect(textOf('scenarios budget=1e22 gpu=h100,b200 kind=on-demand lang=ja')).toContain(
      '*lambda-h100-8x*（オンデマンド、989 TFLOP/s）',
    );
    // One peak for every row: no column of it, as in the CLI.
    expect(textOf('scenarios budget=1e22 gpu=h100 kind=on-demand')).toContain('*lambda-h100-8x* (on-demand) ');
  });

  it('answers in yen with a rate, in Japanese', () => {
    const blocks = textOf('scenarios 予算=1e22 gpu=h100 rate=150 currency=JPY lang=ja');
    expect(blocks).toMatch(/安い順/);
    expect(blocks).toMatch(/オンデマンドで最安：runpod-h100-secure/);
  });

  it('shows a run under a day as the CLI does, to 2 significant figures', () => {
    // 1.234e20 FLOPs at 40% of the H100's 989.4 TFLOP/s: 86.6 GPU-hours, on 8 GPUs 0.451 days, shown 0.45.
    expect(textOf('scenarios budget=1.234e20 gpu=h100')).toContain('· 0.45 days on 8 GPUs');
    expect(textOf('scenarios budget=1.234e20 gpu=h100 lang=ja')).toContain('GPU 8台で0.45日');
    expect(textOf('scenarios budget=1e22 gpu=h100')).toMatch(/· 3[0-9]\.\d days on 8 GPUs/);
  });

  it('adds each offer’s total cost of ownership under costs=', () => {
    const result = compute(parseRequest('scenarios budget=1e22 gpu=h100 costs=finance')) as ScenariosResult;
    for (const row of result.scenarios.rows) {
      const sum = row.ownership!.parts.reduce((t, part) => t.plus(part.amount), new Decimal(0));
      expect(sum.toFixed(2)).toBe(row.ownership!.total);
    }
    expect(textOf('scenarios budget=1e22 gpu=h100 costs=finance')).toContain('total cost of ownership');
  });
});

describe('costs= on a decision', () => {
  it('reports parts that sum to its total, and the headline says the total', () => {
    const result = compute(parseRequest('student=1B budget=1e22 costs=finance currency=JPY rate=150')) as DecideResult;
    const owned = result.costing.ownership!;
    const sum = owned.parts.reduce((t, part) => t.plus(part.amount), new Decimal(0));
    expect(sum.toFixed(0)).toBe(owned.total);
    expect(owned.profile?.converted).toBe(true);
    const blocks = textOf('student=1B budget=1e22 costs=finance');
    expect(blocks).toMatch(/It costs \$[\d.]+k in all under the cost profile \\"example-finance-2027\\"/);
    expect(blocks).toMatch(/Total cost of ownership under the cost profile/);
  });

  it('keeps saying what is not counted without a profile', () => {
    expect(textOf('student=1B budget=1e22')).toContain('GPU rental for the final run only');
  });
});

describe('costs= takes names only', () => {
  const cases: Array<[string, RegExp, RegExp]> = [
    ['../finance', /costs\* \\"..\/finance\\" is not a set name/, /セット名ではありません/],
    ['constructor', /costs\* \\"constructor\\" is not a set name/, /セット名ではありません/],
    [
      'nope',
      /is not a cost profile of this workspace.*Accepted: one of big, broken, finance/,
      /big、broken、finance のいずれか/,
    ],
    [
      'broken',
      /broken\.json: evaluation\.unit\* is not a unit this part is stated in/,
      /evaluation\.unit\* はこの項目の単位ではありません/,
    ],
    ['big', /file big\.json is over 65\.5k bytes/, /バイトを超えています/],
  ];
  for (const [name, en, ja] of cases)
    it(`refuses costs=${name} in English and Japanese`, () => {
      expect(textOf(`scenarios budget=1e22 costs=${name}`)).toMatch(en);
      expect(textOf(`scenarios budget=1e22 costs=${name} lang=ja`)).toMatch(ja);
    });
});

describe('costs= never opens what is not a regular file', () => {
  it('refuses a FIFO at once (opening one would block the bot), in English and Japanese', () => {
    const fifoDir = mkdtempSync(path.join(tmpdir(), 'distilplan-costs-fifo-'));
    execFileSync('mkfifo', [path.join(fifoDir, 'pipe.json')]);
    process.env.DISTILPLAN_COSTS_DIR = fifoDir;
    try {
      expect(textOf('scenarios budget=1e22 costs=pipe')).toMatch(/pipe\.json is not a regular file/);
      expect(textOf('scenarios budget=1e22 costs=pipe lang=ja')).toMatch(/pipe\.json は通常のファイルではありません/);
    } finally {
      process.env.DISTILPLAN_COSTS_DIR = dir;
    }
  });

  it('refuses a link that leads out of the folder, and reads one that stays inside', () => {
    const linkDir = mkdtempSync(path.join(tmpdir(), 'distilplan-costs-links-'));
    copyFileSync('examples/cost-profile.json', path.join(linkDir, 'finance.json'));
    symlinkSync(path.join(dir, 'finance.json'), path.join(linkDir, 'escape.json'));
    symlinkSync(path.join(linkDir, 'finance.json'), path.join(linkDir, 'alias.json'));
    writeFileSync(path.join(linkDir, 'torn.json'), '{"format":');
    process.env.DISTILPLAN_COSTS_DIR = linkDir;
    try {
      expect(textOf('scenarios budget=1e22 costs=escape')).toMatch(
        /\*costs\* file escape\.json is a link that leads out of its folder/,
      );
      expect(textOf('scenarios budget=1e22 costs=torn')).toMatch(
        /\*costs\* file torn\.json is not valid JSON\\nAccepted: a file like examples\/cost-profile\.json/,
      );
      expect(textOf('scenarios budget=1e22 costs=alias')).toContain('total cost of ownership');
    } finally {
      process.env.DISTILPLAN_COSTS_DIR = dir;
    }
  });
});
