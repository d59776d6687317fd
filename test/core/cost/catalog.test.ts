import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../helpers/words.js';
import {
  defaultPriceFor,
  densePeakFlopsPerSecond,
  findGpu,
  findPrice,
  GPUS,
  InputErrorLike,
  PRECISIONS,
  PRICES,
  pricePerGpuHour,
} from './helpers.js';

const DATE = /^\d{4}-\d{2}(-\d{2})?$/;
/** A month-only date as its first day, so dates compare as text. */
const dayOf = (asOf: string): string => (asOf.length === 7 ? `${asOf}-01` : asOf);

describe('GPU catalog', () => {
  it('has the GPUs the issue asks for', () => {
    for (const id of [
      'a100',
      'a100-40gb',
      'h100-sxm',
      'h100-pcie',
      'h100-nvl',
      'h200',
      'b200',
      'l4',
      'l40s',
      'tpu-v5e',
      'tpu-v5p',
      'tpu-v6e',
      'mi300x',
    ]) {
      expect(GPUS.map((gpu) => gpu.id)).toContain(id);
    }
  });

  it('gives every entry an https source, a date, memory and a bf16 peak', () => {
    for (const gpu of GPUS) {
      expect(gpu.sourceUrl, gpu.id).toMatch(/^https:\/\/\S+$/);
      expect(gpu.sourceDate, gpu.id).toMatch(DATE);
      expect(gpu.memoryGB, gpu.id).toBeGreaterThan(0);
      expect(gpu.denseFlopsPerSecond.bf16, gpu.id).toBeGreaterThan(0);
    }
  });

  it('keeps dense ≤ sparse for every precision with both figures', () => {
    let compared = 0;
    for (const gpu of GPUS) {
      for (const precision of PRECISIONS) {
        const dense = gpu.denseFlopsPerSecond[precision];
        const sparse = gpu.sparseFlopsPerSecond[precision];
        if (dense === undefined || sparse === undefined) continue;
        expect(dense, `${gpu.id} ${precision}`).toBeLessThanOrEqual(sparse);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('stores the dense figures of HARDWARE.md §3.1, not the sparse headline', () => {
    // TFLOP/s from the table, typed here independently of the catalog.
    const expected: Record<string, number> = {
      a100: 312,
      'h100-sxm': 989.4,
      'h100-pcie': 756,
      h200: 989.4,
      b200: 2250,
      l4: 121,
      'tpu-v5e': 197,
      'tpu-v5p': 459,
      'tpu-v6e': 918,
      mi300x: 1307.4,
    };
    for (const [id, tflops] of Object.entries(expected)) {
      expect(densePeakFlopsPerSecond(findGpu('gpu', id), 'bf16'), id).toBe(tflops * 1e12);
    }
    const l40s = densePeakFlopsPerSecond(findGpu('gpu', 'l40s'), 'bf16') / 1e12;
    expect(l40s).toBeGreaterThanOrEqual(362);
    expect(l40s).toBeLessThanOrEqual(366);
  });

  it('notes a halving wherever a dense figure is derived from a sparse one', () => {
    for (const id of ['l4', 'h100-sxm', 'b200']) expect(findGpu('gpu', id).note ?? '').toMatch(/halved/);
  });

  it('accepts the names people type, case-insensitively', () => {
    expect(findGpu('gpu', 'h100').id).toBe('h100-sxm');
    expect(findGpu('gpu', 'H100-SXM').id).toBe('h100-sxm');
    expect(findGpu('gpu', 'H100 SXM').id).toBe('h100-sxm');
    expect(findGpu('gpu', 'h100_pcie').id).toBe('h100-pcie');
    expect(findGpu('gpu', 'V5E').id).toBe('tpu-v5e');
    expect(findGpu('gpu', 'Trillium').id).toBe('tpu-v6e');
    expect(findGpu('gpu', 'MI300X').id).toBe('mi300x');
  });

  it('rejects an unknown GPU with the accepted ids', () => {
    expect(() => findGpu('gpu', 'x100')).toThrow(InputErrorLike);
    expect(wordsOf(() => findGpu('gpu', 'x100'))).toMatch(
      /gpu "x100" is not a known GPU.*a100, a100-40gb, h100-sxm, h100-pcie.*mi300x/,
    );
    expect(wordsOf(() => findGpu('gpu', ''))).toMatch(/gpu is missing/);
  });

  it('refuses a precision a GPU has no peak for, naming the ones it has', () => {
    expect(wordsOf(() => densePeakFlopsPerSecond(findGpu('gpu', 'a100'), 'fp8'))).toMatch(
      /fp8 has no peak for a100.*bf16, fp16/,
    );
    expect(wordsOf(() => densePeakFlopsPerSecond(findGpu('gpu', 'tpu-v5e'), 'fp16'))).toMatch(/for tpu-v5e: bf16/);
  });
});

describe('price table', () => {
  it('gives every price a source, an as-of date, a kind and a positive USD amount', () => {
    for (const entry of PRICES) {
      expect(entry.source.length, entry.id).toBeGreaterThan(3);
      expect(entry.asOf, entry.id).toMatch(DATE);
      if (entry.sourceUrl !== undefined) expect(entry.sourceUrl, entry.id).toMatch(/^https:\/\/\S+$/);
      expect(['on-demand', 'reserved', 'spot', 'marketplace', 'reference']).toContain(entry.kind);
      expect(entry.currency).toBe('USD');
      expect(pricePerGpuHour(entry).gt(0), entry.id).toBe(true);
      expect(
        GPUS.some((gpu) => gpu.id === entry.gpu),
        entry.id,
      ).toBe(true);
    }
  });

  it('records a URL for all but the H200 neocloud summary HARDWARE.md gives none for', () => {
    const missing = PRICES.filter((entry) => entry.sourceUrl === undefined).map((entry) => entry.id);
    expect(missing.sort()).toEqual(['neocloud-h200-high', 'neocloud-h200-low']);
  });

  it('has unique ids and at most one default per GPU', () => {
    expect(new Set(PRICES.map((entry) => entry.id)).size).toBe(PRICES.length);
    for (const gpu of GPUS)
      expect(PRICES.filter((e) => e.gpu === gpu.id && e.isDefault).length, gpu.id).toBeLessThanOrEqual(1);
  });

  it('makes every default an on-demand price with the newest date among that GPU’s on-demand prices', () => {
    // The rule, over the whole table: a default never compares a reserved or marketplace rate, or an older list,
    // with another GPU's current on-demand list.
    let checked = 0;
    for (const gpu of GPUS) {
      const onDemand = PRICES.filter((e) => e.gpu === gpu.id && e.kind === 'on-demand');
      const chosen = defaultPriceFor(gpu.id);
      if (onDemand.length === 0) {
        expect(chosen, gpu.id).toBeUndefined();
        continue;
      }
      expect(chosen, `${gpu.id} has on-demand prices but no default`).toBeDefined();
      expect(chosen!.kind, gpu.id).toBe('on-demand');
      for (const other of onDemand)
        expect(dayOf(chosen!.asOf) >= dayOf(other.asOf), `${gpu.id}: ${other.id}`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(12);
  });

  it("picks a provider's newest on-demand price the same way", () => {
    for (const gpu of GPUS) {
      for (const provider of new Set(PRICES.filter((e) => e.gpu === gpu.id).map((e) => e.provider))) {
        const offers = PRICES.filter((e) => e.gpu === gpu.id && e.provider === provider);
        const chosen = findPrice('provider', gpu.id, provider)!;
        const onDemand = offers.filter((e) => e.kind === 'on-demand');
        if (onDemand.length === 0) continue;
        expect(chosen.kind, `${provider} ${gpu.id}`).toBe('on-demand');
        for (const other of onDemand) expect(dayOf(chosen.asOf) >= dayOf(other.asOf), other.id).toBe(true);
      }
    }
  });

  it('normalises per-instance prices to per GPU exactly', () => {
    const perGpu = (id: string): string => pricePerGpuHour(PRICES.find((entry) => entry.id === id)!).toFixed();
    expect(perGpu('aws-p5-2023')).toBe('12.29'); // $98.32 per 8-GPU instance-hour
    expect(perGpu('aws-p5')).toBe('6.88'); // $55.04 / 8 after the June 2025 cut
    expect(perGpu('aws-p4d')).toBe('2.745'); // $21.96 / 8
    expect(perGpu('lambda-h100-8x')).toBe('3.99'); // $31.92 / 8
    expect(perGpu('aws-p5en')).toBe('7.912'); // $63.296 / 8
    expect(perGpu('lambda-a100-80gb-8x')).toBe('2.79'); // $22.32 / 8
    expect(perGpu('lambda-b200-8x')).toBe('6.69'); // $53.52 / 8
  });

  it('defaults to the current on-demand lists the issue names', () => {
    const perGpu = (gpu: string): string => pricePerGpuHour(defaultPriceFor(gpu)!).toFixed();
    expect(defaultPriceFor('h100-sxm')?.id).toBe('lambda-h100-8x');
    expect(perGpu('h100-sxm')).toBe('3.99');
    expect(perGpu('h100-pcie')).toBe('3.29');
    expect(perGpu('h200')).toBe('7.912');
    expect(perGpu('tpu-v5e')).toBe('1.2');
    expect(perGpu('tpu-v5p')).toBe('4.2');
    expect(perGpu('tpu-v6e')).toBe('2.7');
    expect(defaultPriceFor('gb200')).toBeUndefined();
  });

  it('prices the 40 GB A100 of AWS p4d apart from the 80 GB A100', () => {
    expect(PRICES.find((entry) => entry.id === 'aws-p4d')?.gpu).toBe('a100-40gb');
    expect(findGpu('gpu', 'a100-40gb').memoryGB).toBe(40);
    expect(findGpu('gpu', 'a100').memoryGB).toBe(80);
    expect(defaultPriceFor('a100')?.offer).toMatch(/80 GB/);
    expect(wordsOf(() => findPrice('provider', 'a100', 'aws'))).toMatch(/aws has no price for a100/);
  });

  it('prices Azure NC H100 v5 as the H100 NVL it carries, with its own peak', () => {
    expect(PRICES.find((entry) => entry.id === 'azure-nc-h100-v5')?.gpu).toBe('h100-nvl');
    // NVIDIA datasheet: 1,671 TFLOP/s BF16 "with sparsity", so 835.5 dense; 94 GB.
    expect(densePeakFlopsPerSecond(findGpu('gpu', 'h100 nvl'), 'bf16')).toBe(835.5e12);
    expect(findGpu('gpu', 'h100-nvl').memoryGB).toBe(94);
  });

  it("no longer calls GCP's $3.00 for A3-High on-demand", () => {
    const onDemand = PRICES.filter((e) => e.provider === 'gcp' && e.gpu === 'h100-sxm' && e.kind === 'on-demand');
    expect(onDemand.map((e) => pricePerGpuHour(e).toFixed())).toEqual(['11.06']);
  });

  it("picks a provider's newest on-demand offer, or an exact price id", () => {
    expect(findPrice('provider', 'h100-sxm', 'aws')?.id).toBe('aws-p5');
    expect(findPrice('provider', 'h100-sxm', 'AWS-Capacity-Block-P5')?.id).toBe('aws-capacity-block-p5');
    expect(findPrice('provider', 'h100-sxm', 'vast')?.kind).toBe('marketplace');
  });

  it('rejects unknown providers with the list, and providers without this GPU with the alternatives', () => {
    expect(wordsOf(() => findPrice('provider', 'h100-sxm', 'acme'))).toMatch(
      /provider "acme" is not a known provider.*aws, azure, gcp, lambda/,
    );
    expect(wordsOf(() => findPrice('provider', 'l4', 'lambda'))).toMatch(/lambda has no price for l4.*hyperscaler/);
  });
});
