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
export function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const low = Math.floor(position);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low]! + (position - low) * (sorted[high]! - sorted[low]!);
}

/** The 90% interval of values: their 5th and 95th percentiles (sorts `values` in place). */
export function interval90(values: number[]): [number, number] {
  const sorted = values.sort((a, b) => a - b);
  return [quantile(sorted, 0.05), quantile(sorted, 0.95)];
}
