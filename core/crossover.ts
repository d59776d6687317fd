/**
 * The budget at which compute-optimal distillation in a scenario and direct
 * training of the same student cross (PAPER.md §10 lists the best-case
 * crossovers: 1B → 1.75e22 FLOPs with the default set).
 */

import type { CoefficientSetId } from './coefficients.js';
import { isFeasible, optimiseDistillation } from './optimise/distil.js';
import { findFlips, nearestFlip } from './optimise/flip.js';
import { SCENARIOS } from './optimise/scenarios.js';
import { supervisedTokensFor } from './optimise/supervised.js';
import { checkParams, checkScenario, checkStudents, type PlanOptions, problemsAt, resolveOptions } from './plans.js';

export interface CrossoverRequest {
  studentParams: number;
  scenario?: string;
  students?: number;
  /** With several crossovers, the one nearest this budget is `flipCompute`; default: the first. */
  nearCompute?: number;
}

export interface Crossover {
  coefficients: CoefficientSetId;
  scenario: string;
  /** null: the verdict never changes in [1e17, 1e28] FLOPs. */
  flipCompute: number | null;
  flipComputes: number[];
  verdictAboveFlip: 'distil' | 'train' | null;
}

export function crossoverCompute(request: CrossoverRequest, options: PlanOptions = {}): Crossover {
  const resolved = resolveOptions(options);
  const scenario = checkScenario(request.scenario ?? 'best-case');
  const studentParams = checkParams(request.studentParams, 'studentParams');
  const students = checkStudents(request.students ?? 1);
  const problemAt = problemsAt(resolved, studentParams, scenario, students);
  const margin = (compute: number): number => {
    const problem = problemAt(compute);
    const supervisedTokens = supervisedTokensFor(compute, studentParams, problem.forwardFlops);
    return problem.laws.supervised(studentParams, supervisedTokens) - optimiseDistillation(problem).loss;
  };
  const feasible = (compute: number): boolean => isFeasible(problemAt(compute));
  const step = SCENARIOS[scenario].teacherPretraining ? 2 : 0.5;
  const flips = findFlips(margin, step, feasible);
  const chosen = request.nearCompute !== undefined ? nearestFlip(flips, request.nearCompute) : (flips[0] ?? null);
  return {
    coefficients: resolved.set.id,
    scenario,
    flipCompute: chosen?.compute ?? null,
    flipComputes: flips.map((flip) => flip.compute),
    verdictAboveFlip: chosen?.above ?? null,
  };
}
