/**
 * Where the laws were fitted (Busbridge et al. 2025, §4 and App. E; ranges
 * collected in PAPER.md §7). Outside them an answer is an extrapolation and
 * says so.
 */
import { formatCount } from './format.js';

export interface Warning {
  code: 'extrapolation' | 'capacity-gap' | 'student-beats-teacher' | 'teacher-loss-unreachable' | 'close-call' | 'unused-compute';
  message: string;
}

interface Range { what: string; low: number; high: number; unit: string }

export const FITTED_RANGES = {
  studentParams: { what: 'student size', low: 1.43e8, high: 7.75e9, unit: 'parameters' },
  studentTokens: { what: 'student tokens', low: 3.7e9, high: 5.15e11, unit: 'tokens' },
  teacherParams: { what: 'teacher size', low: 1.98e8, high: 1.26e10, unit: 'parameters' },
  teacherTokens: { what: 'teacher tokens', low: 0, high: 5.12e11, unit: 'tokens' },
  teacherLoss: { what: 'teacher loss', low: 1.895, high: 2.755, unit: 'nats' },
  studentLoss: { what: 'student loss', low: 1.93, high: 2.84, unit: 'nats' },
  supervisedParams: { what: 'supervised model size', low: 1.03e8, high: 1.26e10, unit: 'parameters' },
  supervisedTokens: { what: 'supervised tokens', low: 0, high: 5.12e11, unit: 'tokens' },
} satisfies Record<string, Range>;

export type FittedQuantity = keyof typeof FITTED_RANGES;

/** A warning for each value outside the range the paper fitted. */
export function extrapolationWarnings(values: Partial<Record<FittedQuantity, number | null>>): Warning[] {
  const warnings: Warning[] = [];
  for (const key of Object.keys(values) as FittedQuantity[]) {
    const value = values[key];
    if (value === null || value === undefined) continue;
    const range: Range = FITTED_RANGES[key];
    if (value >= range.low && value <= range.high) continue;
    const span = range.low > 0 ? `${shortValue(range.low)}–${shortValue(range.high)}` : `up to ${shortValue(range.high)}`;
    warnings.push({ code: 'extrapolation', message: `${range.what} ${shortValue(value)} is outside the fitted range ${span} ${range.unit}: an extrapolation` });
  }
  return warnings;
}

function shortValue(value: number): string {
  return value < 100 ? String(Number(value.toFixed(3))) : formatCount(value);
}
