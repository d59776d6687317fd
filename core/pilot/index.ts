/**
 * `pilot`: which small runs settle a distil-or-train decision, what they cost, how often they would settle it,
 * and the staged investment after them (core/pilot/*). Pure and seeded; `progress` lets a face draw a bar.
 */
import { costFlops } from '../cost/cost.js';
import { DEFAULT_GPUS } from '../cost/costing.js';
import type { Band, CostOptions } from '../cost/options.js';
import type { Decision, DecisionRequest } from '../decide.js';
import { decide } from '../decide.js';
import { InputError } from '../errors.js';
import type { FlopCounting } from '../flops.js';
import { lawsFor } from '../laws.js';
import { type PlanOptions, resolveOptions } from '../plans.js';
import {
  designPilot,
  type ExistingTeacher,
  MAX_PILOT_SHARE,
  type PilotDesign,
  type PilotRun,
  parseShare,
} from './design.js';
import { DISTILLATION_FIXED, SUPERVISED_FIXED } from './fit.js';
import {
  drawWorlds,
  type PredictionError,
  simulateDesign,
  summarise,
  type WorldOutcomes,
  worthNow,
} from './simulate.js';
import { hasPrice, type Stage, type StageRule, settleRule, stageOf } from './stages.js';

export * from './design.js';
export { fitPilot, type PilotFit, pilotRuns } from './fit.js';
export * from './simulate.js';
export * from './stages.js';
export { drawWorld, isOwnSet, PILOT_FREE, TRANSFER_SPREAD } from './worlds.js';

export const DEFAULT_PILOT_SHARE = 0.05;
export const DEFAULT_PILOT_NOISE = 0.005;
export const DEFAULT_PILOT_SEED = 1;
export const DEFAULT_PILOT_WORLDS = 40;
export const MAX_PILOT_WORLDS = 400;
export const MAX_PILOT_NOISE = 0.1;
/** Bootstrap resamples per simulated fit: enough to tell 90% agreement from less, few enough to simulate quickly. */
export const PILOT_RESAMPLES = 24;
/** The middle stage spends this many times the pilot's share (at most MAX_PILOT_SHARE). */
export const MIDDLE_FACTOR = 10;
/** A stop rule's threshold: this many run-to-run noise levels above the fitted law. */
export const STOP_SIGMAS = 3;

export interface PilotOptions extends PlanOptions {
  share?: number;
  noise?: number;
  seed?: number;
  worlds?: number;
  /** The question's GPU, price and currency (core/cost); default: h100-sxm at its reference price. */
  cost?: CostOptions;
  gpus?: number;
  /** false: the design, costs and stages without the simulation (settled figures null). */
  simulate?: boolean;
  /** Called after each simulated world with (done, total). */
  progress?: (done: number, total: number) => void;
}

export interface PilotRunCosted extends PilotRun {
  /** null where the GPU has no price and none was given. */
  cost: Band<string> | null;
}

export interface PilotSize {
  share: number;
  totalFlops: number;
  totalCost: Band<string> | null;
  settledAfter: number | null;
  wrongAfter: number | null;
  predictionError: PredictionError | null;
}

export interface PilotPlan {
  coefficients: string;
  flopCounting: FlopCounting;
  studentParams: number;
  runs: PilotRunCosted[];
  budgetFlops: number;
  totalFlops: number;
  /** The pilot's money; null without a price. */
  totalCost: Band<string> | null;
  currency: string | null;
  share: number;
  runCapFlops: number;
  cappedBySize: boolean;
  /** Share of plausible true laws in which distillation wins at today's plan; null when not simulated. */
  verdictShareNow: number | null;
  settledNow: number | null;
  settledAfter: number | null;
  wrongAfter: number | null;
  /** Mean relative error of the predicted losses at the decision's plan: today and after the pilot. */
  predictionError: { now: PredictionError; after: PredictionError } | null;
  /** Two or three pilot sizes side by side (the chosen one among them). */
  sizes: PilotSize[];
  stages: Stage[];
  /** How the loop fits the runs: the coefficients held at the set's values. */
  fit: { supervisedFixed: string[]; distillationFixed: string[] };
  simulation: { worlds: number; resamples: number; noise: number; seed: number } | null;
}

