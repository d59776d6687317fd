/**
 * The uncertainty answers as a person meets them in Slack, over signed HTTP to the real listener:
 * `plan` never shows a search bound as a teacher (the teacher-inference scenario trains its teacher on the
 * 1e17-token bound, which used to read "on 100P tokens"); compare with serving says what each quality gap is
 * worth, so the cheapest model is not silently the best one.
 */
import { describe, expect, it } from 'vitest';
import type { Message } from '../../bot/src/blocks/kit.js';
import { decide, flopsPerToken, formatLoss, optimalDistillation, supervisedLoss } from '../../core/index.js';
import { formatMoney, powerOfTen } from '../../messages/index.js';
import { expectJapanese } from '../helpers/japanese.js';
import { useSignedBot } from '../helpers/signedBot.js';

const { ask } = useSignedBot();

/** Every text a person can read in the message: sections, their fields, contexts, headers. */
function allText(message: Message): string {
  const texts: string[] = [message.text ?? ''];
  for (const block of message.blocks as unknown as Record<string, unknown>[]) {
    const text = block.text as { text?: string } | undefined;
    if (text?.text) texts.push(text.text);
    for (const field of (block.fields as { text: string }[] | undefined) ?? []) texts.push(field.text);
    for (const element of (block.elements as { text?: string }[] | undefined) ?? [])
      if (element.text) texts.push(element.text);
  }
  return texts.join('\n');
}

describe('plan: a search bound is never shown as a teacher', () => {
  it('teacher-inference at 1e21: the teacher is trained on the 1e17-token bound; Slack says so instead of 100P', async () => {
    // The premise, from core: the search did stop at its bound here.
    const plan = optimalDistillation({ studentParams: 1e9, compute: 1e21, scenario: 'teacher-inference' });
    expect(plan.teacherTokensAtBound).toBe(true);
    const text = allText(await ask('plan student=1B budget=1e21 scenario=teacher-inference'));
    expect(text).toContain('as many tokens as you can');
    expect(text).not.toMatch(/100P/);
  });

  it('in Japanese too', async () => {
    const text = allText(await ask('plan student=1B budget=1e21 scenario=teacher-inference lang=ja'));
    expect(text).toContain('できるだけ多くのトークン');
    expect(text).not.toMatch(/100P/);
  });

  it('a plan that stops short of every bound still names its teacher tokens', async () => {
    const plan = optimalDistillation({ studentParams: 1e9, compute: 1e22 });
    expect(plan.teacherTokensAtBound).toBe(false);
    const text = allText(await ask('plan student=1B budget=1e22'));
    expect(text).not.toContain('as many tokens as you can');
  });
});

/** Tokens at which a model of `params` trained directly reaches `loss` (bisection on Eq. 1 in log tokens). */
function tokensToReach(params: number, loss: number): number {
  let low = Math.log(1e6);
  let high = Math.log(1e17);
  for (let i = 0; i < 200; i++) {
    const middle = (low + high) / 2;
    if (supervisedLoss(params, Math.exp(middle)) > loss) low = middle;
    else high = middle;
  }
  return Math.exp((low + high) / 2);
}

describe('compare with serving: what the quality gap is worth', () => {
  const COMPARE = 'compare a: student=1B budget=2e21 price=2 serve=1B days=365 | b: student=3B budget=1e21';
  const reached = (params: number, compute: number) => {
    const d = decide({ studentParams: params, compute, teacher: { kind: 'none', students: 1 } });
    return Math.min(d.distilLoss, d.supervisedLoss);
  };

  it('the cheaper model in all (a) is behind b: Slack prices the gap beside the cheapest-in-all sentence', async () => {
    const message = await ask(COMPARE);
    const lossA = reached(1e9, 2e21);
    const lossB = reached(3e9, 1e21);
    expect(lossB).toBeLessThan(lossA);
    // Independent of core's solver: bisection on Eq. 1, 3 × forward FLOPs per token, then H100 dense bf16
    // (989.4 TFLOP/s) at 40% MFU and the typed $2 per GPU-hour.
    const compute = 3 * flopsPerToken(1e9).forwardPerToken * tokensToReach(1e9, lossB);
    const dollars = (compute / (989.4e12 * 0.4 * 3600)) * 2;
    const sentences = allText({ ...message, text: '', blocks: [message.blocks[1]!] });
    expect(sentences).toContain('a costs least');
    const gap = `a is ${formatLoss(lossA - lossB)} nats behind b; trained directly it would need ${powerOfTen(compute)} FLOPs (${formatMoney(dollars.toFixed(2), 'USD', { compact: true })}) to close the gap`;
    expect(sentences).toContain(gap);
    // b has the lowest loss: no gap line for it.
    expect(sentences).not.toMatch(/b is [\d.]+ nats behind/);
  });

  it('in Japanese, worded by messages/ (no English sentence)', async () => {
    const message = await ask(`${COMPARE} lang=ja`);
    const sentences = allText({ ...message, text: '', blocks: [message.blocks[1]!] });
    expect(sentences).toMatch(
      /a は b より [\d.]+ nats 高く、直接学習でこの差を埋めるには .+ FLOP（[\d,.]+ドル） 必要です/,
    );
    expectJapanese(sentences, sentences);
  });

  it('without serving, no gap line (the answer does not weigh money against quality)', async () => {
    const message = await ask('compare a: student=1B budget=2e21 | b: student=3B budget=1e21');
    expect(allText(message)).not.toMatch(/nats behind/);
  });
});

describe('decide outside the evidence: where the evidence is, in money and days', () => {
  it('eight 1B students sharing a new teacher on $200k: the budgets inside the evidence in dollars and days', async () => {
    const message = await ask('decide student=1B budget=$200k students=8');
    const first = allText({ ...message, text: '', blocks: message.blocks.slice(0, 2) });
    expect(first.trim()).toMatch(/^Outside the evidence/);
    expect(first).toMatch(/Inside the evidence: budgets .+ FLOPs\./);
    // Priced at 40% of the H100's 989.4 TFLOP/s and $3.99 per GPU-hour: 1.3×10¹⁹ FLOPs is 9.1 GPU-hours, about $36
    // and 1.1 hours on 8 GPUs; 1.1×10²² FLOPs is 7,720 GPU-hours, about $31k and 40 days (the bounds unrounded
    // are a little above: $36.03, $31.2k, 41 days).
    expect(first).toContain(
      'Inside the evidence: budgets 1.3×10¹⁹ to 1.1×10²² FLOPs. That is $36.03 to $31.2k, 1.1 hours to 41 days on 8 GPUs.',
    );
  });

  it('in Japanese, in yen', async () => {
    const message = await ask('decide student=1B budget=3000万円 students=8 rate=150 lang=ja');
    const first = allText({ ...message, text: '', blocks: message.blocks.slice(0, 2) });
    expect(first.trim()).toMatch(/^根拠の範囲外/);
    // The same budgets in yen at 150 to the dollar: $36.03 × 150 = 5,404円, $31.2k × 150 = 468万円.
    expect(first).toContain('1.3×10¹⁹〜1.1×10²² FLOP の予算（5,404円〜468万円、GPU 8台で1.1時間〜41日）です。');
    expectJapanese(first, first);
  });
});
