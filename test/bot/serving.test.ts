import { describe, expect, it } from 'vitest';
import type { Message } from '../../bot/src/blocks/kit.js';
import { expectJapanese } from '../helpers/japanese.js';
import { useSignedBot } from '../helpers/signedBot.js';

const { ask } = useSignedBot();

/** The text of a section or context block. */
function textOf(block: Message['blocks'][number]): string {
  if (block.type === 'section') return block.text?.text ?? '';
  if (block.type === 'context') return block.elements.map((e) => ('text' in e ? e.text : '')).join('\n');
  return '';
}

const COMPARE = 'compare a: student=1B budget=2e21 price=2 serve=1B days=365 | b: student=3B budget=1e21';

describe('serve= and days= over HTTP', () => {
  it('compare: the cheapest in all and the break-even first, then each model per day, then the decisions', async () => {
    const message = await ask(COMPARE);
    expect(message.blocks[0]!.type).toBe('header');
    // a: 2e21 FLOPs at 40% → $2,807.54; serving 2e18 FLOPs a day at 25% → $4.49 a day, $1,639.60 a year.
    // b: 1e21 → $1,403.77; 6e18 a day → $13.48. Break-even (1e21/0.4) ÷ (4e18/0.25) = 156.25 → day 157.
    expect(textOf(message.blocks[1]!)).toBe(
      [
        'Over 365 days serving 1B tokens a day, a costs least: $4.45k in all ($2.81k to train, $1.64k to serve).',
        'a costs $1.4k more to train than b but $8.98 a day less to run: it pays that back after 157 days of serving (the break-even point).',
        // What the quality gap is worth: the cheaper model in all is not the one with the lower loss.
        'a is 0.0105 nats behind b; trained directly it would need 2.6×10²¹ FLOPs ($3.61k) to close the gap',
      ].join('\n'),
    );
    // The question as read sits under the headline.
    expect(textOf(message.blocks[2]!)).toMatch(/^:mag: Read as: a: 1B student/);
    const figures = textOf(message.blocks[3]!);
    expect(figures).toContain('a: $2.81k to train + $4.49 a day to serve = $4.45k over 365 days');
    expect(figures).toContain('b: $1.4k to train + $13.48 a day to serve = $6.32k over 365 days');
    expect(figures).toContain('serving at 2N FLOPs per generated token, MFU 25% on h100-sxm');
    expect(textOf(message.blocks[4]!)).toMatch(/^\*a\* · /);
  });

  it('compare in Japanese: the same figures, no English sentence', async () => {
    const message = await ask(`${COMPARE} lang=ja`);
    const sentences = textOf(message.blocks[1]!);
    expect(sentences).toMatch(/推論開始から157日で回収できます（損益分岐点）/);
    expect(sentences).toMatch(/学習2,807\.54ドル、推論1,639\.60ドル/);
    expectJapanese(sentences, sentences);
    expectJapanese(textOf(message.blocks[3]!), textOf(message.blocks[3]!));
  });

  it('decide: training + serving right after the headline', async () => {
    const message = await ask('decide student=1B budget=5e21 price=2 serve=2B days=365');
    const texts = message.blocks.map(textOf);
    const at = texts.findIndex((text) => text.startsWith('Over 365 days'));
    // 5e21 at 40% → $7,018.84; 2e9 × 2e9 × 365 = 1.46e21 at 25% → $3,279.20; total $10,298.05.
    expect(texts[at]).toBe(
      'Over 365 days serving 2B tokens a day, this model costs $10.3k in all ($7.02k to train, $3.28k to serve).',
    );
    // Headline, then the question as read, then training + serving.
    expect(texts[at - 1]).toMatch(/^:mag: Read as: 1B student/);
    expect(message.blocks.findIndex((block) => block.type === 'section')).toBe(at - 2);
  });

  it('serving words are refused when incomplete or different between scenarios, naming the key', async () => {
    expect((await ask('decide student=1B budget=1e21 serve=2B')).text).toMatch(/^days is needed with serve/);
    expect((await ask('compare a: student=1B budget=1e21 serve=2B days=365 | b: student=3B days=30')).text).toMatch(
      /^b: days must be the same in every scenario of a compare/,
    );
    expect((await ask('plan student=1B budget=1e21 serve=2B days=365')).text).toMatch(
      /^serve does not go with plan — try: \/distil plan student=1B budget=1e21$/,
    );
  });
});
