/**
 * PILOT_PLAN in the built Apps Script bundle: the same runs as `distilplan pilot --json` for the same question
 * (a header row, then number, kind, parameters, tokens, FLOPs), in English and Japanese; a bad share names its
 * argument. The CLI runs with --worlds 4 (only its design is compared).
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cliPilotRuns } from '../helpers/cliJson.js';
import { type GasBundle, loadGasBundle } from '../helpers/gasBundle.js';

let gas: GasBundle;
beforeAll(() => {
  gas = loadGasBundle();
});
afterEach(() => vi.restoreAllMocks());

describe('PILOT_PLAN', () => {
  it('lists the CLI’s design for an existing teacher, in English', async () => {
    const rows = gas.call('PILOT_PLAN', '1B', 1e21, 2.1, '7B') as unknown[][];
    const cli = await cliPilotRuns([
      '--student-params',
      '1B',
      '--compute',
      '1e21',
      '--teacher-params',
      '7B',
      '--teacher-loss',
      '2.1',
    ]);
    expect(rows[0]).toEqual(['run', 'kind', 'params', 'tokens', 'FLOPs']);
    expect(rows.slice(1).map((row) => row.slice(2))).toEqual(cli.map((r) => [r.params, r.tokens, r.flops]));
    expect(rows[1]).toEqual([1, 'supervised', cli[0]!.params, cli[0]!.tokens, cli[0]!.flops]);
    expect(String(rows.at(-1)![1])).toMatch(/^distilled from (run \d+|your teacher)$/);
  }, 60_000);

  it('lists the CLI’s design for no teacher and a share of 10%, in Japanese', async () => {
    const rows = gas.call('PILOT_PLAN', '500M', 2e21, '', '', 4, '10%', 'ja') as unknown[][];
    const cli = await cliPilotRuns([
      '--student-params',
      '500M',
      '--compute',
      '2e21',
      '--students',
      '4',
      '--pilot-share',
      '10%',
    ]);
    expect(rows[0]).toEqual(['実験', '種類', 'パラメータ', 'トークン', 'FLOPs']);
    expect(rows.slice(1).map((row) => row.slice(2))).toEqual(cli.map((r) => [r.params, r.tokens, r.flops]));
    expect(rows[1]![1]).toBe('直接学習');
    expect(String(rows.at(-1)![1])).toMatch(/^実験 \d+ から蒸留$/);
  }, 60_000);

  it('names a bad pilot_share, in the language asked', () => {
    expect(() => gas.call('PILOT_PLAN', '1B', 1e21, 2.1, '7B', '', '90%')).toThrow(/^pilot_share .*50%/);
    expect(() => gas.call('PILOT_PLAN', '1B', 1e21, 2.1, '7B', '', '90%', 'ja')).toThrow(/^pilot_share は.*50%/);
  });

  it('reads lang as Slack reads lang= (Japanese, ja-JP, 日本語), and names a language it does not speak', () => {
    for (const name of ['Japanese', 'ja-JP', '日本語', ' JA '])
      expect((gas.call('PILOT_PLAN', '1B', 1e21, 2.1, '7B', '', '', name) as unknown[][])[0]![0], name).toBe('実験');
    expect((gas.call('PILOT_PLAN', '1B', 1e21, 2.1, '7B', '', '', 'English') as unknown[][])[0]![0]).toBe('run');
    expect(() => gas.call('PILOT_PLAN', '1B', 1e21, 2.1, '7B', '', '', 'fr')).toThrow(
      /^lang "fr" is not a language .*Accepted: en or ja/,
    );
  });
});
