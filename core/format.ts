/**
 * Plain-text number figures shared by every face, so the CLI, Slack and the
 * sheet template print the same figures. Money figures live in cost/format.ts;
 * percentages and figures with words (units, ranges) are worded in
 * messages/numbers.ts.
 */
const COUNT_UNITS: ReadonlyArray<readonly [number, string]> = [
  [1e15, 'P'],
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/** 1.5B, 20B, 2T, 143M, 950: counts of parameters or tokens at 3 significant figures. */
export function formatCount(value: number): string {
  for (const [scale, suffix] of COUNT_UNITS) {
    if (Math.abs(value) >= scale * 0.9995) return `${Number((value / scale).toPrecision(3))}${suffix}`;
  }
  return String(Number(value.toPrecision(3)));
}

/** 1.23e21: FLOP totals in scientific notation, 3 significant figures. */
export function formatScientific(value: number, digits = 3): string {
  if (value === 0) return '0';
  return value.toExponential(digits - 1).replace('e+', 'e');
}

/** Cross-entropy in nats/token at 4 decimals, the precision the paper reports. */
export function formatLoss(value: number): string {
  return value.toFixed(4);
}

/** A signed difference in nats at 4 decimals: +0.0123. */
export function formatMargin(value: number): string {
  return `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(4)}`;
}
