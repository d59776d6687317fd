/**
 * Costs a plan of the core optimiser part by part. The total is costed from
 * the plan's own total FLOPs (not from the rounded parts), so the rounded
 * parts may differ from the rounded total by a minor unit.
 */

// The optimiser's own type (teacherPretraining is already the amortised share).
import type { PlanFlops } from '../plans.js';
import { type CostAssumptions, costUnder, describeAssumptions, type FlopsCost, resolvePricedSetup } from './cost.js';
import type { CostOptions } from './options.js';

export interface PlanCost {
  studentTraining: FlopsCost;
  teacherInference: FlopsCost;
  teacherPretraining: FlopsCost;
  total: FlopsCost;
  currency: string;
  assumptions: CostAssumptions;
}

export function costPlan(flops: PlanFlops, options: CostOptions = {}): PlanCost {
  const setup = resolvePricedSetup(options);
  return {
    studentTraining: costUnder('compute', flops.studentTraining, setup),
    teacherInference: costUnder('compute', flops.teacherInference, setup),
    teacherPretraining: costUnder('compute', flops.teacherPretraining, setup),
    total: costUnder('compute', flops.total, setup),
    currency: setup.currency.code,
    assumptions: describeAssumptions(setup),
  };
}
