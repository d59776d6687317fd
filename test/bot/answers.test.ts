/**
 * Every subcommand with good input, in English and Japanese: the numbers in
 * the blocks are the core's numbers for the same inputs (formatted by the
 * core's formatters, so the CLI prints the same digits), and independent
 * facts hold (the verdict's wording, hand-worked costs, Japanese units).
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../bot/src/answer/answer.js';
import { POST_TO_CHANNEL_ACTION } from '../../bot/src/ids.js';
import { budgetToFlops, costFlops, costPlan } from '../../core/cost/index.js';
import { decide, formatLoss, formatMargin, optimalDistillation } from '../../core/index.js';
import { formatMoney, powerOfTen } from '../../messages/index.js';
import {
  allText,
  buttonOf,
  contextText,
  fieldSections,
  fieldsOf,
  headerOf,
  limitViolations,
} from '../helpers/slackBlocks.js';

/** The call as each header says it (an independent table, not the catalogue). */
const CALL_WORDS = {
  distil: 'Distil',
  train: 'Train directly',
  'close-call': 'Close call',
  'outside-evidence': 'Outside the evidence',
} as const;

const SIZE_TEACHER = { kind: 'size', teacherParams: 7e9, teacherTokens: 2e12 } as const;

describe('decide', () => {
  it('shows the core decision for an existing teacher given by size@tokens, in English', () => {
    const message = answer('decide student=1B budget=1e21 teacher=7B@2T');
    const decision = decide({ studentParams: 1e9, compute: 1e21, teacher: SIZE_TEACHER });
    const fields = fieldsOf(message.blocks);
    expect(fields['Distilled loss']).toBe(formatLoss(decision.distilLoss));
    expect(fields['Trained directly']).toBe(formatLoss(decision.supervisedLoss));
    expect(fields['Margin (direct − distilled)']).toBe(`${formatMargin(decision.margin)} nats`);
    expect(fields.Budget).toBe('1.0×10²¹ FLOP');
    expect(fields.Teacher).toBe(`existing 7B on 2T tokens, loss ${formatLoss(decision.plan.teacherLoss)}`);
    // An independent fact: a 1B student on 1e21 FLOPs gains nothing from a 7B teacher it must pay logits for.
    expect(decision.verdict).toBe('train');
    expect(decision.call).toBe('train');
    expect(headerOf(message.blocks)).toBe('Train directly');
    // By hand: 1e21 FLOPs / (989.4 TFLOP/s × 40% × 3600 s) = 701.9 GPU-hours × $3.99; on 8 GPUs, 3.66 days.
    const dollars = (1e21 / (989.4e12 * 0.4 * 3600)) * 3.99;
    const gap = (decision.computeRatio! - 1) * dollars;
    expect(message.text).toBe(
      `Train directly: Distil wins in ${Math.round(100 * decision.verdictShare)}% of 200 plausible laws (distil at ≥ 90%, train at ≤ 10%). Distillation would need ${decision.computeRatio!.toFixed(1)}× this budget ($${(gap / 1000).toPrecision(3)}k more) to match direct training. It costs $2.8k. The run takes about 3.7 days on 8 H100 SXM5 GPUs (2.9 days to 4.9 days).`,
    );
    expect(message.response_type).toBe('ephemeral');
  });

  it('names the law, the MFU band, the GPU and the dated price in the context', () => {
    const context = contextText(answer('decide student=1B budget=1e21 teacher=7B@2T').blocks);
    expect(context).toContain('busbridge2025-corrected');
    expect(context).toContain('MFU 30/40/50%');
    expect(context).toContain('H100 SXM5');
    expect(context).toContain('$3.99/GPU-hour');
    expect(context).toContain('lambda 8× H100 SXM5 (on-demand), as of 2026-10-06');
  });

  it('says distil when distillation wins (a 10B student, an existing 7.75B teacher, 1e21 FLOPs: the paper finds it so)', () => {
    const decision = decide({
      studentParams: 1e10,
      compute: 1e21,
      teacher: { kind: 'size', teacherParams: 7.75e9, teacherTokens: 5.12e11 },
    });
    expect(decision.call).toBe('distil');
    const message = answer('decide student=10B budget=1e21 teacher=7.75B@512B');
    // 10B is 1.3× the largest fitted student (7.75B): the call stands, with the evidence meter in the header.
    expect(headerOf(message.blocks)).toBe('Distil · extrapolated ×1.3 (student size)');
    expect(fieldsOf(message.blocks)['Distilled loss']).toBe(formatLoss(decision.distilLoss));
    expect(message.text).toContain("Distillation reaches direct training's loss with");
  });

  it("says a close call when the routes differ by less than the laws' error, and the bare verdict beside it", () => {
    const decision = decide({
      studentParams: 3e8,
      compute: 1e19,
      teacher: { kind: 'loss', teacherLoss: 2.3, teacherParams: 1e9 },
    });
    expect(decision.verdict).toBe('distil');
    expect(decision.call).toBe('close-call');
    const message = answer('decide student=300M budget=1e19 teacher=1B teacher-loss=2.3');
    expect(headerOf(message.blocks)).toMatch(/^Close call( · extrapolated ×[\d.]+ \(.+\))?$/);
    expect(message.text).toContain(`Distil wins in ${Math.round(100 * decision.verdictShare)}% of 200 plausible laws`);
    expect(message.text).toContain("The difference is within the laws' error (quality about the same)");
    expect(message.text).toContain(`The law alone says distil, by ${decision.margin.toFixed(4)} nats.`);
  });

  it('turns a money budget into FLOPs through core/cost and plans with exactly those FLOPs', () => {
    const flops = budgetToFlops('$200k');
    const decision = decide({ studentParams: 1e9, compute: flops, teacher: SIZE_TEACHER });
    const fields = fieldsOf(answer('decide student=1B budget=$200k teacher=7B@2T').blocks);
    expect(fields['Distilled loss']).toBe(formatLoss(decision.distilLoss));
    expect(fields.Budget.startsWith(`$200k ≈ ${powerOfTen(flops)} FLOP`)).toBe(true);
    expect(fields.Budget.startsWith('$200k ≈ 7.1×10²² FLOP')).toBe(true);
    // By hand: $200,000 / $3.99 per hour (50,125.3 GPU-hours) × 3600 s × 989.4 TFLOP/s × 40% MFU.
    expect(flops).toBeCloseTo((200000 / 3.99) * 3600 * 989.4e12 * 0.4, -10);
    expect(fields.Cost).toBe('$200k');
    expect(fields['GPU-hours']).toBe('50,100 GPU-hours · h100-sxm');
  });

  it('plans a teacher to train when there is none, shared by K students', () => {
    const flops = budgetToFlops('50,000 GPU-hours');
    const decision = decide({ studentParams: 1e9, compute: flops, teacher: { kind: 'none', students: 4 } });
    const fields = fieldsOf(answer('decide student=1B budget=50,000 GPU-hours students=4').blocks);
    expect(fields['Distilled loss']).toBe(formatLoss(decision.distilLoss));
    expect(fields.Teacher).toContain('shared by 4 students');
    expect(fields.Teacher).toContain(`loss ${formatLoss(decision.plan.teacherLoss)}`);
    // The flip lies below the budgets inside the evidence: never shown as a budget.
    expect(decision.evidence.flip).toBe('below-evidence');
    expect(fields['Verdict flips at']).toBe("never at a realistic budget (the laws' flip is below the evidence)");
  });

  it('answers in Japanese with lang=ja: labels, 億 and the same digits', () => {
    const decision = decide({
      studentParams: 1e9,
      compute: 1e21,
      teacher: { kind: 'loss', teacherLoss: 2.1, teacherParams: 7e9 },
    });
    const message = answer('decide student=1B budget=1e21 teacher=7B teacher-loss=2.1 lang=ja');
    const fields = fieldsOf(message.blocks);
    expect(decision.call).toBe('train');
    expect(headerOf(message.blocks)).toBe('直接学習する');
    expect(fields['蒸留した場合の損失']).toBe(formatLoss(decision.distilLoss));
    expect(fields['直接学習した場合の損失']).toBe(formatLoss(decision.supervisedLoss));
    expect(fields['教師モデル']).toBe('既存 70億パラメータ、損失 2.1000');
    // 439億 tokens is the core's student tokens at 3 significant figures.
    const tokens = /蒸留 ([\d.]+)億トークン/.exec(fields['生徒モデルのトークン数']!);
    expect(Number(tokens![1]) * 1e8).toBeCloseTo(Number(decision.plan.studentTokens.toPrecision(3)), -6);
    expect(message.text.startsWith('直接学習する: 妥当な法則 200 通りのうち')).toBe(true);
    expect(message.text).toContain('蒸留で直接学習と同じ損失に届くには予算の');
    expect(contextText(message.blocks)).toContain('2026-10-06 時点');
    expect(buttonOf(message.blocks)?.action_id).toBe(POST_TO_CHANNEL_ACTION);
  });

  it('shows yen with currency=JPY and a rate, in Japanese', () => {
    const message = answer('decide student=1B budget=¥30M teacher=7B@2T rate=150 lang=ja');
    const flops = budgetToFlops('¥30M', { currency: 'JPY', rate: '150' });
    expect(flops).toBeCloseTo(budgetToFlops('$200k'), -8);
    expect(fieldsOf(message.blocks)['費用']).toBe('3,000万円');
    expect(contextText(message.blocks)).toContain('1米ドル = 150 JPY');
  });

  it('gives the warnings in Japanese with lang=ja', () => {
    // A 7B@2T teacher for a 1B student on $200k: extrapolations and a capacity gap (see the English answer).
    // The capacity gap changes the decision: it sits beside the verdict, the extrapolations in the small print.
    const english = allText(answer('decide student=1B budget=$200k teacher=7B@2T'));
    expect(english).toContain('past the capacity gap');
    const japanese = allText(answer('decide student=1B budget=$200k teacher=7B@2T lang=ja'));
    expect(japanese).toContain('能力ギャップを越えています');
    expect(japanese).toContain('外挿');
    expect(japanese).not.toMatch(/capacity gap|outside the fitted range/);
  });

  it('carries the command text in the Post to channel button', () => {
    const button = buttonOf(answer('decide  student=1B   budget=1e21 teacher=7B@2T').blocks)!;
    expect(JSON.parse(button.value)).toEqual({ text: 'decide student=1B budget=1e21 teacher=7B@2T' });
  });

  it('reads words in any order, full-width characters and the CLI names of keys', () => {
    const reference = fieldsOf(answer('decide student=1B budget=1e21 teacher=7B@2T').blocks);
    expect(fieldsOf(answer('decide teacher=7B@2T budget=1e21 student=1B').blocks)).toEqual(reference);
    expect(fieldsOf(answer('ｄｅｃｉｄｅ　student＝１Ｂ budget＝1e21 teacher＝7B@2T').blocks)).toEqual(reference);
    expect(
      fieldsOf(answer('decide student-params=1,000,000,000 compute=1e21 teacher-params=7e9 teacher-tokens=2T').blocks),
    ).toEqual(reference);
    expect(fieldsOf(answer('student=1B budget=1e21 teacher=7B@2T').blocks)).toEqual(reference);
  });
});

