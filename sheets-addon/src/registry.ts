/**
 * The one list of the add-on's custom functions: names, arguments (in order),
 * an example and the ids of the columns each returns. The build generates the top-level
 * Apps Script declarations from it, with their @customfunction JSDoc help in
 * English and Japanese from messages/sheets-help-en.ts and -ja.ts; the
 * README's table follows it, and the tests walk it — so a function cannot
 * exist in one place and be missing in another. Names and argument order are
 * a public contract: sheets in the wild call them.
 */
import type { FieldId } from '../../core/index.js';
import type { SheetsFunctionName } from '../../messages/sheets-help.js';

export interface ParamSpec {
  /** The argument's name as Sheets shows it; errors name it too; its help is keyed by it in messages/. */
  readonly name: string;
  readonly optional?: true;
  /** Core's names for what this argument carries, when they differ from `name`: its errors then name the argument. */
  readonly fields?: readonly FieldId[];
}

export interface FunctionSpec {
  readonly name: SheetsFunctionName;
  readonly params: readonly ParamSpec[];
  /** One formula a person can paste. */
  readonly example: string;
  /**
   * Ids of the columns each input row gives (one for a single value): their count is the result's width. A table
   * with a header row (COST_SCENARIOS, PILOT_PLAN) takes its headings from messages/, in the sheet's language.
   */
  readonly columns: readonly string[];
}

const PRESET: ParamSpec = { name: 'preset', optional: true };
const FIXED: ParamSpec = { name: 'fixed', optional: true, fields: ['fix'] };
const FLOPS: ParamSpec = { name: 'flops' };
const GPU: ParamSpec = { name: 'gpu' };
const PROVIDER_OR_PRICE: ParamSpec = { name: 'provider_or_price', optional: true, fields: ['provider', 'price'] };
const MFU: ParamSpec = { name: 'mfu', optional: true };
const CURRENCY: ParamSpec = { name: 'currency', optional: true };
const RATE: ParamSpec = { name: 'rate', optional: true };

/** DISTIL_OR_TRAIN's and DISTIL_NOTES's arguments: one question, two views of its answer. */
const DECISION_PARAMS: readonly ParamSpec[] = [
  { name: 'student_params' },
  { name: 'compute' },
  { name: 'teacher_loss', optional: true },
  { name: 'teacher_params', optional: true, fields: ['teacherParams', 'teacherTokens', 'teacher'] },
  { name: 'students', optional: true },
];

