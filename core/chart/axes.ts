/**
 * Tick positions and labels of the chart's budget axes: powers of ten of
 * FLOPs below, powers of ten of money above (money is proportional to FLOPs
 * at the base MFU and one price, so both share the log scale).
 */
import { costFlops } from '../cost/cost.js';
import { Money } from '../cost/money.js';
import type { CostOptions } from '../cost/options.js';
import { resolveCostOptions } from '../cost/options.js';
import { formatScientific } from '../format.js';
import { type ChartLabel, type ChartWords, chartLabel } from './text.js';

export interface Tick {
  /** Position on the budget axis, FLOPs. */
  compute: number;
  label: string;
}

export interface MoneyAxis {
  currency: string;
  /** Money per FLOP at the base MFU, as a decimal string. */
  perFlop: string;
  title: ChartLabel;
  ticks: Tick[];
}

export function computeTicks(low: number, high: number): Tick[] {
  return decades(low, high).map((compute) => ({ compute, label: formatScientific(compute, 1) }));
}

/** Money ticks at powers of ten of the answer's currency; null when there is no price for the GPU. */
export function moneyAxis(words: ChartWords, low: number, high: number, options: CostOptions): MoneyAxis | null {
  if (resolveCostOptions(options, false).price === undefined) return null;
  const reference = costFlops(high, options);
  const perFlop = new Money(reference.costExact.base).div(high);
  const { gpu, price, mfu } = reference.assumptions;
  const ticks = decades(perFlop.times(low).toNumber(), perFlop.times(high).toNumber()).map((amount) => {
    const exact = new Money(amount.toExponential(0));
    // The amount is worded by messages/ (compact money in the answer's language).
    const label = words('chart.tick.money', { amount: exact.toFixed(), currency: reference.currency });
    return { compute: exact.div(perFlop).toNumber(), label };
  });
  return {
    currency: reference.currency,
    perFlop: perFlop.toString(),
    title: chartLabel(words, 'chart.axis.money', {
      gpu: gpu.id,
      // The price per GPU-hour as a decimal string in `currency`: messages/ words it.
      price: price.perGpuHour,
      currency: reference.currency,
      provider: price.provider,
      kind: price.kind,
      asOf: price.asOf,
      // A share: messages/ words it as a percentage, as every face shows MFU.
      mfu: mfu.base,
    }),
    ticks,
  };
}

/** Powers of ten in [low, high]; when the range holds fewer than two, 1-2-5 steps instead. */
function decades(low: number, high: number): number[] {
  const ticks: number[] = [];
  for (let k = Math.ceil(Math.log10(low) - 1e-9); k <= Math.floor(Math.log10(high) + 1e-9); k++) ticks.push(10 ** k);
  if (ticks.length >= 2) return ticks;
  const steps: number[] = [];
  for (let k = Math.floor(Math.log10(low)); k <= Math.ceil(Math.log10(high)); k++)
    for (const m of [1, 2, 5]) if (m * 10 ** k >= low && m * 10 ** k <= high) steps.push(m * 10 ** k);
  return steps;
}