describe('plan', () => {
  it('shows the core optimal plan for the scenario', () => {
    const plan = optimalDistillation({ studentParams: 1e9, compute: 1e21, scenario: 'teacher-inference' });
    const message = answer('plan student=1B budget=1e21 scenario=teacher-inference');
    const fields = fieldsOf(message.blocks);
    expect(fields['Distilled loss']).toBe(formatLoss(plan.loss));
    expect(fields['Trained directly']).toBe(formatLoss(plan.supervisedLoss));
    expect(fields['Student tokens']).toBe('99.1B tokens');
    expect(plan.studentTokens.toPrecision(3)).toBe('9.91e+10');
    expect(headerOf(message.blocks)).toBe(`Plan: 1B student · distilled loss ${formatLoss(plan.loss)}`);
    const cost = costPlan(plan.flops);
    expect(fields['Cost by part']).toBe(
      `student training ${formatMoney(cost.studentTraining.cost.base, 'USD', { compact: true })} (${Number(cost.studentTraining.gpuHours.base.toPrecision(3))} GPU-hours)\nteacher logits ${formatMoney(cost.teacherInference.cost.base, 'USD', { compact: true })} (${Number(cost.teacherInference.gpuHours.base.toPrecision(3))} GPU-hours)`,
    );
  });

  it('takes scenario aliases and K students, in Japanese', () => {
    const plan = optimalDistillation({
      studentParams: 1e9,
      compute: 1e22,
      scenario: 'pretraining-and-inference',
      students: 4,
    });
    const fields = fieldsOf(answer('plan student=1B budget=1e22 scenario=both students=4 lang=ja').blocks);
    expect(fields['蒸留した場合の損失']).toBe(formatLoss(plan.loss));
    expect(fields['教師モデル（最適）']).toContain('生徒モデル4個で共有');
    expect(fields['計算量の内訳（蒸留）']).toContain('教師モデルの学習');
  });
});

