import { describe, expect, it } from 'vitest';
import { useSignedBot } from '../helpers/signedBot.js';
import { contextText, fieldsOf } from '../helpers/slackBlocks.js';

const { ask } = useSignedBot();

describe('prices and cost bands in Slack answers', () => {
  it('labels a FLOPs budget’s cost band with the MFU behind it, and names the price', async () => {
    const message = await ask('cost budget=1e22 gpu=h100');
    // 1e22 / (989.4e12 × 3600) = 2,807.54 GPU-hours at 100%: at 40% × $3.99 = $28,005; at 50% $22.4k, at 30% $37.3k.
    expect(fieldsOf(message.blocks as never).Cost).toBe('$28k ($22.4k–$37.3k) if MFU is 40% (50%…30%)');
    expect(contextText(message.blocks as never)).toContain(
      'Price $3.99/GPU-hour: lambda 8× H100 SXM5 (on-demand), as of 2026-10-06',
    );
  });

  it('labels the plan total’s band in Japanese and words the price kind and the offer in Japanese', async () => {
    const message = await ask('cost student=1B budget=¥30M gpu=h100 currency=JPY rate=150 lang=ja');
    const total = fieldsOf(message.blocks as never)['合計']!;
    expect(total).toMatch(/〜.* MFU が 40% の場合（範囲は MFU 50%〜30%）$/);
    const context = contextText(message.blocks as never);
    // The offer its price is for, as the English line names it (8× H100 SXM5), in Japanese words.
    expect(context).toContain('価格: 599円/GPU時間 — lambda H100 SXM5 × 8（オンデマンド）2026-10-06 時点');
    expect(context).not.toMatch(/on-demand/);
  });

  it('compares two GPUs at prices of the same kind, each with its provider and date', async () => {
    const message = await ask('compare student=1B budget=1e21 teacher=7B@2T | gpu=h200');
    const lines = contextText(message.blocks as never)
      .split('\n')
      .filter((line) => line.startsWith('Price '));
    // Each price with its source, under its own scenario.
    expect(lines).toEqual([
      'Price $3.99/GPU-hour: lambda 8× H100 SXM5 (on-demand), as of 2026-10-06',
      'Price source: https://lambda.ai/service/gpu-cloud',
      'Price $7.912/GPU-hour: aws p5en.48xlarge (8× H200) (on-demand), as of 2026-08-06',
      'Price source: https://github.com/dstackai/dstack/pull/4110',
    ]);
  });
});
