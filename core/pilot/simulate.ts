/**
 * What a pilot is worth, by simulation: draw plausible true laws (core/pilot/worlds.ts), draw the pilot's
 * losses from each with run-to-run noise, fit them as the loop does (core/pilot/fit.ts), decide with the
 * fitted law, and count the worlds in which the call is settled — at least PLAUSIBLE_AGREEMENT of the plausible
 * laws agree (core/evidence.ts), the agreement the call itself needs — on that world's true verdict. A pilot
 * that settles on the wrong side is counted apart, never as settled. Seeded: the same question, share, noise
 * and seed give the same figures, and every pilot size meets the same worlds and the same noise draws.
 */
import type { CoefficientSet } from '../coefficients.js';
import { type Decision, type DecisionRequest, decide, planLossesUnder, type Verdict } from '../decide.js';
import { InputError } from '../errors.js';
import { callFromShare } from '../evidence.js';
import { normal, seededRandom } from '../fit/random.js';
import { sampledSets } from '../fit/samples.js';
import { uncertaintyOver } from '../fit/uncertainty.js';
import type { FlopCounting } from '../flops.js';
import { prepareLaws } from '../laws.js';
import type { PilotDesign } from './design.js';
import { fitPilot } from './fit.js';
import { drawWorld } from './worlds.js';

export interface SimulationOptions {
  set: CoefficientSet;
  flopCounting: FlopCounting;
  /** Run-to-run noise: each loss is the true one × exp(noise · z), z standard normal. */
  noise: number;
  seed: number;
  /** Plausible true laws drawn. */
  worlds: number;
  /** Bootstrap resamples per simulated fit. */
  resamples: number;
}

/** How far the laws' predicted losses at the decision's plan are from the true ones: mean |L̂ − L| / L over worlds. */
export interface PredictionError {
  supervised: number;
  distil: number;
}

export interface PilotWorth {
  share: number;
  totalFlops: number;
  /** Share of worlds in which, after the pilot, the plausible laws agree on that world's true verdict. */
  settledAfter: number;
  /** Share of worlds in which they agree on the wrong verdict. */
  wrongAfter: number;
  predictionError: PredictionError;
}

/** One plausible true law with its own verdict for the question, and the noise its pilot's runs draw. */
export interface World {
  truth: CoefficientSet;
  verdict: Verdict;
  noise: number[];
  fitSeed: number;
}

/** A call is settled when the share alone makes it distil or train (core/evidence.ts): the call's own rule. */
export function settledVerdict(verdictShare: number): Verdict | null {
  const { call } = callFromShare(verdictShare);
  return call === 'distil' || call === 'train' ? call : null;
}

/** A decision without the searches the simulation does not need; null where this law cannot answer the question. */
export function quickDecision(
  request: DecisionRequest,
  set: CoefficientSet,
  flopCounting: FlopCounting,
): Decision | null {
  try {
    return decide(request, { preset: set, flopCounting, flipSearch: false });
  } catch (error) {
    if (error instanceof InputError) return null;
    throw error;
  }
}

/**
 * The worlds: plausible true laws that can answer the question (a law whose irreducible loss is above a given
 * teacher's loss cannot have produced that teacher, so it is drawn again), each with `runs` noise draws.
 */
export function drawWorlds(request: DecisionRequest, options: SimulationOptions, runs: number): World[] {
  const random = seededRandom(options.seed);
  const samples = sampledSets(options.set);
  const worlds: World[] = [];
  for (let attempt = 0; worlds.length < options.worlds && attempt < options.worlds * 20; attempt++) {
    const truth = drawWorld(options.set, random, worlds.length + 1, samples);
    // One draw per run, and one more for an existing teacher's measured loss.
    const noise = Array.from({ length: runs + 1 }, () => normal(random));
    const fitSeed = Math.floor(random() * 0xffffffff);
    const decision = quickDecision(request, truth, options.flopCounting);
    if (decision) worlds.push({ truth, verdict: decision.margin > 0 ? 'distil' : 'train', noise, fitSeed });
  }
  return worlds;
}

/**
 * The existing teacher's loss in one world: the given loss (a measured fact), or for a teacher given by size and
 * tokens the world's law there, measured with noise (the draw after the runs'); null without an existing teacher.
 */
export function existingTeacherLoss(
  request: DecisionRequest,
  truth: CoefficientSet,
  noise: readonly number[],
  level: number,
  runs: number,
): number | null {
  const teacher = request.teacher;
  if (teacher.kind === 'loss') return teacher.teacherLoss;
  if (teacher.kind === 'none') return null;
  return prepareLaws(truth).supervised(teacher.teacherParams, teacher.teacherTokens) * Math.exp(level * noise[runs]!);
}

/**
 * The losses a pilot measures in one world: true losses (a distilled student learns from its teacher's true self;
 * from an existing teacher, from its loss `existing`) with noise.
 */
