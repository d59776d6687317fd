/**
 * The decide answer's headline in Slack and the CLI: the call (never the bare
 * verdict) in the header, then the money-and-time sentence, in English and
 * Japanese, for each call kind; its numbers checked against core's decision
 * (App. D.5's compute ratio) and against arithmetic by hand (GPU-hours ×
 * price, GPU-hours / GPUs / 24); the warnings that change the decision beside
 * the verdict, the extrapolations in the small print.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../bot/src/answer/answer.js';
import { budgetFor, costFlops, costingOf, decide, describeHeadline, wallClockDays } from '../../core/index.js';
import { formatMoney, headlineLines } from '../../messages/index.js';
import { allText, contextText, headerOf } from '../helpers/slackBlocks.js';

/** The first section after the header: the headline sentence. */
function headlineSection(text: string, lang = ''): string {
  const { blocks } = answer(`${text}${lang}`);
  const section = blocks[1];
  return section?.type === 'section' ? (section.text?.text ?? '') : '';
}

const EXISTING = { kind: 'size', teacherParams: 7.75e9, teacherTokens: 5.12e11 } as const;
/** 989.4 TFLOP/s (H100 SXM5 dense bf16) × 40% MFU × 3600 s: FLOPs per GPU-hour. */
const FLOPS_PER_GPU_HOUR = 989.4e12 * 0.4 * 3600;
/** The price table's default H100 price per GPU-hour, in USD (an input, read from the table). */
const DEFAULT_PRICE = Number(costFlops(1e21).assumptions.price.perGpuHour);

const CASES = {
  distil: {
    text: 'decide student=10B budget=1e21 teacher=7.75B@512B',
    en: ['Distil', "Distillation reaches direct training's loss with"],
    ja: ['蒸留する', '蒸留なら予算の'],
  },
  train: {
    text: 'decide student=1B budget=1e20 teacher=7B@2T',
    en: ['Train directly', 'Distillation would need'],
    ja: ['直接学習する', '蒸留で直接学習と同じ損失に届くには予算の'],
  },
  'close-call': {
    text: 'decide student=300M budget=1e19 teacher=1B teacher-loss=2.3',
    en: ['Close call', "The difference is within the laws' error (quality about the same)"],
    ja: ['僅差', '差は予測誤差の範囲（品質はほぼ同じ）'],
  },
  'outside-evidence': {
    text: 'decide student=1B budget=$200k students=8',
    en: ['Outside the evidence', 'What the paper found: a teacher shared by several students'],
    ja: ['根拠の範囲外', '論文の知見：複数の生徒モデルで教師モデルを共有すると'],
  },
} as const;

describe('the headline per call kind, in English and Japanese', () => {
  for (const [call, { text, en, ja }] of Object.entries(CASES)) {
    it(`${call}: the call in the header, the sentence, the cost and the days`, () => {
      // The header is the call, with the evidence meter beside it when the question is extrapolated.
      expect(headerOf(answer(text).blocks)).toMatch(new RegExp(`^${en[0]}( · extrapolated ×[\\d.]+ \\(.+\\))?$`));
      expect(headlineSection(text)).toContain(en[1]);
      expect(headlineSection(text)).toMatch(
        /It costs \$[\d.,]+k?\. The run takes (about [\d.]+ (days?|hours)|under an hour) on 8 /,
      );
      expect(headerOf(answer(`${text} lang=ja`).blocks)).toMatch(new RegExp(`^${ja[0]}( · 外挿 ×[\\d.]+（.+）)?$`));
      expect(headlineSection(text, ' lang=ja')).toContain(ja[1]);
      expect(headlineSection(text, ' lang=ja')).toMatch(
        /費用は[\d.,]+(万)?(ドル|円)。学習期間は H100 SXM5 8台で(約[\d.]+(日|時間)|1時間未満)/,
      );
    });
  }

  it('outside the evidence names which budgets bring the question inside it, in FLOPs a person reads and in money and days', () => {
    const { text } = CASES['outside-evidence'];
    expect(headlineSection(text)).toMatch(
      /Inside the evidence: budgets \d\.\d×10[⁰¹²³⁴⁵⁶⁷⁸⁹]+ to \d\.\d×10[⁰¹²³⁴⁵⁶⁷⁸⁹]+ FLOPs\. That is \$[\d.,]+k? to \$[\d.,]+k?, .+ on 8 GPUs\./,
    );
    expect(headlineSection(text, ' lang=ja')).toMatch(
      /根拠の範囲に入るのは \d\.\d×10[⁰¹²³⁴⁵⁶⁷⁸⁹]+〜\d\.\d×10[⁰¹²³⁴⁵⁶⁷⁸⁹]+ FLOP の予算（[\d.,]+(万)?ドル〜[\d.,]+(万)?ドル、GPU 8台で[^）]+）です。/,
    );
    expect(allText(answer(text))).not.toMatch(/\d\.\d+e\d+/);
  });
});

