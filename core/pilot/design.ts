/**
 * Which small runs a pilot makes (the paper's advice, Busbridge et al. 2025 §7: measure small on your own data,
 * fit, then scale). Supervised runs at four sizes spread over a decade in log space, each at token ratios around
 * and beyond 20 tokens per parameter (Chinchilla's optimum) up to the decision's own ratio; distillation runs from
 * two of those runs as small teachers, with students smaller than, equal to and larger than each teacher so the
 * law's capacity-gap break (L_T against d1·L̃_S, Eq. 8) is seen from both sides. One template, scaled by the
 * largest size until the pilot spends its share of the budget; no run may exceed a tenth of the decision's compute.
 */
import { clipTyped, InputError } from '../errors.js';
import { MIN_COUNT } from '../optimise/bounds.js';

export type PilotRunKind = 'supervised' | 'distil';

export interface PilotTeacher {
  /** 1-based index of the supervised run that is the teacher (its measured loss is teacher_loss); null: your own teacher. */
  run: number | null;
  params: number;
  /** null: your existing teacher, given by its loss. */
  tokens: number | null;
  /** Your existing teacher's loss where the question gives it (its teacher_loss is known before the pilot). */
  loss?: number;
}

/** The team's existing teacher (the decision's): distilling small students from it puts its loss inside the fit. */
export interface ExistingTeacher {
  params: number;
  /** null when the teacher was given by its loss. */
  tokens: number | null;
  loss?: number;
}

/** Students distilled from your existing teacher: [size fraction of the largest, tokens per parameter]. */
const EXISTING_TEMPLATE: readonly (readonly [number, number])[] = [
  [0.1, 20],
  [10 ** -0.5, 20],
];

export interface PilotRun {
  kind: PilotRunKind;
  /** The model trained: the student for a distillation run. */
  params: number;
  tokens: number;
  /** Distillation runs: the pilot's supervised run used as the teacher. */
  teacher?: PilotTeacher;
  /** Training FLOPs (3·F(N)·D), plus the teacher's logits (F(N_T)·D) for a distillation run. */
  flops: number;
}

export interface PilotDesign {
  runs: PilotRun[];
  /** The decision's compute, FLOPs. */
  budgetFlops: number;
  /** The share of it the pilot may spend. */
  share: number;
  totalFlops: number;
  /** No run may cost more than this (a tenth of the decision's compute). */
  runCapFlops: number;
  /** The largest model in the pilot. */
  largestParams: number;
  /** true when the pilot stops below its share because its largest model reached the student's size. */
  cappedBySize: boolean;
}

/** Sizes as fractions of the largest: four, evenly spaced in log space over a decade and a half. */
export const SIZE_FRACTIONS = [1, 10 ** -0.5, 0.1, 10 ** -1.5] as const;
/** Supervised tokens per parameter at every size; the last is raised toward the decision's own ratio. */
export const TOKEN_RATIOS = [10, 20, 40, 80] as const;
/** The highest ratio the last column reaches when the decision's plan trains far past 80 tokens per parameter. */
export const MAX_PILOT_RATIO = 320;
/** A run may cost at most this share of the decision's compute. */
export const RUN_CAP_SHARE = 0.1;
/** Pilot shares accepted: above half the budget the pilot is the decision. */
export const MAX_PILOT_SHARE = 0.5;

/** In the distillation template: the student's ratio is the last supervised column's (80 or toward the decision's). */
const HIGH = -1;

/**
 * Distillation runs: [teacher size index, teacher ratio index, student size fraction of the largest, student ratio].
 * The small teacher (smallest size, 20 tokens/param) teaches students from half its size to ten times it (its weak
 * side: students whose own loss is far below the teacher's); the strongest supervised run teaches smaller students.
 */
const DISTIL_TEMPLATE: readonly (readonly [number, number, number, number])[] = [
  [3, 1, 10 ** -1.5 / 2, 20],
  [3, 1, 0.1, HIGH],
  [3, 1, 10 ** -0.5, 20],
  [3, 1, 1, 20],
  [3, 1, 1, HIGH],
  [0, 3, 10 ** -1.5, 20],
  [0, 3, 0.1, 20],
  [0, 3, 0.1, HIGH],
  [0, 3, 10 ** -0.5, 40],
];
/** The smallest model of the template, as a fraction of the largest. */
const SMALLEST_FRACTION = 10 ** -1.5 / 2;

export interface DesignInput {
  studentParams: number;
  /** The decision's compute, FLOPs. */
  compute: number;
  /** Tokens per parameter of the decision's direct-training plan. */
  targetRatio: number;
  share: number;
  forwardFlops: (params: number) => number;
  /** With an existing teacher, two students learn from it as well (its logits cost F(N_T) per token). */
  existingTeacher?: ExistingTeacher | null;
}

export function checkPilotShare(share: number): number {
  if (!Number.isFinite(share) || share <= 0 || share > MAX_PILOT_SHARE)
    throw new InputError(
      'pilotShare',
      { code: 'share-out-of-range', max: MAX_PILOT_SHARE },
      { form: 'pilot-share', max: MAX_PILOT_SHARE },
    );
  return share;
}

