/**
 * The one list of the add-on's custom functions: names, arguments (in order),
 * what each returns and an example. The build generates the top-level
 * Apps Script declarations and their @customfunction JSDoc from it, the
 * README's table follows it, and the tests walk it — so a function cannot
 * exist in one place and be missing in another. Names and argument order are
 * a public contract: sheets in the wild call them.
 */

export interface ParamSpec {
  /** The argument's name as Sheets shows it; errors name it too. */
  readonly name: string;
  /** What it is, with units and accepted forms. */
  readonly description: string;
  readonly optional?: true;
  /** Core's names for what this argument carries, when they differ from `name`: its errors then name the argument. */
  readonly fields?: readonly string[];
}

export interface FunctionSpec {
  readonly name: string;
  readonly description: string;
  readonly params: readonly ParamSpec[];
  readonly returns: string;
  /** One formula a person can paste. */
  readonly example: string;
  /** Headings of the columns each input row gives; one heading for a single value. */
  readonly columns: readonly string[];
}

const RANGE_NOTE = 'A value or a column range.';
const PARAMS_NOTE = 'non-embedding parameters, as a number or text such as 1.5B, 7e9 or 7,000,000,000.';
const PRESET: ParamSpec = {
  name: 'preset',
  optional: true,
  description:
    "Coefficient set: busbridge2025-corrected (default, blank) or busbridge2025 (Table 6 as printed), or a range holding a row of 6 coefficients (FIT_SUPERVISED's) or 15 (supervised then distillation).",
};

const FIXED: ParamSpec = {
  name: 'fixed',
  optional: true,
  fields: ['fix'],
  description:
    'Coefficients held at the default set\'s values, comma-separated, e.g. "A,alpha,gamma" (A\' may be written Ad). Blank: fit them all.',
};
const RUNS_NOTE = 'A column range, one run per row (blank rows skipped).';

const FLOPS: ParamSpec = {
  name: 'flops',
  description: `FLOPs as a number such as 1e22, or text such as "1e22 FLOPs" or "3 PF-days". ${RANGE_NOTE}`,
};
const GPU: ParamSpec = { name: 'gpu', description: 'GPU id such as h100, a100, h200, b200, tpu-v5p.' };
const PROVIDER_OR_PRICE: ParamSpec = {
  name: 'provider_or_price',
  optional: true,
  fields: ['provider', 'price'],
  description:
    'A price source such as aws, lambda (default: the GPU\'s reference price), or your own price per GPU-hour: a number in the currency, or text such as "¥450".',
};
const MFU: ParamSpec = {
  name: 'mfu',
  optional: true,
  description: 'Model FLOPs utilisation, a fraction or percentage (default 40%).',
};
const CURRENCY: ParamSpec = {
  name: 'currency',
  optional: true,
  description: 'ISO code such as USD (default), JPY, EUR, or a symbol such as ¥ or 円.',
};
const RATE: ParamSpec = {
  name: 'rate',
  optional: true,
  description: 'Units of the currency per 1 USD, e.g. 150 for JPY (needed for a currency other than USD).',
};

/** DISTIL_OR_TRAIN's and DISTIL_NOTES's arguments: one question, two views of its answer. */
const DECISION_PARAMS: readonly ParamSpec[] = [
  { name: 'student_params', description: `Student ${PARAMS_NOTE} ${RANGE_NOTE}` },
  {
    name: 'compute',
    description: `Budget in FLOPs for this student, e.g. 1e22 or BUDGET_FLOPS of a money budget. ${RANGE_NOTE}`,
  },
  {
    name: 'teacher_loss',
    optional: true,
    description: 'Loss of an existing teacher in nats/token; blank: no teacher yet, one is trained.',
  },
  {
    name: 'teacher_params',
    optional: true,
    fields: ['teacher params', 'teacher tokens', 'teacher'],
    description:
      'Parameters of that existing teacher (needed with teacher_loss), or size@tokens such as 8B@15T with teacher_loss blank.',
  },
  {
    name: 'students',
    optional: true,
    description: 'Without a teacher: students sharing the new teacher (default 1).',
  },
];

