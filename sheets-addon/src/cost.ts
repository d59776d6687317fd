/**
 * GPU_HOURS and TRAINING_COST cells: FLOPs to GPU-hours and money with core's
 * GPU catalog and dated prices. A sheet cell holds the base case (the MFU
 * given, 40% by default); the low/high band is the CLI's and Slack's to show.
 */
import { costFlops, GPU_IDS, gpuHoursFor } from '../../core/cost/index.js';
import { InputError } from '../../core/index.js';
import { count, optionalRaw, optionalText } from './coerce.js';
import type { OutputValue } from './ranges.js';

const FLOPS_FORMS = 'a number of FLOPs ≥ 0 such as 1e22';

function flopsOf(cell: unknown): number {
  return count('flops', cell, { min: 0, exclusiveMin: false, accepted: FLOPS_FORMS });
}

/** A GPU must be named: a budget sheet that silently assumed one would mislead. */
function gpuOf(cell: unknown): string {
  const id = optionalText('gpu', cell);
  if (id === undefined) throw new InputError('gpu', 'is missing', `a GPU id: ${GPU_IDS.join(', ')}`);
  return id;
}

export const costCells = {
  gpuHours(flops: unknown, gpu: unknown, mfu: unknown): OutputValue[] {
    return [gpuHoursFor(flopsOf(flops), { gpu: gpuOf(gpu), mfu: optionalRaw('mfu', mfu) }).gpuHours.base];
  },

  /** Unrounded, so that SUM over a column rounds once, like core's totals. */
  trainingCost(
    flops: unknown,
    gpu: unknown,
    provider: unknown,
    mfu: unknown,
    currency: unknown,
    rate: unknown,
  ): OutputValue[] {
    const estimate = costFlops(flopsOf(flops), {
      gpu: gpuOf(gpu),
      provider: optionalText('provider', provider),
      mfu: optionalRaw('mfu', mfu),
      currency: optionalText('currency', currency),
      rate: optionalRaw('rate', rate),
    });
    return [Number(estimate.costExact.base)];
  },
};