describe('the headline numbers', () => {
  it('prices the compute ratio at the answer price and spreads the GPU-hours over gpus=N (yen, 64 GPUs)', () => {
    const decision = decide({ studentParams: 1e10, compute: 1e21, teacher: EXISTING });
    expect(decision.call).toBe('distil');
    const ratio = decision.computeRatio!;
    expect(ratio).toBeGreaterThan(0);
    expect(ratio).toBeLessThan(1);
    // By hand: 1e21 FLOPs are 702 GPU-hours at the table's price and ¥150 per dollar; distillation saves (1 − ratio) of it.
    const gpuHours = 1e21 / FLOPS_PER_GPU_HOUR;
    const yen = gpuHours * DEFAULT_PRICE * 150;
    const saving = formatMoney(String((1 - ratio) * yen), 'JPY', { compact: true, lang: 'ja' });
    const days = gpuHours / 64 / 24; // 0.457 days: said in hours
    const sentence = headlineSection(
      'decide student=10B budget=1e21 teacher=7.75B@512B currency=JPY rate=150 gpus=64',
      ' lang=ja',
    );
    expect(sentence).toContain(
      `蒸留なら予算の${Math.round(ratio * 100)}%で直接学習と同じ損失に届きます（${saving}の節約）。`,
    );
    expect(sentence).toContain(`費用は${formatMoney(String(yen), 'JPY', { compact: true, lang: 'ja' })}。`);
    expect(sentence).toContain(`H100 SXM5 64台で約${Number((days * 24).toPrecision(2))}時間`);
    expect(sentence).toContain('64台で約11時間');
  });

  it('says how much more distillation would need when direct training wins, in dollars, and the days on 8 GPUs', () => {
    const teacher = { kind: 'size', teacherParams: 7e9, teacherTokens: 2e12 } as const;
    const decision = decide({ studentParams: 1e9, compute: 1e20, teacher });
    const ratio = decision.computeRatio!;
    expect(ratio).toBeGreaterThan(1);
    const dollars = (1e20 / FLOPS_PER_GPU_HOUR) * DEFAULT_PRICE;
    const more = formatMoney(String((ratio - 1) * dollars), 'USD', { compact: true });
    const sentence = headlineSection(CASES.train.text);
    expect(sentence).toContain(`Distillation would need ${ratio.toFixed(1)}× this budget (${more} more)`);
    // 70.2 GPU-hours on 8 GPUs: 8.8 hours.
    expect(sentence).toContain(
      `about ${Number(((dollars / DEFAULT_PRICE / 8 / 24) * 24).toPrecision(2))} hours on 8 H100 SXM5`,
    );
  });

  it("core's wall-clock days are GPU-hours / GPUs / 24, band by band", () => {
    const band = { low: 480, base: 702, high: 936 };
    expect(wallClockDays(band, 8)).toEqual({ low: 2.5, base: 702 / 192, high: 4.875 });
    const costing = costingOf(budgetFor('1e21'), undefined, null, { gpus: 64 });
    expect(costing.wallClock.days.base).toBeCloseTo(1e21 / FLOPS_PER_GPU_HOUR / 64 / 24, 12);
  });

  it('the CLI and Slack say the same sentence from one description', () => {
    const budget = budgetFor('1e21');
    const decision = decide({ studentParams: 1e10, compute: budget.flops, teacher: EXISTING });
    const costing = costingOf(budget, decision.plan, decision.flipCompute, { computeRatio: decision.computeRatio });
    const [callLine, share, ratio, moneyAndTime] = headlineLines(describeHeadline(decision, costing), 'en');
    // 10B is 1.3× the largest fitted student: the call stands, with the meter beside it.
    expect(callLine).toBe(
      'DISTIL — extrapolated ×1.3 (student size): distillation beats training this student directly',
    );
    expect(share).toBe(
      `Distil wins in ${Math.round(100 * decision.verdictShare)}% of 200 plausible laws (distil at ≥ 90%, train at ≤ 10%).`,
    );
    expect(headlineSection(CASES.distil.text)).toContain(share!);
    const slack = headlineSection(CASES.distil.text);
    expect(slack).toContain(ratio!);
    expect(slack).toContain(moneyAndTime!);
  });
});

describe('the layout: what changes the decision sits beside the verdict', () => {
  it('a capacity gap is in the first blocks, extrapolations in the small print', () => {
    const message = answer('decide student=1B budget=$200k teacher=7B@2T');
    const divider = message.blocks.findIndex((block) => block.type === 'divider');
    const first = JSON.stringify(message.blocks.slice(0, divider));
    expect(first).toContain('past the capacity gap');
    expect(first).not.toContain('outside the fitted range');
    expect(contextText(message.blocks)).toContain('outside the fitted range');
  });

  it('a close call is said once, in the headline', () => {
    const message = answer(CASES['close-call'].text);
    expect(allText(message).match(/within the laws' ~1% prediction error/g)).toBeNull();
  });
});