function checkWhole(field: 'seed' | 'worlds', value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new InputError(field, { code: 'not-whole-in-range', min, max }, { form: 'whole-number' });
  return value;
}

/** The pilot's runs for a question and share (no simulation): what every face lists for the same question. */
export function pilotDesignFor(request: DecisionRequest, options: PlanOptions & { share?: number } = {}): PilotDesign {
  const resolved = resolveOptions(options);
  const today = decide(request, { ...options, flipSearch: false });
  return designFor(request, today, options.share ?? DEFAULT_PILOT_SHARE, resolved.forwardFlops);
}

function designFor(
  request: DecisionRequest,
  today: Decision,
  share: number,
  forwardFlops: (params: number) => number,
): PilotDesign {
  return designPilot({
    studentParams: request.studentParams,
    compute: request.compute,
    // The last column of supervised ratios reaches toward the ratio the decision's direct route trains at.
    targetRatio: today.supervised.tokens / request.studentParams,
    share,
    forwardFlops,
    existingTeacher: existingTeacherOf(request),
  });
}

function existingTeacherOf(request: DecisionRequest): ExistingTeacher | null {
  const teacher = request.teacher;
  if (teacher.kind === 'none') return null;
  return teacher.kind === 'size'
    ? { params: teacher.teacherParams, tokens: teacher.teacherTokens }
    : { params: teacher.teacherParams, tokens: null, loss: teacher.teacherLoss };
}

function designOrNull(design: () => PilotDesign): PilotDesign | null {
  try {
    return design();
  } catch (error) {
    if (error instanceof InputError) return null;
    throw error;
  }
}

/** The shares compared: half the pilot, the pilot, twice it (within MAX_PILOT_SHARE). */
export function comparedShares(share: number): number[] {
  return [...new Set([share / 2, share, Math.min(MAX_PILOT_SHARE, share * 2)])];
}

