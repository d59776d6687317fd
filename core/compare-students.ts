/**
 * Several students side by side: which one reaches the lowest loss, and only
 * when the plausible laws (core/plausible.ts) agree on it. A best named on a
 * difference the laws' error cannot resolve would be a coin toss presented
 * as a ranking, so `best` is null unless at least 90% of the plausible laws
 * give the same student the lowest loss (an exact tie never does). For the
 * others, what the quality gap is worth: the training compute that student
 * would need to reach the best one's loss directly (Eq. 1 solved for D), or
 * null when it never can; and, given the student's cost options with a
 * price, what that compute costs.
 */
import type { CoefficientSet } from './coefficients.js';
import { type CostEstimate, costFlops } from './cost/cost.js';
import { type CostOptions, resolveCostOptions } from './cost/options.js';
import { type Decision, decisionPoint } from './decide.js';
import { PLAUSIBLE_AGREEMENT } from './evidence.js';
import { lossesUnderEachLaw } from './fit/uncertainty.js';
import { forwardFlopsFor } from './flops.js';
import { tokensReachingLoss } from './laws.js';

export interface StudentEntry {
  name: string;
  decision: Decision;
  /** How this student's answer is priced: its gap's reach is costed the same way (when these name a price). */
  cost?: CostOptions;
}

export interface QualityGap {
  name: string;
  /** This student's loss − the lowest loss, nats/token (≥ 0). */
  lossGap: number;
  /** Direct training that would bring this student to the lowest loss; null: it cannot reach it at any token count. */
  reach: { tokens: number; compute: number; cost?: CostEstimate } | null;
}

export interface StudentComparison {
  /** The student with the lowest loss, or null when the plausible laws do not separate it from the others. */
  best: string | null;
  /** The student with the lowest loss under the point law (null on an exact tie). */
  lowest: string | null;
  /** Share of plausible laws in which `lowest` is strictly lowest. */
  bestShare: number;
  gaps: QualityGap[];
}

/** The loss a decision's recommended route reaches: the lower of its two (what a comparison ranks and shows). */
export function reachedLoss(decision: Decision): number {
  return Math.min(decision.distilLoss, decision.supervisedLoss);
}

export function compareStudents(entries: readonly StudentEntry[], set: CoefficientSet): StudentComparison {
  const points = entries.map((entry) => reachedLoss(entry.decision));
  const lowestLoss = Math.min(...points);
  const lowestAt = points.flatMap((loss, i) => (loss === lowestLoss ? [i] : []));
  const lowest = lowestAt.length === 1 ? lowestAt[0]! : null;
  const underLaws = entries.map((entry) => {
    const { distil, supervised } = lossesUnderEachLaw(set, decisionPoint(entry.decision), {
      teacherTrained: entry.decision.teacherSource === 'trained-for-this',
    });
    return distil.map((loss, k) => Math.min(loss, supervised[k]!));
  });
  const laws = underLaws[0]?.length ?? 0;
  let agreeing = 0;
  for (let k = 0; k < laws && lowest !== null; k++) {
    const mine = underLaws[lowest]![k]!;
    if (underLaws.every((losses, i) => i === lowest || losses[k]! > mine)) agreeing++;
  }
  const bestShare = laws > 0 ? agreeing / laws : 0;
  const forward = forwardFlopsFor(entries[0]?.decision.flopCounting ?? 'paper');
  const gaps = entries.map((entry, i) => {
    const params = entry.decision.plan.studentParams;
    const tokens = tokensReachingLoss(set.supervised, params, lowestLoss);
    const compute = 3 * forward(params) * tokens;
    const priced = entry.cost && resolveCostOptions(entry.cost, false).price !== undefined;
    return {
      name: entry.name,
      lossGap: points[i]! - lowestLoss,
      reach: tokens > 0 ? { tokens, compute, ...(priced ? { cost: costFlops(compute, entry.cost) } : {}) } : null,
    };
  });
  return {
    best: lowest !== null && bestShare >= PLAUSIBLE_AGREEMENT ? entries[lowest]!.name : null,
    lowest: lowest === null ? null : entries[lowest]!.name,
    bestShare,
    gaps,
  };
}
