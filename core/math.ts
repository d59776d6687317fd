/** log(e^a + e^b) without overflow. */
export function logSumExp(a: number, b: number): number {
  const larger = Math.max(a, b);
  return larger + Math.log1p(Math.exp(-Math.abs(a - b)));
}

/** log(1 + e^x) without overflow. */
export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** Linear-interpolation quantile of sorted values (numpy's default). */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const position = (sorted.length - 1) * p;
  const low = Math.floor(position);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low]! + (position - low) * (sorted[high]! - sorted[low]!);
}

/**
 * The 90% interval of values: their 5th and 95th percentiles (sorts `values` in place). A Float64Array sorts
 * numerically without a comparator call per pair: a decision's 200 plausible losses, twice per answer.
 */
export function interval90(values: number[] | Float64Array): [number, number] {
  const sorted = values instanceof Float64Array ? values.sort() : values.sort((a, b) => a - b);
  return [quantile(sorted, 0.05), quantile(sorted, 0.95)];
}