describe('cost', () => {
  it('costs FLOPs exactly as core/cost does, and as worked by hand', () => {
    const message = answer('cost budget=1e22 gpu=h100 provider=lambda');
    const estimate = costFlops(1e22, { gpu: 'h100', provider: 'lambda' });
    const fields = fieldsOf(message.blocks);
    expect(fields['Cost (base, every digit)']).toBe(formatMoney(estimate.cost.base, 'USD'));
    // By hand: 1e22 / (989.4e12 × 0.4 × 3600) = 7,018.844 GPU-hours × $3.99 = $28,005.19;
    // at 50% and 30% MFU 5,615.08 and 9,358.46 GPU-hours → $22,404.15 and $37,340.25.
    expect(fields['Cost (base, every digit)']).toBe('$28,005.19');
    expect(fields['GPU-hours']).toBe('7,020 GPU-hours (5,620–9,360) · h100-sxm');
    expect(fields.Cost).toBe('$28k ($22.4k–$37.3k) if MFU is 40% (50%…30%)');
    expect(headerOf(message.blocks)).toBe('Cost: $28k');
  });

  it('costs a plan part by part in yen, in Japanese', () => {
    const flops = budgetToFlops('$50k', { gpu: 'h200', currency: 'JPY', rate: '150' });
    const plan = optimalDistillation({ studentParams: 1e9, compute: flops, scenario: 'pretraining-and-inference' });
    const cost = costPlan(plan.flops, { gpu: 'h200', currency: 'JPY', rate: '150' });
    const message = answer('cost student=1B budget=$50k gpu=h200 currency=JPY rate=150 lang=ja');
    const fields = fieldsOf(message.blocks);
    expect(fields['生徒モデルの学習']).toBe(
      `${formatMoney(cost.studentTraining.cost.base, 'JPY', { compact: true, lang: 'ja' })}（${formatMoneyHours(cost.studentTraining.gpuHours.base)} GPU時間）`,
    );
    expect(headerOf(message.blocks)).toBe(
      `計画の費用: ${formatMoney(cost.total.cost.base, 'JPY', { compact: true, lang: 'ja' })}`,
    );
    // $50k at 150 yen per dollar is 7.5 million yen.
    expect(headerOf(message.blocks)).toBe('計画の費用: 750万円');
  });

  it('says so when the GPU has no price, and still gives GPU-hours', () => {
    const message = answer('cost budget=1e22 gpu=gb200');
    // 1e22 FLOPs at 40% of the GB200's 2,500 TFLOP/s bf16 peak: 1e22 / (2.5e15 × 0.4 × 3600) = 2,777.8 GPU-hours.
    expect(headerOf(message.blocks)).toBe('Cost: 2,780 GPU-hours');
    expect(contextText(message.blocks)).toContain('No price for gb200');
  });
});

