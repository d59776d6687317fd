/** distilplan's pure core: the public API every face calls. */
export * from './errors.js';
export * from './units.js';
export * from './format.js';
export * from './coefficients.js';
export { supervisedLoss, distilledLoss, teacherLossFromSize, checkTeacherLoss, prepareLaws, lawsFor, MAX_TEACHER_LOSS, type PreparedLaws } from './laws.js';
export * from './flops.js';
export { SCENARIOS, SCENARIO_IDS, type Scenario, type ScenarioCosts } from './optimise/scenarios.js';
export { MIN_COUNT, MAX_COUNT, MIN_SEARCH_COMPUTE, MAX_SEARCH_COMPUTE } from './optimise/bounds.js';
export * from './plans.js';
export * from './decide.js';
export * from './validity.js';
export * from './crossover.js';
export * from './cost/index.js';
