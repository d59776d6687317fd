/** Synthetic runs with known truth: the shipped default set's laws plus seeded multiplicative noise. */

import { type DistillationRun, normal, type SupervisedRun, seededRandom } from '../../../core/fit/index.js';
import { coefficientSet, prepareLaws } from '../../../core/index.js';

export const TRUTH = coefficientSet();
export const TRUE_LAWS = prepareLaws(TRUTH);

/** `count` supervised runs over N 1e8–1e10 (the paper's span) and 5–300 tokens per parameter, log-normal noise of `noise`. */
export function supervisedRuns(count: number, seed: number, noise = 0.003): SupervisedRun[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const params = 10 ** (8 + 2 * random());
    const tokens = params * 10 ** (0.7 + 1.8 * random());
    return { params, tokens, loss: TRUE_LAWS.supervised(params, tokens) * Math.exp(noise * normal(random)) };
  });
}

/** `count` distillation runs: students 1e8–3e9 on 10–200 tokens per parameter, teacher losses 1.85–2.8. */
export function distillationRuns(count: number, seed: number, noise = 0.003): DistillationRun[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const studentParams = 10 ** (8 + 1.5 * random());
    const studentTokens = studentParams * 10 ** (1 + 1.3 * random());
    const teacherLoss = 1.85 + 0.95 * random();
    const studentLoss = TRUE_LAWS.student(studentParams, studentTokens, teacherLoss) * Math.exp(noise * normal(random));
    return { studentParams, studentTokens, teacherLoss, studentLoss };
  });
}
