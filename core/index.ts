/** distilplan's pure core: the public API every face calls. */

export * from './answer/index.js';
export * from './chart/index.js';
export * from './closest.js';
export * from './coefficients.js';
export * from './compare-students.js';
export * from './cost/index.js';
export * from './crossover.js';
export * from './decide.js';
export * from './errors.js';
export * from './evidence.js';
export * from './fit/index.js';
export * from './flops.js';
export * from './format.js';
export * from './headline.js';
export * from './language.js';
export {
  checkTeacherLoss,
  distilledLoss,
  lawsFor,
  MAX_TEACHER_LOSS,
  type PreparedLaws,
  prepareLaws,
  supervisedLoss,
  teacherLossFromSize,
} from './laws.js';
export * from './models/index.js';
export { MAX_COUNT, MAX_SEARCH_COMPUTE, MIN_COUNT, MIN_SEARCH_COMPUTE } from './optimise/bounds.js';
export { SCENARIO_ALIASES, SCENARIO_IDS, SCENARIOS, type Scenario, type ScenarioCosts } from './optimise/scenarios.js';
export { own } from './own.js';
export * from './pilot/index.js';
export * from './plans.js';
export * from './plausible.js';
export * from './question/index.js';
export * from './ratio.js';
export * from './teacher-situation.js';
export * from './typed.js';
export * from './units.js';
export * from './validity.js';
