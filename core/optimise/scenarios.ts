/**
 * The four compute scenarios of Busbridge et al. 2025 (Table 2, Eq. 9):
 * FLOPs = 3·F(N_S)·D_S + F(N_T)·(δ_Lgt·D_S + δ_Pre·3·D_T).
 * With K students sharing one teacher, each pays 1/K of its pretraining.
 */
export type Scenario = 'best-case' | 'teacher-inference' | 'teacher-pretraining' | 'pretraining-and-inference';

export interface ScenarioCosts {
  /** δ_Lgt: the student pays the teacher's forward pass on its tokens. */
  teacherInference: 0 | 1;
  /** δ_Pre: the student pays (its share of) the teacher's pretraining. */
  teacherPretraining: 0 | 1;
  description: string;
}

export const SCENARIOS: Record<Scenario, ScenarioCosts> = {
  'best-case': { teacherInference: 0, teacherPretraining: 0, description: 'teacher free (fully amortised)' },
  'teacher-inference': {
    teacherInference: 1,
    teacherPretraining: 0,
    description: 'teacher exists; pay for its logits',
  },
  'teacher-pretraining': {
    teacherInference: 0,
    teacherPretraining: 1,
    description: 'train the teacher; logits stored and reused',
  },
  'pretraining-and-inference': {
    teacherInference: 1,
    teacherPretraining: 1,
    description: 'train the teacher and pay for its logits',
  },
};

export const SCENARIO_IDS = Object.keys(SCENARIOS) as Scenario[];

/** Scenario names as people shorten them (best, inference, both) → the ids; every face reads them alike. */
export const SCENARIO_ALIASES: ReadonlyMap<string, Scenario> = new Map<string, Scenario>([
  ...SCENARIO_IDS.map((id): [string, Scenario] => [id, id]),
  ['best', 'best-case'],
  ['inference', 'teacher-inference'],
  ['pretraining', 'teacher-pretraining'],
  ['both', 'pretraining-and-inference'],
  ['full', 'pretraining-and-inference'],
]);
