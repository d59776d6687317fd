/**
 * The cheapest supervised teacher (minimum F(N_T)·D_T) that reaches a target
 * loss, as the paper reports for its best case (Busbridge et al. 2025, App. D.4).
 * On the iso-loss curve D_T(N_T) = (B / (R − A·N_T^−α))^(1/β), R = (L_T − E)^(1/γ).
 */
import type { CoefficientSet } from '../coefficients.js';
import { LOG_MAX_COUNT, LOG_MIN_COUNT, MAX_COUNT, MIN_COUNT } from './bounds.js';
import { minimiseOnInterval } from './minimise.js';

export interface SupervisedModel {
  params: number;
  tokens: number;
  /** The search met its stopping rule. */
  converged: boolean;
}

export function cheapestTeacherFor(
  set: CoefficientSet,
  teacherLoss: number,
  forwardFlops: (params: number) => number,
): SupervisedModel {
  const { E, A, B, alpha, beta, gamma } = set.supervised;
  const reducible = (teacherLoss - E) ** (1 / gamma);
  const paramsFor = (tokensTerm: number): number => (A / (reducible - tokensTerm)) ** (1 / alpha);
  const tokensFor = (params: number): number => (B / (reducible - A * params ** -alpha)) ** (1 / beta);
  // D_T ≤ 1e17 floors N_T; D_T ≥ 1e6 caps it (when reachable at all).
  const fewestTokensTerm = B * MAX_COUNT ** -beta;
  const mostTokensTerm = B * MIN_COUNT ** -beta;
  const logLower = Math.max(LOG_MIN_COUNT, Math.log(paramsFor(fewestTokensTerm)));
  const logUpper =
    reducible > mostTokensTerm ? Math.min(LOG_MAX_COUNT, Math.log(paramsFor(mostTokensTerm))) : LOG_MAX_COUNT;
  const best = minimiseOnInterval(
    (logParams) => Math.log(forwardFlops(Math.exp(logParams))) + Math.log(tokensFor(Math.exp(logParams))),
    logLower,
    Math.max(logLower, logUpper),
    { gridPoints: 16, tolerance: 1e-9 },
  );
  const params = Math.exp(best.x);
  return { params, tokens: tokensFor(params), converged: best.converged };
}
