/** The typed requests the parser produces and the answer code consumes. */
import type { FlopCounting, TeacherSituation } from '../../../core/index.js';

export type Lang = 'en' | 'ja';

/** Cost settings exactly as typed; core/cost reads and checks them. */
export type CostWords = Partial<
  Record<'gpu' | 'provider' | 'mfu' | 'price' | 'currency' | 'rate' | 'precision', string>
>;

export interface Common {
  lang: Lang;
  preset?: string;
  counting?: FlopCounting;
  cost: CostWords;
  /** The budget as typed: FLOPs, money or GPU-hours. */
  budget: string;
  /** costs= as typed: a cost profile's name in DISTILPLAN_COSTS_DIR. */
  costs?: string;
}

export interface ScenarioInputs extends Common {
  /** With a student, the decide question gives the route's tokens for a profile's data cost. */
  decide?: { student: number; teacher: TeacherSituation };
  gpus?: number;
  kinds?: string;
}

export interface DecideInputs extends Common {
  student: number;
  teacher: TeacherSituation;
  /** GPUs working at once, for the wall-clock days (core's DEFAULT_GPUS when absent). */
  gpus?: number;
  /** deadline= in days: without gpus=, the run is spread over the GPUs that finish it within the deadline. */
  deadlineDays?: number;
  /** serve= and days= as typed (core/cost reads and checks them); absent when neither was given. */
  serving?: ServingWords;
}

export interface ServingWords {
  tokensPerDay: string;
  days: string;
}

export interface PilotInputs extends DecideInputs {
  /** share= as typed (core reads 5% or 0.05); absent: core's default. */
  share?: string;
}

export interface PlanInputs extends Common {
  student: number;
  scenario: string;
  students: number;
}

export interface CostInputs extends Common {
  /** With a student, the compute-optimal plan is costed part by part; without, just the budget. */
  plan?: { student: number; scenario: string; students: number };
}

export interface CompareScenario {
  label: string;
  inputs: DecideInputs;
}

export type Request =
  | { kind: 'help'; lang: Lang }
  | { kind: 'presets'; lang: Lang }
  | { kind: 'decide'; lang: Lang; inputs: DecideInputs }
  | { kind: 'plan'; lang: Lang; inputs: PlanInputs }
  | { kind: 'cost'; lang: Lang; inputs: CostInputs }
  | { kind: 'compare'; lang: Lang; scenarios: CompareScenario[] }
  | { kind: 'scenarios'; lang: Lang; inputs: ScenarioInputs }
  | { kind: 'pilot'; lang: Lang; inputs: PilotInputs };

export const MAX_COMPARE = 4;