export const REGISTRY = [
  {
    name: 'DISTIL_LOSS',
    params: [{ name: 'student_params' }, { name: 'tokens' }, { name: 'teacher_loss' }, PRESET],
    example: '=DISTIL_LOSS(1e9, 2e10, 2.2)',
    columns: ['student_loss'],
  },
  {
    name: 'SUPERVISED_LOSS',
    params: [{ name: 'params' }, { name: 'tokens' }, PRESET],
    example: '=SUPERVISED_LOSS("1B", "20B")',
    columns: ['loss'],
  },
  {
    name: 'FORWARD_FLOPS',
    params: [{ name: 'params' }],
    example: '=FORWARD_FLOPS("7B")',
    columns: ['forward_flops_per_token'],
  },
  {
    name: 'TRAINING_FLOPS',
    params: [{ name: 'params' }, { name: 'tokens' }],
    example: '=TRAINING_FLOPS("1B", "20B")',
    columns: ['training_flops'],
  },
  {
    name: 'OPTIMAL_SUPERVISED',
    params: [
      {
        name: 'compute',
      },
    ],
    example: '=OPTIMAL_SUPERVISED(1e21)',
    columns: ['params', 'tokens', 'loss'],
  },
  {
    name: 'OPTIMAL_DISTIL',
    params: [
      { name: 'student_params' },
      { name: 'compute' },
      {
        name: 'scenario',
        optional: true,
      },
      { name: 'students', optional: true },
    ],
    example: '=OPTIMAL_DISTIL("1B", 1e22, "best-case")',
    columns: ['student_loss', 'student_tokens', 'teacher_params', 'teacher_tokens', 'teacher_loss'],
  },
  {
    name: 'DISTIL_OR_TRAIN',
    params: DECISION_PARAMS,
    example: '=DISTIL_OR_TRAIN("1B", 1e22, 1.9, "7B")',
    columns: ['call', 'distil_loss', 'supervised_loss', 'verdict'],
  },
  {
    name: 'DISTIL_NOTES',
    params: DECISION_PARAMS,
    example: '=DISTIL_NOTES("1B", 1e22)',
    columns: ['notes'],
  },
  {
    name: 'FLIP_COMPUTE',
    params: [
      { name: 'student_params' },
      {
        name: 'scenario',
        optional: true,
      },
      {
        name: 'students',
        optional: true,
      },
    ],
    example: '=FLIP_COMPUTE("1B")',
    columns: ['flip_flops'],
  },
  {
    name: 'GPU_HOURS',
    params: [FLOPS, GPU, MFU],
    example: '=GPU_HOURS(1e22, "h100", 40%)',
    columns: ['gpu_hours'],
  },
  {
    name: 'TRAINING_COST',
    params: [FLOPS, GPU, PROVIDER_OR_PRICE, MFU, CURRENCY, RATE],
    example: '=TRAINING_COST(1e22, "h100", "aws")',
    columns: ['cost'],
  },
  {
    name: 'BUDGET_FLOPS',
    params: [
      {
        name: 'budget',
      },
      GPU,
      PROVIDER_OR_PRICE,
      MFU,
      CURRENCY,
      RATE,
    ],
    example: '=BUDGET_FLOPS(200000, "h100")',
    columns: ['FLOPs'],
  },
  {
    name: 'GPU_PRICE',
    params: [
      GPU,
      {
        name: 'provider',
        optional: true,
      },
      CURRENCY,
      RATE,
    ],
    example: '=GPU_PRICE("h100", "aws")',
    columns: ['price_per_gpu_hour', 'currency', 'as_of', 'provider_kind'],
  },
  {
    name: 'FIT_SUPERVISED',
    params: [{ name: 'params' }, { name: 'tokens' }, { name: 'losses' }, FIXED],
    example: '=FIT_SUPERVISED(A2:A9, B2:B9, C2:C9, "A,alpha,beta,gamma")',
    columns: ['E', 'A', 'B', 'alpha', 'beta', 'gamma'],
  },
  {
    name: 'FIT_DISTIL',
    params: [
      { name: 'student_params' },
      { name: 'student_tokens' },
      { name: 'teacher_losses' },
      { name: 'student_losses' },
      FIXED,
    ],
    example: '=FIT_DISTIL(A2:A40, B2:B40, C2:C40, D2:D40, "Ad,alphad,gammad,c0,c1,f1,d1")',
    columns: ["A'", "B'", "alpha'", "beta'", "gamma'", 'c0', 'c1', 'f1', 'd1'],
  },
  {
    name: 'COST_SCENARIOS',
    params: [
      FLOPS,
      {
        name: 'gpus',
        optional: true,
        fields: ['gpu'],
      },
      {
        name: 'kinds',
        optional: true,
      },
      CURRENCY,
      RATE,
      {
        name: 'costs',
        optional: true,
      },
    ],
    example: '=COST_SCENARIOS(1e22, "h100,b200", "on-demand,spot")',
    columns: [
      'offer',
      'kind',
      'gpu',
      'peak_tflops',
      'price_per_gpu_hour',
      'as_of',
      'gpu_hours',
      'cost_high_mfu',
      'cost',
      'cost_low_mfu',
      'days',
      'gpus',
      'saving',
      'on_demand_offer',
      'total_cost_of_ownership',
    ],
  },
  {
    name: 'PILOT_PLAN',
    params: [
      ...DECISION_PARAMS,
      {
        name: 'pilot_share',
        optional: true,
        fields: ['pilotShare'],
      },
      { name: 'lang', optional: true },
    ],
    example: '=PILOT_PLAN("1B", 1e21, 2.1, "7B")',
    columns: ['run', 'kind', 'params', 'tokens', 'FLOPs'],
  },
] as const satisfies readonly FunctionSpec[];

export type FunctionName = (typeof REGISTRY)[number]['name'];

export const FUNCTION_NAMES: readonly FunctionName[] = REGISTRY.map((spec) => spec.name);

export function specOf(name: FunctionName): FunctionSpec {
  return REGISTRY.find((spec) => spec.name === name)!;
}