export const REGISTRY = [
  {
    name: 'DISTIL_LOSS',
    description:
      'Predicted cross-entropy (nats/token) of a student distilled from a teacher of the given loss (Busbridge et al. 2025, Eq. 8).',
    params: [
      { name: 'student_params', description: `Student ${PARAMS_NOTE} ${RANGE_NOTE}` },
      { name: 'tokens', description: `Distillation tokens the student sees, e.g. 20B. ${RANGE_NOTE}` },
      { name: 'teacher_loss', description: `Teacher cross-entropy in nats/token, above 1.22, e.g. 1.9. ${RANGE_NOTE}` },
      PRESET,
    ],
    returns: 'The student loss in nats/token; a column for a column.',
    example: '=DISTIL_LOSS(1e9, 2e10, 2.2)',
    columns: ['student loss'],
  },
  {
    name: 'SUPERVISED_LOSS',
    description:
      'Predicted cross-entropy (nats/token) of a model trained directly on data (Busbridge et al. 2025, Eq. 1).',
    params: [
      { name: 'params', description: `Model ${PARAMS_NOTE} ${RANGE_NOTE}` },
      { name: 'tokens', description: `Training tokens, e.g. 20B. ${RANGE_NOTE}` },
      PRESET,
    ],
    returns: 'The loss in nats/token; a column for a column.',
    example: '=SUPERVISED_LOSS("1B", "20B")',
    columns: ['loss'],
  },
  {
    name: 'FORWARD_FLOPS',
    description:
      "Forward FLOPs per token F(N) of a model with the paper's shape (Eq. 69, context 4096, vocabulary 32768).",
    params: [{ name: 'params', description: `Model ${PARAMS_NOTE} ${RANGE_NOTE}` }],
    returns: 'FLOPs per token for one forward pass.',
    example: '=FORWARD_FLOPS("7B")',
    columns: ['forward FLOPs per token'],
  },
  {
    name: 'TRAINING_FLOPS',
    description: 'FLOPs to train a model on a number of tokens: 3·F(N)·D.',
    params: [
      { name: 'params', description: `Model ${PARAMS_NOTE} ${RANGE_NOTE}` },
      { name: 'tokens', description: `Training tokens, e.g. 2T. ${RANGE_NOTE}` },
    ],
    returns: 'Training FLOPs.',
    example: '=TRAINING_FLOPS("1B", "20B")',
    columns: ['training FLOPs'],
  },
  {
    name: 'OPTIMAL_SUPERVISED',
    description: 'Compute-optimal model for a training budget: the size and tokens that minimise the loss.',
    params: [
      {
        name: 'compute',
        description: `Budget in FLOPs: 1e21, "1e21 FLOPs" or "3 PF-days" (money: see BUDGET_FLOPS). ${RANGE_NOTE}`,
      },
    ],
    returns: 'A row of 3 cells: params, tokens, loss (nats/token); one row per budget.',
    example: '=OPTIMAL_SUPERVISED(1e21)',
    columns: ['params', 'tokens', 'loss'],
  },
  {
    name: 'OPTIMAL_DISTIL',
    description:
      'Compute-optimal distillation of a student of a given size on a budget: the teacher and token split that minimise the student loss.',
    params: [
      { name: 'student_params', description: `Student ${PARAMS_NOTE} ${RANGE_NOTE}` },
      { name: 'compute', description: `Total budget in FLOPs, e.g. 1e22 or "1e22 FLOPs". ${RANGE_NOTE}` },
      {
        name: 'scenario',
        optional: true,
        description:
          'What the budget pays for: best-case, teacher-inference, teacher-pretraining or pretraining-and-inference (default, blank); short names best, inference, pretraining, both.',
      },
      { name: 'students', optional: true, description: "Students sharing one teacher's pretraining (default 1)." },
    ],
    returns:
      'A row of 5 cells: student loss, student tokens, teacher params, teacher tokens, teacher loss; one row per input row.',
    example: '=OPTIMAL_DISTIL("1B", 1e22, "best-case")',
    columns: ['student loss', 'student tokens', 'teacher params', 'teacher tokens', 'teacher loss'],
  },
  {
    name: 'DISTIL_OR_TRAIN',
    description:
      'Distil or train directly? The verdict for a student and budget, given an existing teacher (loss and size) or none (a teacher is trained for it).',
    params: DECISION_PARAMS,
    returns:
      'A row of 4 cells: "distil" or "train", the distilled loss, the directly trained loss, and the call when the verdict is not a plain one (close-call, outside-evidence), else empty.',
    example: '=DISTIL_OR_TRAIN("1B", 1e22, 1.9, "7B")',
    columns: ['verdict', 'distil loss', 'supervised loss', 'call'],
  },
  {
    name: 'DISTIL_NOTES',
    description:
      "Why: the decision's warnings for DISTIL_OR_TRAIN's question (extrapolation, close call, capacity gap…), as one text cell.",
    params: DECISION_PARAMS,
    returns: 'The warnings joined into one text; empty when there are none.',
    example: '=DISTIL_NOTES("1B", 1e22)',
    columns: ['notes'],
  },
  {
    name: 'FLIP_COMPUTE',
    description:
      'The budget in FLOPs at which compute-optimal distillation and direct training of this student cross (the first crossing in 1e17 to 1e28).',
    params: [
      { name: 'student_params', description: `Student ${PARAMS_NOTE} ${RANGE_NOTE}` },
      {
        name: 'scenario',
        optional: true,
        description:
          'best-case (default, blank), teacher-inference, teacher-pretraining or pretraining-and-inference (or best, inference, pretraining, both).',
      },
      {
        name: 'students',
        optional: true,
        description: "Students sharing one teacher's pretraining (default 1).",
      },
    ],
    returns: 'FLOPs; the text "none" when the verdict does not change between 1e17 and 1e28 FLOPs.',
    example: '=FLIP_COMPUTE("1B")',
    columns: ['flip FLOPs'],
  },
  {
    name: 'GPU_HOURS',
    description: 'GPU-hours to run a number of FLOPs on a GPU at a utilisation (dense peak × MFU).',
    params: [FLOPS, GPU, MFU],
    returns: 'GPU-hours.',
    example: '=GPU_HOURS(1e22, "h100", 40%)',
    columns: ['GPU-hours'],
  },
  {
    name: 'TRAINING_COST',
    description:
      'Money to run a number of FLOPs at a dated provider price, as a number in the currency (format the cell as currency; SUM adds it up).',
    params: [FLOPS, GPU, PROVIDER_OR_PRICE, MFU, CURRENCY, RATE],
    returns: 'The cost in the currency, unrounded.',
    example: '=TRAINING_COST(1e22, "h100", "aws")',
    columns: ['cost'],
  },
  {
    name: 'BUDGET_FLOPS',
    description: 'The FLOPs a budget buys on a GPU at a price and MFU: what to give the planning functions as compute.',
    params: [
      {
        name: 'budget',
        description:
          'Money as a number in the currency (a currency-formatted cell), or text with its unit: "$200k", "¥30M", "300万円", "500 GPU-hours", "3 PF-days", "1e21 FLOPs". A value or a column range.',
      },
      GPU,
      PROVIDER_OR_PRICE,
      MFU,
      CURRENCY,
      RATE,
    ],
    returns: 'FLOPs at the base MFU, unrounded (equal to distilplan cost --budget … --json).',
    example: '=BUDGET_FLOPS(200000, "h100")',
    columns: ['FLOPs'],
  },
  {
    name: 'GPU_PRICE',
    description: 'The price a cost uses for a GPU: per GPU-hour in the currency, with its currency, date and kind.',
    params: [
      GPU,
      {
        name: 'provider',
        optional: true,
        description: "Price source such as aws, lambda (default: the GPU's reference price).",
      },
      CURRENCY,
      RATE,
    ],
    returns: 'A row of 4 cells: price per GPU-hour, currency, as-of date, "provider kind" (e.g. "lambda on-demand").',
    example: '=GPU_PRICE("h100", "aws")',
    columns: ['price per GPU-hour', 'currency', 'as of', 'provider kind'],
  },
  {
    name: 'FIT_SUPERVISED',
    description:
      "Fit the supervised law to your own runs, the paper's way (Huber loss on log residuals, bounded quasi-Newton from the paper's grid); coefficients not fitted stay at the default set's.",
    params: [
      { name: 'params', description: `Each run's ${PARAMS_NOTE} ${RUNS_NOTE}` },
      { name: 'tokens', description: `Each run's training tokens. ${RUNS_NOTE}` },
      { name: 'losses', description: `Each run's validation loss in nats/token. ${RUNS_NOTE}` },
      FIXED,
    ],
    returns: 'A row of 6 cells: E, A, B, alpha, beta, gamma (give it to SUPERVISED_LOSS or DISTIL_LOSS as preset).',
    example: '=FIT_SUPERVISED(A2:A9, B2:B9, C2:C9, "A,alpha,beta,gamma")',
    columns: ['E', 'A', 'B', 'alpha', 'beta', 'gamma'],
  },
  {
    name: 'FIT_DISTIL',
    description:
      "Fit the distillation law to your own distillation runs (the supervised law from the default set gives each student's L̃_S).",
    params: [
      { name: 'student_params', description: `Each student's ${PARAMS_NOTE} ${RUNS_NOTE}` },
      { name: 'student_tokens', description: `Each student's distillation tokens. ${RUNS_NOTE}` },
      { name: 'teacher_losses', description: `Each teacher's loss in nats/token. ${RUNS_NOTE}` },
      { name: 'student_losses', description: `Each student's loss in nats/token. ${RUNS_NOTE}` },
      FIXED,
    ],
    returns: "A row of 9 cells: A', B', alpha', beta', gamma', c0, c1, f1, d1.",
    example: '=FIT_DISTIL(A2:A40, B2:B40, C2:C40, D2:D40, "Ad,alphad,gammad,c0,c1,f1,d1")',
    columns: ["A'", "B'", "alpha'", "beta'", "gamma'", 'c0', 'c1', 'f1', 'd1'],
  },
  {
    name: 'PILOT_PLAN',
    description:
      "The pilot that would settle DISTIL_OR_TRAIN's question: small supervised runs and distillation runs from a small teacher within a share of the budget (the same design as distilplan pilot). How often it settles the call: distilplan pilot.",
    params: [
      ...DECISION_PARAMS,
      {
        name: 'pilot_share',
        optional: true,
        fields: ['pilotShare'],
        description: 'Share of the budget the pilot may spend, e.g. 5% (default) or 0.05; at most 50%.',
      },
      { name: 'lang', optional: true, description: 'en (default) or ja: the language of the header and the kinds.' },
    ],
    returns:
      'A header row, then one row per run: run number, kind (supervised, or distilled from run N), parameters, tokens, FLOPs.',
    example: '=PILOT_PLAN("1B", 1e21, 2.1, "7B")',
    columns: ['run', 'kind', 'params', 'tokens', 'FLOPs'],
  },
] as const satisfies readonly FunctionSpec[];

export type FunctionName = (typeof REGISTRY)[number]['name'];

export const FUNCTION_NAMES: readonly FunctionName[] = REGISTRY.map((spec) => spec.name);

export function specOf(name: FunctionName): FunctionSpec {
  return REGISTRY.find((spec) => spec.name === name)!;
}