export function planPilot(request: DecisionRequest, options: PilotOptions = {}): PilotPlan {
  const resolved = resolveOptions(options);
  const share = options.share ?? DEFAULT_PILOT_SHARE;
  const noise = parseShare('noise', options.noise ?? DEFAULT_PILOT_NOISE, MAX_PILOT_NOISE, true);
  const seed = checkWhole('seed', options.seed ?? DEFAULT_PILOT_SEED, 0, 0xffffffff);
  const worldCount = checkWhole('worlds', options.worlds ?? DEFAULT_PILOT_WORLDS, 1, MAX_PILOT_WORLDS);
  const costOptions = options.cost ?? {};
  const gpus = options.gpus ?? DEFAULT_GPUS;
  // The question itself is checked (and its plan found) by decide, as every face's decide does.
  const today = decide(request, { ...options, flipSearch: false });
  const designAt = (s: number): PilotDesign => designFor(request, today, s, resolved.forwardFlops);
  const design = designAt(share);
  const middleShare = Math.min(MAX_PILOT_SHARE, share * MIDDLE_FACTOR);
  const designs = new Map<number, PilotDesign>([[share, design]]);
  // A compared share too small for any pilot is left out; the chosen one was checked above.
  for (const s of [...comparedShares(share), middleShare]) {
    if (designs.has(s)) continue;
    const candidate = designOrNull(() => designAt(s));
    if (candidate) designs.set(s, candidate);
  }
  const shares = comparedShares(share).filter((s) => designs.has(s));
  const simulate = options.simulate !== false;
  const simulation = {
    set: resolved.set,
    flopCounting: resolved.flopCounting,
    noise,
    seed,
    worlds: worldCount,
    resamples: PILOT_RESAMPLES,
  };
  const worlds = simulate ? drawWorlds(request, simulation, design.runs.length) : [];
  const outcomes = new Map<number, WorldOutcomes>();
  if (simulate) {
    const total = worlds.length * designs.size;
    let done = 0;
    for (const [s, d] of designs) {
      outcomes.set(
        s,
        simulateDesign(request, d, worlds, simulation, () => options.progress?.(++done, total)),
      );
    }
  }
  const now = simulate ? worthNow(request, worlds, simulation) : null;
  const moneyOf = (flops: number) => (hasPrice(costOptions) ? costFlops(flops, costOptions).cost : null);
  const chosen = outcomes.get(share);
  const worth = chosen ? summarise(design, chosen) : null;
  const middle = middleShare > share ? designs.get(middleShare)! : null;
  const stages: Stage[] = [
    stageOf(
      {
        kind: 'pilot',
        share: design.totalFlops / request.compute,
        flops: design.totalFlops,
        settles: worth?.settledAfter ?? null,
        rules: [stopRule(design, resolved.set, noise), settleRule(middle ? 'middle' : 'either-route')],
      },
      costOptions,
      gpus,
    ),
  ];
  if (middle) {
    const left = chosen && outcomes.get(middleShare);
    stages.push(
      stageOf(
        {
          kind: 'middle',
          share: middle.totalFlops / request.compute,
          flops: middle.totalFlops,
          settles: left ? settlesAmongOpen(chosen!, left) : null,
          rules: [stopRule(middle, resolved.set, noise), settleRule('either-route')],
        },
        costOptions,
        gpus,
      ),
    );
  }
  stages.push(
    stageOf(
      {
        kind: 'decision',
        share: 1,
        flops: request.compute,
        settles: null,
        rules: [{ code: 'run-decision', share: 1 }],
      },
      costOptions,
      gpus,
    ),
  );
  return {
    coefficients: resolved.set.id,
    flopCounting: resolved.flopCounting,
    studentParams: request.studentParams,
    runs: design.runs.map((run) => ({ ...run, cost: moneyOf(run.flops) })),
    budgetFlops: request.compute,
    totalFlops: design.totalFlops,
    totalCost: moneyOf(design.totalFlops),
    currency: hasPrice(costOptions) ? costFlops(design.totalFlops, costOptions).currency : null,
    share,
    runCapFlops: design.runCapFlops,
    cappedBySize: design.cappedBySize,
    verdictShareNow: now?.verdictShare ?? null,
    settledNow: now?.settledNow ?? null,
    settledAfter: worth?.settledAfter ?? null,
    wrongAfter: worth?.wrongAfter ?? null,
    predictionError: now && worth ? { now: now.predictionError, after: worth.predictionError } : null,
    sizes: shares.map((s) => {
      const d = designs.get(s)!;
      const o = outcomes.get(s);
      const w = o ? summarise(d, o) : null;
      return {
        share: s,
        totalFlops: d.totalFlops,
        totalCost: moneyOf(d.totalFlops),
        settledAfter: w?.settledAfter ?? null,
        wrongAfter: w?.wrongAfter ?? null,
        predictionError: w?.predictionError ?? null,
      };
    }),
    stages,
    fit: { supervisedFixed: SUPERVISED_FIXED, distillationFixed: DISTILLATION_FIXED },
    simulation: simulate ? { worlds: worlds.length, resamples: PILOT_RESAMPLES, noise, seed } : null,
  };
}

/** Of the worlds the pilot leaves open (not settled on the truth), the share the middle stage settles on the truth. */
function settlesAmongOpen(pilot: WorldOutcomes, middle: WorldOutcomes): number {
  const open = pilot.right.flatMap((right, i) => (right ? [] : [i]));
  if (open.length === 0) return 1;
  return open.filter((i) => middle.right[i]).length / open.length;
}

/**
 * The stop rule: the largest distilled student (from the small teacher, the weak-teacher side of the capacity
 * gap) measured more than STOP_SIGMAS noise levels above the fitted law. A floor of 0.01 nats keeps it above
 * what a rerun of the same job moves.
 */
function stopRule(design: PilotDesign, set: Parameters<typeof lawsFor>[0], noise: number): StageRule {
  const laws = lawsFor(set);
  let index = 0;
  design.runs.forEach((run, i) => {
    const best = design.runs[index]!;
    const fromPilot = run.kind === 'distil' && run.teacher!.run !== null;
    if (fromPilot && (best.kind !== 'distil' || run.params * run.tokens > best.params * best.tokens)) index = i;
  });
  const run = design.runs[index]!;
  const teacher = design.runs[run.teacher!.run! - 1]!;
  const loss = laws.student(run.params, run.tokens, laws.supervised(teacher.params, teacher.tokens!));
  const nats = Math.max(0.01, Number((STOP_SIGMAS * noise * loss).toPrecision(2)));
  return { code: 'stop-if-off-law', run: index + 1, kind: run.kind, params: run.params, tokens: run.tokens, nats };
}
