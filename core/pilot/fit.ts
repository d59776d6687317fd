/**
 * The pilot's runs fitted the project's way (core/fit: Huber on log residuals, bounded quasi-Newton), as the loop
 * does it: the supervised law on the supervised runs, then the distillation law on the distillation runs with the
 * fitted supervised law giving L̃_S and each teacher's measured loss as L_T. Plausible laws come from a paired
 * bootstrap (each resample refits both laws, so both routes vary). Every fit starts at the base set's values
 * (the bootstrap's warm start, core/fit/bootstrap.ts): a simulated pilot is fitted hundreds of times.
 */
import type { CoefficientSet } from '../coefficients.js';
import { resampleWeights } from '../fit/bootstrap.js';
import { type FitProblem, fitProblem, polish, setAt } from '../fit/fit.js';
import { type CoefficientName, DISTILLATION_NAMES, SUPERVISED_NAMES } from '../fit/models.js';
import { objectiveFor } from '../fit/objective.js';
import { type Random, seededRandom } from '../fit/random.js';
import type { DistillationRun, SupervisedRun } from '../fit/runs.js';
import type { PilotRun } from './design.js';
import { PILOT_FREE } from './worlds.js';

export const SUPERVISED_FIXED: CoefficientName[] = SUPERVISED_NAMES.filter(
  (name) => !(PILOT_FREE.supervised as readonly string[]).includes(name),
);
export const DISTILLATION_FIXED: CoefficientName[] = DISTILLATION_NAMES.filter(
  (name) => !(PILOT_FREE.distillation as readonly string[]).includes(name),
);

/** Quasi-Newton iterations of a resample's refit (the point fit runs the fitter's full polish). */
export const RESAMPLE_ITERATIONS = 60;

export interface PilotFit {
  /** Both laws fitted to all the runs. */
  point: CoefficientSet;
  /** Both laws refitted to each bootstrap resample. */
  plausible: CoefficientSet[];
}

/** The pilot's runs with their measured losses (in the design's order) as the fitter's two run lists. */
export function pilotRuns(
  runs: readonly PilotRun[],
  losses: readonly number[],
  existingTeacherLoss: number | null = null,
): { supervised: SupervisedRun[]; distillation: DistillationRun[] } {
  const supervised: SupervisedRun[] = [];
  const distillation: DistillationRun[] = [];
  runs.forEach((run, i) => {
    if (run.kind === 'supervised') supervised.push({ params: run.params, tokens: run.tokens, loss: losses[i]! });
    else
      distillation.push({
        studentParams: run.params,
        studentTokens: run.tokens,
        teacherLoss: run.teacher!.run === null ? existingTeacherLoss! : losses[run.teacher!.run - 1]!,
        studentLoss: losses[i]!,
      });
  });
  return { supervised, distillation };
}

/** Minimises from the problem's base values with run weights (null: every run once); returns the fitted set. */
function refit(problem: FitProblem, weights: Float64Array | null): Pick<CoefficientSet, 'supervised' | 'distillation'> {
  const objective = objectiveFor(problem.model, problem.runs, problem.baseTheta, problem.free, weights);
  const start = problem.free.map((i) => problem.baseTheta[i]!);
  // A resample starts at the point fit, close to its own optimum: a short polish reaches it.
  const result = polish(problem, objective, start, weights ? RESAMPLE_ITERATIONS : undefined);
  return setAt(problem, objective.theta(result.x));
}

function fitBoth(
  runs: ReturnType<typeof pilotRuns>,
  base: CoefficientSet,
  random: Random | null,
): Pick<CoefficientSet, 'supervised' | 'distillation'> {
  const supervisedProblem = fitProblem({ law: 'supervised', runs: runs.supervised }, base, {
    fixed: SUPERVISED_FIXED,
  });
  const supervised = refit(supervisedProblem, random && resampleWeights(runs.supervised.length, random)).supervised;
  const distilProblem = fitProblem(
    { law: 'distillation', runs: runs.distillation },
    { supervised, distillation: base.distillation },
    { fixed: DISTILLATION_FIXED },
  );
  const distillation = refit(distilProblem, random && resampleWeights(runs.distillation.length, random)).distillation;
  return { supervised, distillation };
}

/** The point fit and `resamples` plausible laws of a pilot's measured losses. */
export function fitPilot(
  runs: readonly PilotRun[],
  losses: readonly number[],
  base: CoefficientSet,
  options: { resamples: number; seed: number; existingTeacherLoss?: number | null },
): PilotFit {
  const measured = pilotRuns(runs, losses, options.existingTeacherLoss ?? null);
  const named = (laws: Pick<CoefficientSet, 'supervised' | 'distillation'>, id: string): CoefficientSet => ({
    id,
    citation: 'fitted to pilot runs in the form of Busbridge et al. 2025',
    note: '',
    ...laws,
  });
  const point = named(fitBoth(measured, base, null), 'pilot-fit');
  const random = seededRandom(options.seed);
  const plausible = Array.from({ length: options.resamples }, (_, b) =>
    named(fitBoth(measured, point, random), `pilot-fit#${b + 1}`),
  );
  return { point, plausible };
}
