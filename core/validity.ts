/**
 * Where the laws were fitted (Busbridge et al. 2025, §4 and App. E; ranges
 * collected in PAPER.md §7). Outside them an answer is an extrapolation and
 * says so.
 */
import { formatCount } from './format.js';

export interface Warning {
  code:
    | 'extrapolation'
    | 'capacity-gap'
    | 'student-beats-teacher'
    | 'teacher-loss-unreachable'
    | 'close-call'
    | 'unused-compute';
  message: string;
  /** The same warning in Japanese, for lang=ja answers. */
  messageJa: string;
}

interface Range {
  what: string;
  whatJa: string;
  low: number;
  high: number;
  unit: string;
  unitJa: string;
}

export const FITTED_RANGES = {
  studentParams: {
    what: 'student size',
    whatJa: '生徒のサイズ',
    low: 1.43e8,
    high: 7.75e9,
    unit: 'parameters',
    unitJa: 'パラメータ',
  },
  studentTokens: {
    what: 'student tokens',
    whatJa: '生徒のトークン数',
    low: 3.7e9,
    high: 5.15e11,
    unit: 'tokens',
    unitJa: 'トークン',
  },
  teacherParams: {
    what: 'teacher size',
    whatJa: '教師のサイズ',
    low: 1.98e8,
    high: 1.26e10,
    unit: 'parameters',
    unitJa: 'パラメータ',
  },
  teacherTokens: {
    what: 'teacher tokens',
    whatJa: '教師のトークン数',
    low: 0,
    high: 5.12e11,
    unit: 'tokens',
    unitJa: 'トークン',
  },
  teacherLoss: { what: 'teacher loss', whatJa: '教師の損失', low: 1.895, high: 2.755, unit: 'nats', unitJa: 'nats' },
  studentLoss: { what: 'student loss', whatJa: '生徒の損失', low: 1.93, high: 2.84, unit: 'nats', unitJa: 'nats' },
  supervisedParams: {
    what: 'supervised model size',
    whatJa: '直接学習モデルのサイズ',
    low: 1.03e8,
    high: 1.26e10,
    unit: 'parameters',
    unitJa: 'パラメータ',
  },
  supervisedTokens: {
    what: 'supervised tokens',
    whatJa: '直接学習のトークン数',
    low: 0,
    high: 5.12e11,
    unit: 'tokens',
    unitJa: 'トークン',
  },
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
    const span =
      range.low > 0 ? `${shortValue(range.low)}–${shortValue(range.high)}` : `up to ${shortValue(range.high)}`;
    const spanJa =
      range.low > 0 ? `${shortValue(range.low)}〜${shortValue(range.high)}` : `${shortValue(range.high)} 以下`;
    warnings.push({
      code: 'extrapolation',
      message: `${range.what} ${shortValue(value)} is outside the fitted range ${span} ${range.unit}: an extrapolation`,
      messageJa: `${range.whatJa} ${shortValue(value)} は当てはめ範囲（${spanJa} ${range.unitJa}）の外です：外挿です`,
    });
  }
  return warnings;
}

function shortValue(value: number): string {
  return value < 100 ? String(Number(value.toFixed(3))) : formatCount(value);
}