export function pilotLosses(
  design: PilotDesign,
  truth: CoefficientSet,
  noise: readonly number[],
  level: number,
  existing: number | null = null,
): number[] {
  const laws = prepareLaws(truth);
  const trueLosses: number[] = [];
  design.runs.forEach((run) => {
    const teacher = run.teacher?.run;
    trueLosses.push(
      run.kind === 'supervised'
        ? laws.supervised(run.params, run.tokens)
        : laws.student(run.params, run.tokens, teacher === null ? existing! : trueLosses[teacher! - 1]!),
    );
  });
  return trueLosses.map((loss, i) => loss * Math.exp(level * noise[i]!));
}

/** One world's outcome after the pilot: the settled verdict (or null) and the prediction errors at the fitted plan. */
export interface PilotOutcome {
  settled: Verdict | null;
  verdictShare: number | null;
  error: PredictionError | null;
}

export function pilotOutcome(
  request: DecisionRequest,
  design: PilotDesign,
  losses: readonly number[],
  truth: CoefficientSet,
  options: Pick<SimulationOptions, 'set' | 'flopCounting' | 'resamples'> & {
    fitSeed: number;
    existingTeacherLoss?: number | null;
  },
): PilotOutcome {
  const fit = fitPilot(design.runs, losses, options.set, {
    resamples: options.resamples,
    seed: options.fitSeed,
    existingTeacherLoss: options.existingTeacherLoss ?? null,
  });
  const decision = quickDecision(request, fit.point, options.flopCounting);
  if (!decision) return { settled: null, verdictShare: null, error: null };
  const losesUnder = planLossesUnder(decision.plan, decision.teacherSource === 'given-loss');
  const share = uncertaintyOver(fit.plausible, losesUnder).verdictShare;
  const actual = losesUnder(prepareLaws(truth));
  return {
    settled: settledVerdict(share),
    verdictShare: share,
    error: {
      supervised: Math.abs(decision.supervisedLoss - actual.supervised) / actual.supervised,
      distil: Math.abs(decision.distilLoss - actual.distil) / actual.distil,
    },
  };
}

/** Per world: settled on the true verdict, settled on the wrong one, and the prediction errors. */
export interface WorldOutcomes {
  right: boolean[];
  wrong: boolean[];
  errors: (PredictionError | null)[];
}

export function simulateDesign(
  request: DecisionRequest,
  design: PilotDesign,
  worlds: readonly World[],
  options: SimulationOptions,
  tick: () => void,
): WorldOutcomes {
  const result: WorldOutcomes = { right: [], wrong: [], errors: [] };
  for (const world of worlds) {
    const existing = existingTeacherLoss(request, world.truth, world.noise, options.noise, design.runs.length);
    const losses = pilotLosses(design, world.truth, world.noise, options.noise, existing);
    const outcome = pilotOutcome(request, design, losses, world.truth, {
      ...options,
      fitSeed: world.fitSeed,
      existingTeacherLoss: existing,
    });
    result.right.push(outcome.settled === world.verdict);
    result.wrong.push(outcome.settled !== null && outcome.settled !== world.verdict);
    result.errors.push(outcome.error);
    tick();
  }
  return result;
}

export function summarise(design: PilotDesign, outcomes: WorldOutcomes): PilotWorth {
  const count = Math.max(1, outcomes.right.length);
  const errors = outcomes.errors.filter((e): e is PredictionError => e !== null);
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  return {
    share: design.share,
    totalFlops: design.totalFlops,
    settledAfter: outcomes.right.filter(Boolean).length / count,
    wrongAfter: outcomes.wrong.filter(Boolean).length / count,
    predictionError: {
      supervised: mean(errors.map((e) => e.supervised)),
      distil: mean(errors.map((e) => e.distil)),
    },
  };
}

/** Before any pilot: the plausible true laws themselves are the plausible laws. */
export interface WorthNow {
  /** Share of worlds in which distillation wins at the plan the set recommends. */
  verdictShare: number;
  /** Share of worlds on whose verdict the current plausible laws already agree (0 when they do not agree). */
  settledNow: number;
  predictionError: PredictionError;
}

export function worthNow(request: DecisionRequest, worlds: readonly World[], options: SimulationOptions): WorthNow {
  const decision = decide(request, {
    preset: options.set,
    flopCounting: options.flopCounting,
    flipSearch: false,
  });
  const losesUnder = planLossesUnder(decision.plan, decision.teacherSource === 'given-loss');
  const truths = worlds.map((world) => losesUnder(prepareLaws(world.truth)));
  const share = truths.filter((t) => t.distil < t.supervised).length / Math.max(1, truths.length);
  const settled = settledVerdict(share);
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  return {
    verdictShare: share,
    settledNow: settled === null ? 0 : settled === 'distil' ? share : 1 - share,
    predictionError: {
      supervised: mean(truths.map((t) => Math.abs(decision.supervisedLoss - t.supervised) / t.supervised)),
      distil: mean(truths.map((t) => Math.abs(decision.distilLoss - t.distil) / t.distil)),
    },
  };
}
