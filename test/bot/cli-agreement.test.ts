/** Slack and the CLI agree to the last digit for the same inputs: the CLI's --json against the Slack blocks. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answer } from '../../bot/src/answer/answer.js';
import { formatLoss, formatMargin } from '../../core/index.js';
import { cliJson } from '../helpers/cliJson.js';
import { fieldsOf } from '../helpers/slackBlocks.js';

afterEach(() => vi.restoreAllMocks());

describe('Slack and CLI', () => {
  it('give the same decision for a money budget', async () => {
    const cli = await cliJson([
      'decide',
      '--student-params',
      '1B',
      '--budget',
      '$200k',
      '--teacher-params',
      '7B',
      '--teacher-tokens',
      '2T',
    ]);
    const fields = fieldsOf(answer('decide student=1B budget=$200k teacher=7B@2T').blocks);
    expect(fields['Distilled loss']).toBe(formatLoss(cli.distilLoss as number));
    expect(fields['Trained directly']).toBe(formatLoss(cli.supervisedLoss as number));
    expect(fields['Margin (direct − distilled)']).toBe(`${formatMargin(cli.margin as number)} nats`);
  });

  it('give the same cost to the cent', async () => {
    const cli = await cliJson(['cost', '--flops', '1e22', '--gpu', 'h100', '--provider', 'lambda']);
    const fields = fieldsOf(answer('cost budget=1e22 gpu=h100 provider=lambda').blocks);
    expect(cli.cost).toBe('28005.19'); // 7,018.844 GPU-hours × $3.99
    expect(fields['Cost (base, every digit)']).toBe(
      `$${Number(cli.cost).toLocaleString('en-US', { minimumFractionDigits: 2 })}`,
    );
  });
});