describe('compare', () => {
  const text =
    'compare a: student=1B budget=$200k teacher=7B@2T | b: gpu=h200 | c: teacher=none students=4 | d: budget=1e21 mfu=35%';

  it('answers each scenario as decide would, with later scenarios inheriting the first one', () => {
    const message = answer(text);
    const sections = fieldSections(message.blocks);
    expect(sections).toHaveLength(4);
    const expected = [
      decide({ studentParams: 1e9, compute: budgetToFlops('$200k'), teacher: SIZE_TEACHER }),
      decide({ studentParams: 1e9, compute: budgetToFlops('$200k', { gpu: 'h200' }), teacher: SIZE_TEACHER }),
      decide({ studentParams: 1e9, compute: budgetToFlops('$200k'), teacher: { kind: 'none', students: 4 } }),
      decide({ studentParams: 1e9, compute: 1e21, teacher: SIZE_TEACHER }),
    ];
    sections.forEach((fields, i) => {
      expect(fields['Distilled loss']).toBe(formatLoss(expected[i]!.distilLoss));
      expect(fields['Trained directly']).toBe(formatLoss(expected[i]!.supervisedLoss));
      expect(fields.Verdict).toBe(CALL_WORDS[expected[i]!.call]);
    });
    expect(sections[1]!['GPU-hours']).toContain('h200');
    expect(contextText(message.blocks)).toContain('MFU 26.3/35/43.8%');
  });

  it('names no best when two scenarios tie exactly (a and c both train the same 1B directly on $200k)', () => {
    const message = answer(text);
    expect(headerOf(message.blocks)).toMatch(/^Compare 4: no clear best/);
  });

  it('names the scenario with the lowest loss in the header when the plausible laws separate it', () => {
    const message = answer('compare student=300M budget=1e22 teacher=7B@2T | student=3B');
    const best = ['A', 'B']
      .map((label, i) => ({
        label,
        loss: Number(
          Object.values(fieldSections(message.blocks)[i]!)
            .slice(1, 3)
            .reduce((a, b) => (Number(a) < Number(b) ? a : b)),
        ),
      }))
      .reduce((a, b) => (b.loss < a.loss ? b : a));
    expect(headerOf(message.blocks)).toBe(`Compare 2: lowest loss is ${best.label} (${best.loss.toFixed(4)})`);
  });

  it("stays inside Slack's limits at its largest (4 scenarios, every warning), in both languages", () => {
    for (const lang of ['', ' lang=ja']) {
      const message = answer(`${text}${lang}`);
      expect(limitViolations(message)).toEqual([]);
      expect(message.blocks.length).toBeLessThanOrEqual(50);
      expect(message.blocks.some((block) => block.type === 'actions')).toBe(true);
    }
  });

  it('labels unlabelled scenarios A, B, … and answers in Japanese', () => {
    const message = answer('compare student=1B budget=$200k teacher=7B@2T | gpu=b200 lang=ja');
    expect(headerOf(message.blocks)).toMatch(/^比較 2 件: 最も損失が低いのは [AB]（\d\.\d{4}）$/);
    expect(allText(message)).toContain('*B* · 10億パラメータの生徒モデル、予算 20万ドル');
    expect(fieldSections(message.blocks)[1]!['判定']).toMatch(/^(蒸留する|直接学習する|僅差|根拠の範囲外)$/);
  });
});

describe('help', () => {
  it('answers an empty command, help and ? with usage, in both languages', () => {
    for (const text of ['', 'help', '?', '  '])
      expect(headerOf(answer(text).blocks)).toBe('/distil — distil or train directly?');
    expect(headerOf(answer('help lang=ja').blocks)).toBe('/distil — 蒸留するか、直接学習するか');
    expect(allText(answer('help'))).toContain('compare a: student=1B');
  });
});

function formatMoneyHours(hours: number): string {
  return Number(hours.toPrecision(3)).toLocaleString('en-US');
}
