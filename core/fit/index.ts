/** Fitting the laws to a team's own runs (issue: calibrate on your own runs). */
export { type BootstrapFit, type BootstrapOptions, fitWithBootstrap, MAX_RESAMPLES, quantile } from './bootstrap.js';
export { MAX_RUNS_CSV_BYTES, parseRunsCsv } from './csv.js';
export { type Fit, type FitOptions, type FitRuns, fitLaw, lawCoefficients } from './fit.js';
export { minimiseBounded } from './lbfgsb.js';
export {
  type CoefficientName,
  DISTILLATION_NAMES,
  type DistillationName,
  type Law,
  SUPERVISED_NAMES,
  type SupervisedName,
} from './models.js';
export { canonicalName, namesOf, parseCoefficientNames } from './names.js';
export { HUBER_DELTA, huber } from './objective.js';
export { normal, type Random, seededRandom } from './random.js';
export { checkRuns, checkRunValue, type DistillationRun, RUN_COLUMNS, RunError, type SupervisedRun } from './runs.js';
export {
  type CoefficientSetFile,
  type FittedSet,
  type FittedSpan,
  fittedRangeOf,
  MAX_DECISION_SAMPLES,
  MAX_SET_FILE_BYTES,
  type RunQuantity,
  type RunsSummary,
  readSetFile,
  runsSummary,
  SET_FILE_FORMAT,
  SET_FILE_VERSION,
  type SetFit,
  sampledSets,
  setFileOf,
  setFromRow,
  storableSetFile,
} from './setfile.js';
export {
  type DecisionUncertainty,
  lossesUnderEachLaw,
  type PlanLosses,
  type PlanPoint,
  uncertaintyOf,
  uncertaintyOver,
} from './uncertainty.js';
