/**
 * Choosing Japanese loses nothing: `distilplan prices` and `gpus` in Japanese show every offer's name, every source's
 * title and every source note the English tables show, worded in Japanese (messages/catalog-ja.ts), one for one with
 * core's price table and GPU catalog.
 */
import { describe, expect, it } from 'vitest';
import { GPUS, PRICES } from '../../core/cost/index.js';
import { GPU_NOTES_JA, OFFERS_JA } from '../../messages/catalog-ja.js';
import { runCli } from '../helpers/cli.js';

const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('the price table and GPU catalog in Japanese', () => {
  it('word every offer (name, source, note) and every GPU note core has, and nothing core does not have', () => {
    expect(Object.keys(OFFERS_JA).sort()).toEqual(PRICES.map((entry) => entry.id).sort());
    for (const entry of PRICES) {
      const words = OFFERS_JA[entry.id]!;
      expect(words.offer.length, entry.id).toBeGreaterThan(0);
      expect(words.source.length, entry.id).toBeGreaterThan(0);
      // A note in one language and not the other would be information lost by choosing a language.
      expect(words.note === undefined, entry.id).toBe(entry.note === undefined);
      if (words.note) expect(words.note, entry.id).toMatch(japanese);
    }
    expect(Object.keys(GPU_NOTES_JA).sort()).toEqual(
      GPUS.filter((gpu) => gpu.note !== undefined)
        .map((gpu) => gpu.id)
        .sort(),
    );
    for (const note of Object.values(GPU_NOTES_JA)) expect(note).toMatch(japanese);
  });

  it('`prices --lang ja` shows each offer’s name, its source and its note', async () => {
    const { stdout } = await runCli(['prices', '--lang', 'ja']);
    const lines = stdout.split('\n');
    for (const entry of PRICES) {
      const words = OFFERS_JA[entry.id]!;
      const row = lines.find((line) => line.startsWith(`${entry.id} `))!;
      expect(row, entry.id).toContain(words.offer);
      const source = lines.find((line) => line.startsWith(`${entry.id}: `))!;
      expect(source, entry.id).toContain(words.source);
      if (words.note) expect(source, entry.id).toContain(words.note);
    }
    expect(stdout).not.toContain('--lang en');
  });

  it('`gpus --lang ja` shows each GPU’s source note', async () => {
    const { stdout } = await runCli(['gpus', '--lang', 'ja']);
    const lines = stdout.split('\n');
    for (const gpu of GPUS) {
      const source = lines.find((line) => line.startsWith(`${gpu.id}: `))!;
      expect(source, gpu.id).toContain(gpu.name);
      if (gpu.note) expect(source, gpu.id).toContain(GPU_NOTES_JA[gpu.id]);
    }
    expect(stdout).not.toContain('--lang en');
  });

  it('`cost --lang ja` names the offer its price is for, and the source’s title where the table has no URL', async () => {
    const [en, ja] = await Promise.all([
      runCli(['cost', '--flops', '1e22', '--gpu', 'h100']),
      runCli(['cost', '--flops', '1e22', '--gpu', 'h100', '--lang', 'ja']),
    ]);
    expect(en.stdout).toContain('Price $3.99/GPU-hour: lambda 8× H100 SXM5 (on-demand), as of 2026-10-06');
    expect(ja.stdout).toContain('価格: $3.99/GPU時間 — lambda H100 SXM5 × 8（オンデマンド）2026-10-06 時点');
    expect(en.stdout).toContain('Price source: https://lambda.ai/service/gpu-cloud');
    expect(ja.stdout).toContain('価格の出典：https://lambda.ai/service/gpu-cloud');
    const noUrl = ['cost', '--flops', '1e22', '--gpu', 'h200', '--provider', 'neocloud-h200-low'];
    const [enNoUrl, jaNoUrl] = await Promise.all([runCli(noUrl), runCli([...noUrl, '--lang', 'ja'])]);
    expect(enNoUrl.stdout).toContain('Price source: pricing summary "collected 2026-01-02"');
    expect(jaNoUrl.stdout).toContain('価格の出典：公開リポジトリの価格まとめ');
  });
});
