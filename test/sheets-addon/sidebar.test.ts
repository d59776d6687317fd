/**
 * The "Distil or train?" sidebar in real headless Chromium: the page from
 * Sidebar.html, a fake google.script.run backed by the real built Code.js in
 * node:vm, a good question and a bad one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetFor } from '../../core/cost/index.js';
import { CHART_COLOURS, decide, formatLoss, formatScientific } from '../../core/index.js';
import { ask, openSidebar, type SidebarSession } from '../../sheets-addon/tool/sidebarHarness.js';
import { loadGasBundle } from '../helpers/gasBundle.js';
import { expectJapanese } from '../helpers/japanese.js';

let session: SidebarSession;
beforeAll(async () => {
  const gas = loadGasBundle();
  session = await openSidebar((name, args) => gas.call(name, ...args));
}, 60_000);
afterAll(async () => {
  // The page asked for nothing from the network, in any test.
  expect(session.refused).toEqual([]);
  await session?.close();
});

const text = (id: string) => session.page.locator(`#${id}`).innerText();

describe('the sidebar', () => {
  it('fits the 300 px sidebar and loads nothing from the network', async () => {
    const width = await session.page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(300);
    expect(await session.page.title()).toBe('Distil or train?');
  });

  it('a good question: the call, both losses, compute, cost and days from the bundle', async () => {
    await ask(session.page, { student: '1B', budget: '$200k', teacher: '8B@15T', gpu: 'h100' });
    expect(session.calls.at(-1)).toEqual({
      name: 'distilSidebarAnswer',
      args: [
        {
          student: '1B',
          budget: '$200k',
          teacher: '8B@15T',
          gpu: 'h100',
          gpus: '8',
          currency: '',
          rate: '',
          lang: 'en-US',
        },
      ],
    });
    const flops = budgetFor('$200k', { gpu: 'h100' }).flops;
    const decision = decide({
      studentParams: 1e9,
      compute: flops,
      teacher: { kind: 'size', teacherParams: 8e9, teacherTokens: 1.5e13 },
    });
    expect(await session.page.locator('#answer').isVisible()).toBe(true);
    expect(await session.page.locator('#problem').isVisible()).toBe(false);
    const headline = {
      distil: 'Distil',
      train: 'Train directly',
      'close-call': 'Close call',
      'outside-evidence': 'Outside the evidence',
    };
    expect(await text('call')).toBe(headline[decision.call]);
    // Outside the evidence (2.87T student tokens), the first screen says where the evidence is in money and days
    // on the answer's GPUs, not in FLOPs only.
    expect(decision.call).toBe('outside-evidence');
    expect(await text('sentence')).toMatch(
      /Inside the evidence: budgets [\d.×⁰¹²³⁴⁵⁶⁷⁸⁹]+ to [\d.×⁰¹²³⁴⁵⁶⁷⁸⁹]+ FLOPs\. That is \$[\d.,]+k? to \$[\d.,]+k?, .+ on 8 GPUs\./,
    );
    expect(await session.page.locator('#verdict').isVisible()).toBe(decision.call !== decision.verdict);
    // The figures as every face words them (messages/ wordDecide): the losses, then the money the budget is.
    expect(await text('figure-distilled')).toBe(formatLoss(decision.distilLoss));
    expect(await text('figure-direct')).toBe(formatLoss(decision.supervisedLoss));
    expect(await text('figure-cost')).toBe('$200k');
    // The days and price lines as Slack writes them (messages/: one way on every face).
    // $200k at $3.99 per GPU-hour is 50,125.3 GPU-hours: on 8 GPUs, 50,125.3 / 8 / 24 = 261.1 days, said to two
    // significant figures.
    expect(await text('money')).toMatch(/The run takes about 260 days on 8 H100 SXM5 GPUs( \(.+\))?\.$/);
    expect(await text('notes')).toMatch(/^Price \$[\d.]+\/GPU-hour: \w+ .*\([\w-]+\), as of \d{4}-\d{2}/m);
    expect(await text('readBack')).toBe(
      'Read as: 1B student, $200k budget, existing 8B teacher trained on 15T tokens, 8 GPUs, on h100',
    );
    // The chart of both routes, drawn by the bundle from core's chart description.
    const chart = session.page.locator('#chart svg');
    expect(await chart.isVisible()).toBe(true);
    const strokes = await chart
      .locator('path')
      .evaluateAll((paths) => paths.map((path) => path.getAttribute('stroke')));
    expect(strokes).toEqual([CHART_COLOURS.distilled, CHART_COLOURS.direct]);
    expect(await chart.getAttribute('aria-label')).toContain(`at ${formatScientific(flops)} FLOPs`);
  });

  it('a bad question: the field is marked and the message names it; no stale answer stays', async () => {
    await ask(session.page, { student: 'lots', budget: '$200k', teacher: '', gpu: 'h100' });
    expect(await session.page.locator('#problem').isVisible()).toBe(true);
    expect(await text('problem')).toMatch(/^student "lots" is not a number\. Accepted: /);
    expect(await session.page.locator('#student').getAttribute('aria-invalid')).toBe('true');
    expect(await session.page.locator('#answer').isVisible()).toBe(false);
    await ask(session.page, { student: '1B', budget: '¥30M', rate: '' });
    expect(await text('problem')).toMatch(/^rate is needed to show costs in JPY/);
    expect(await session.page.locator('#rate').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('the sidebar in Japanese (a browser set to ja-JP)', () => {
  let ja: SidebarSession;
  beforeAll(async () => {
    const gas = loadGasBundle();
    ja = await openSidebar((name, args) => gas.call(name, ...args), 'ja-JP');
  }, 60_000);
  afterAll(async () => {
    expect(ja.refused).toEqual([]);
    await ja?.close();
  });
  const jaText = (id: string) => ja.page.locator(`#${id}`).innerText();

  it('words the call, the sentence, the table and the notes in Japanese, yen in 万/億', async () => {
    // A teacher trained for one 1B student on ¥30M: outside the evidence (direct-training tokens far beyond the fitted range).
    await ask(ja.page, { student: '1B', budget: '3000万円', teacher: '', gpu: 'h100', rate: '150' });
    expect(ja.calls.at(-1)?.args[0]).toMatchObject({ lang: 'ja-JP' });
    expect(await jaText('call')).toBe('根拠の範囲外');
    expect(await jaText('sentence')).toContain('論文の知見：');
    expect(await jaText('verdict')).toMatch(/^則だけなら(蒸留|直接学習)が [\d.]+ nats 優位です。$/);
    expect(await jaText('figure-cost')).toBe('3,000万円');
    // ¥30M at 150 yen to the dollar is $200k: the same 261.1 days on 8 GPUs, about 260.
    expect(await jaText('money')).toMatch(/学習期間は H100 SXM5 8台で約260日(（.+）)?。$/);
    expect(await jaText('readBack')).toBe(
      '1B のモデル、予算 3000万円、GPU 8 台、GPU h100、レート 150 として判定しました',
    );
    expect(await jaText('label-distilled')).toBe('蒸留した場合の損失');
    expect(await ja.page.evaluate('document.documentElement.lang')).toBe('ja');
    for (const selector of ['#call', '#readBack', '#sentence', '#verdict', '#money', '#answer table', '#notes'])
      expectJapanese(await ja.page.locator(selector).innerText(), selector);
  });

  it('a close call in Japanese', async () => {
    // A 3B student on $30k with a 7B@2T teacher: the plausible laws split (distillation wins in about 3 of 10).
    await ask(ja.page, { student: '3B', budget: '$30k', teacher: '7B@2T', gpu: 'h100', rate: '150' });
    expect(await jaText('call')).toMatch(/^僅差( · 外挿 ×[\d.]+（.+）)?$/);
    expect(await jaText('sentence')).toMatch(/^妥当な法則 200 通りのうち \d+% で蒸留が勝ちます/);
    expect(await jaText('sentence')).toContain(
      '差は予測誤差の範囲（品質はほぼ同じ）です。費用・期間・推論費用で選べます。',
    );
    expect(await jaText('figure-cost')).toBe('450万円');
  });

  it('a bad question is answered in Japanese, naming the field', async () => {
    await ask(ja.page, { student: 'たくさん', budget: '$200k', teacher: '', gpu: 'h100' });
    expect(await jaText('problem')).toMatch(/^student の「たくさん」は数値ではありません。使える形式: /);
  });
});
