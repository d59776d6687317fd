/**
 * Where the laws were fitted (Busbridge et al. 2025, §4 and App. E; ranges
 * collected in PAPER.md §7). Outside them an answer is an extrapolation and
 * says so. Warnings are data (a code and its numbers); messages/ words them.
 */

/** A uniform guess over the paper's 32,768-token vocabulary: ln 32768 ≈ 10.40 nats. A loss above it is no prediction. */
export const VOCABULARY_SIZE = 32768;
export const UNIFORM_LOSS_NATS = Math.log(VOCABULARY_SIZE);

export const FITTED_RANGES = {
  studentParams: { low: 1.43e8, high: 7.75e9 },
  studentTokens: { low: 3.7e9, high: 5.15e11 },
  teacherParams: { low: 1.98e8, high: 1.26e10 },
  teacherTokens: { low: 0, high: 5.12e11 },
  teacherLoss: { low: 1.895, high: 2.755 },
  studentLoss: { low: 1.93, high: 2.84 },
  supervisedParams: { low: 1.03e8, high: 1.26e10 },
  supervisedTokens: { low: 0, high: 5.12e11 },
} satisfies Record<string, { low: number; high: number }>;

export type FittedQuantity = keyof typeof FITTED_RANGES;

/** A teacher that would do better: an earlier checkpoint of the given one, or the cheapest model reaching that loss. */
export type WeakerTeacher =
  | { kind: 'checkpoint'; teacherParams: number; tokens: number }
  | { kind: 'cheapest'; params: number; tokens: number };

/** The numbers each warning carries. */
export interface WarningParams {
  extrapolation: { quantity: FittedQuantity; value: number; low: number; high: number };
  'student-beats-teacher': { supervisedLoss: number; teacherLoss: number };
  'teacher-loss-unreachable': { teacherParams: number; bestLoss: number; teacherLoss: number };
  'close-call': { margin: number; share: number; samples: number };
  'unused-compute': { unusedCompute: number };
  /** A fit's coefficients the runs could not pin down (core/fit/identify.ts); `fix` is the --fix value suggested. */
  'unidentified-coefficients': { names: string[]; fix: string };
  'capacity-gap': { betterTeacherLoss: number; betterLoss: number; loss: number; weaker: WeakerTeacher };
}
export type WarningCode = keyof WarningParams;
export type Warning = { [C in WarningCode]: { code: C } & WarningParams[C] }[WarningCode];

/** A warning for each value outside the range the paper fitted. */
export function extrapolationWarnings(values: Partial<Record<FittedQuantity, number | null>>): Warning[] {
  const warnings: Warning[] = [];
  for (const quantity of Object.keys(values) as FittedQuantity[]) {
    const value = values[quantity];
    if (value === null || value === undefined) continue;
    const { low, high } = FITTED_RANGES[quantity];
    if (value >= low && value <= high) continue;
    warnings.push({ code: 'extrapolation', quantity, value, low, high });
  }
  return warnings;
}