/** The template's runs with the largest model `largest`, in template order (supervised first). */
function runsAt(
  largest: number,
  input: Pick<DesignInput, 'targetRatio' | 'forwardFlops' | 'existingTeacher'>,
): PilotRun[] {
  const lastRatio = Math.round(Math.max(TOKEN_RATIOS[3], Math.min(MAX_PILOT_RATIO, input.targetRatio)));
  const ratios = [...TOKEN_RATIOS.slice(0, 3), lastRatio];
  const F = input.forwardFlops;
  const runs: PilotRun[] = [];
  for (const fraction of SIZE_FRACTIONS) {
    for (const ratio of ratios) {
      const params = largest * fraction;
      const tokens = params * ratio;
      runs.push({ kind: 'supervised', params, tokens, flops: 3 * F(params) * tokens });
    }
  }
  for (const [size, ratioIndex, fraction, ratio] of DISTIL_TEMPLATE) {
    const run = size * ratios.length + ratioIndex;
    const teacher = runs[run]!;
    const params = largest * fraction;
    const tokens = params * (ratio === HIGH ? lastRatio : ratio);
    runs.push({
      kind: 'distil',
      params,
      tokens,
      teacher: { run: run + 1, params: teacher.params, tokens: teacher.tokens },
      flops: (3 * F(params) + F(teacher.params)) * tokens,
    });
  }
  const existing = input.existingTeacher;
  for (const [fraction, ratio] of existing ? EXISTING_TEMPLATE : []) {
    const params = largest * fraction;
    const tokens = params * ratio;
    runs.push({
      kind: 'distil',
      params,
      tokens,
      teacher: {
        run: null,
        params: existing!.params,
        tokens: existing!.tokens,
        ...(existing!.loss === undefined ? {} : { loss: existing!.loss }),
      },
      flops: (3 * F(params) + F(existing!.params)) * tokens,
    });
  }
  return runs;
}

const total = (runs: readonly PilotRun[]): number => runs.reduce((sum, run) => sum + run.flops, 0);
const largestRun = (runs: readonly PilotRun[]): number => Math.max(...runs.map((run) => run.flops));

/**
 * The design: the largest size at which the template spends the share (and no run passes the cap), found by
 * bisection in log size (spend grows with size); never larger than the student itself.
 */
export function designPilot(input: DesignInput): PilotDesign {
  const share = checkPilotShare(input.share);
  const allowance = share * input.compute;
  const runCapFlops = RUN_CAP_SHARE * input.compute;
  const fits = (largest: number): boolean => {
    const runs = runsAt(largest, input);
    return total(runs) <= allowance && largestRun(runs) <= runCapFlops;
  };
  // The smallest model of the template must still be a model the laws know (1M parameters).
  const smallestLargest = MIN_COUNT / SMALLEST_FRACTION;
  if (!fits(smallestLargest))
    throw new InputError(
      'pilotShare',
      { code: 'pilot-too-small', minimumFlops: total(runsAt(smallestLargest, input)) },
      { form: 'pilot-share', max: MAX_PILOT_SHARE },
    );
  let low = Math.log(smallestLargest);
  let high = Math.log(Math.max(smallestLargest, input.studentParams));
  const cappedBySize = fits(Math.exp(high));
  if (cappedBySize) low = high;
  else
    for (let step = 0; step < 60; step++) {
      const middle = (low + high) / 2;
      if (fits(Math.exp(middle))) low = middle;
      else high = middle;
    }
  const largest = roundSize(Math.exp(low));
  const runs = runsAt(largest, input).map((run) => ({
    ...run,
    params: roundSize(run.params),
    tokens: roundSize(run.tokens),
  }));
  const rounded = runs.map((run) => withFlops(run, runs, input.forwardFlops));
  return {
    runs: rounded,
    budgetFlops: input.compute,
    share,
    totalFlops: total(rounded),
    runCapFlops,
    largestParams: largest,
    cappedBySize,
  };
}

/** Two significant figures, rounded down so the rounded design still fits the share: sizes people can set. */
export function roundSize(value: number): number {
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.floor(value / magnitude) * magnitude;
}

function withFlops(run: PilotRun, runs: readonly PilotRun[], F: (params: number) => number): PilotRun {
  if (run.kind === 'supervised') return { ...run, flops: 3 * F(run.params) * run.tokens };
  if (run.teacher!.run === null) return { ...run, flops: (3 * F(run.params) + F(run.teacher!.params)) * run.tokens };
  const teacher = runs[run.teacher!.run - 1]!;
  return {
    ...run,
    teacher: { run: run.teacher!.run, params: teacher.params, tokens: teacher.tokens },
    flops: (3 * F(run.params) + F(teacher.params)) * run.tokens,
  };
}

/**
 * A share as people type it: 5%, 0.5 %, 0.05 (a number from a sheet cell too). `max` bounds it; 0 is accepted
 * only where `zero` is (a noise-free simulation).
 */
export function parseShare(field: 'pilotShare' | 'noise', input: unknown, max: number, zero = false): number {
  const accepted =
    field === 'pilotShare' ? ({ form: 'pilot-share', max } as const) : ({ form: 'pilot-noise', max } as const);
  let value: number;
  if (typeof input === 'number') value = input;
  else if (typeof input === 'string' && /^\s*\d*\.?\d+(e-?\d+)?\s*%?\s*$/i.test(input) && input.length <= 40) {
    const text = input.trim();
    value = text.endsWith('%') ? Number(text.slice(0, -1).trim()) / 100 : Number(text);
  } else throw new InputError(field, { code: 'not-a-number', value: clipTyped(String(input)) }, accepted);
  if (!Number.isFinite(value) || value > max || value < 0 || (value === 0 && !zero))
    throw new InputError(field, { code: 'share-out-of-range', max }, accepted);
  return value;
}
