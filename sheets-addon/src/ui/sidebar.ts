/**
 * The "Distil or train?" sidebar's server side: the page sends what the person
 * typed (student, a budget in money, a teacher, a GPU) through
 * google.script.run and gets back plain data to show: the call, both losses,
 * what the budget buys in GPU-hours and days, and the price used. Same core,
 * same parsers as the custom functions and the Slack command.
 */
import {
  type Accepted,
  budgetFor,
  type Call,
  chartSvgOf,
  costingOf,
  type Decision,
  decide,
  describeChart,
  type FieldId,
  formatGpuHours,
  formatLoss,
  formatMargin,
  formatMoney,
  formatPricePerGpuHour,
  formatScientific,
  GPU_IDS,
  groupDigits,
  InputError,
  isInputError,
  parseCount,
  parseTeacherSpec,
  type TeacherSituation,
} from '../../../core/index.js';
import { namesFor, renderError, renderWarning } from '../../../messages/index.js';
import { budgetOf } from '../cost.js';

/** The form's fields, as typed (the page sends strings). */
export interface SidebarQuestion {
  student: string;
  budget: string;
  teacher: string;
  gpu: string;
  /** GPUs working at once, for the days figure. */
  gpus: string;
  currency: string;
  rate: string;
}

export interface SidebarAnswer {
  ok: true;
  /** The call a person acts on (core's evidence policy), and the law's bare verdict beside it. */
  call: Call;
  verdict: 'distil' | 'train';
  distilLoss: number;
  supervisedLoss: number;
  /** Both routes against the budget, drawn from core's chart description (no network, no Vega). */
  chartSvg: string;
  /** The same numbers as the page shows them. */
  text: {
    headline: string;
    /** The law's verdict, when the call is not it. */
    verdict: string;
    distilLoss: string;
    supervisedLoss: string;
    flops: string;
    cost: string;
    gpuHours: string;
    days: string;
    price: string;
    notes: string[];
  };
}

export interface SidebarProblem {
  ok: false;
  /** The form field to highlight. */
  field: keyof SidebarQuestion | 'form';
  message: string;
}

const FIELDS: readonly (keyof SidebarQuestion)[] = ['student', 'budget', 'teacher', 'gpu', 'gpus', 'currency', 'rate'];

/** The form field that carries each of core's fields; errors name it and the page highlights it. */
const FIELD_OF: ReadonlyMap<FieldId, keyof SidebarQuestion> = new Map<FieldId, keyof SidebarQuestion>([
  ['studentParams', 'student'],
  ['compute', 'budget'],
  ['budget', 'budget'],
  ['price', 'gpu'],
  ['provider', 'gpu'],
  ['teacher', 'teacher'],
  ['teacherParams', 'teacher'],
  ['teacherTokens', 'teacher'],
  ['gpu', 'gpu'],
  ['gpus', 'gpus'],
  ['mfu', 'gpu'],
  ['currency', 'currency'],
  ['rate', 'rate'],
]);

/** Own properties only, strings only: the page is ours, but the call crosses a boundary. */
function questionOf(input: unknown): SidebarQuestion {
  if (typeof input !== 'object' || input === null)
    throw new InputError('form', { code: 'empty' }, { form: 'form-fields' });
  const read = (key: keyof SidebarQuestion): string => {
    const value = Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : '';
    return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  };
  return Object.fromEntries(FIELDS.map((key) => [key, read(key)])) as unknown as SidebarQuestion;
}

function teacherOf(typed: string): TeacherSituation {
  if (typed === '' || typed.toLowerCase() === 'none') return { kind: 'none' };
  const spec = parseTeacherSpec('teacherParams', typed);
  if (spec.teacherTokens === undefined)
    throw new InputError('teacherParams', { code: 'teacher-needs-tokens' }, { form: 'teacher-with-tokens' });
  return { kind: 'size', teacherParams: spec.teacherParams, teacherTokens: spec.teacherTokens };
}

function required(field: FieldId, value: string, accepted: Accepted): string {
  if (value === '') throw new InputError(field, { code: 'empty' }, accepted);
  return value;
}

export function answer(input: unknown): SidebarAnswer {
  const q = questionOf(input);
  const studentParams = parseCount('studentParams', required('studentParams', q.student, { form: 'count' }));
  const options = {
    gpu: required('gpu', q.gpu, { form: 'gpu-id', ids: GPU_IDS }),
    currency: q.currency || undefined,
    rate: q.rate || undefined,
  };
  const budget = budgetOf(required('budget', q.budget, { form: 'budget' }), q.currency);
  const gpus = q.gpus === '' ? 8 : parseCount('gpus', q.gpus, { min: 1, accepted: { form: 'gpu-count' } });
  const budgeted = budgetFor(budget, options);
  const request = { studentParams, compute: budgeted.flops, teacher: teacherOf(q.teacher) };
  const decision = decide(request);
  const chart = describeChart(request, { cost: budgeted.options }, decision);
  const costing = costingOf(budgeted, decision.plan);
  const hours = costing.total?.gpuHours.base ?? costing.budget.gpuHours.base;
  const price = costing.total?.assumptions.price;
  const call = decision.call;
  return {
    ok: true,
    call,
    verdict: decision.verdict,
    distilLoss: decision.distilLoss,
    supervisedLoss: decision.supervisedLoss,
    chartSvg: chartSvgOf(chart, SIDEBAR_CHART),
    text: {
      headline: HEADLINES[call],
      verdict:
        call === decision.verdict
          ? ''
          : `The law alone says ${VERDICT_WORDS[decision.verdict]}, by ${formatMargin(Math.abs(decision.margin))} nats.`,
      distilLoss: `${formatLoss(decision.distilLoss)} nats/token`,
      supervisedLoss: `${formatLoss(decision.supervisedLoss)} nats/token`,
      flops: `${formatScientific(budgeted.flops)} FLOPs`,
      cost: costing.total ? formatMoney(costing.total.cost.base, costing.total.currency) : '',
      gpuHours: formatGpuHours(hours),
      days: `${formatDays(hours / gpus / 24)} on ${gpus} × ${costing.gpu.id}`,
      price: price
        ? `${formatPricePerGpuHour(price.perGpuHour, price.currency)}: ${price.userGiven ? 'your own price' : `${price.provider} ${price.kind}`}, as of ${price.asOf}`
        : '',
      notes: decision.warnings.map((warning) => renderWarning(warning, 'en')),
    },
  };
}

/** The sidebar is 300 px wide with 12 px padding. */
const SIDEBAR_CHART = { width: 276, height: 240 };

const HEADLINES: Record<Call, string> = {
  distil: 'Distil',
  train: 'Train directly',
  'close-call': 'Close call',
  'outside-evidence': 'Outside the evidence',
};

const VERDICT_WORDS: Record<Decision['verdict'], string> = { distil: 'distil', train: 'train directly' };

function formatDays(days: number): string {
  return days >= 10 ? `${groupDigits(String(Math.round(days)))} days` : `${days.toFixed(1)} days`;
}

/**
 * What google.script.run calls. A bad input comes back as data naming the form
 * field; anything else is a bug and reaches the page's failure handler as is.
 */
export function distilSidebarAnswer(input: unknown): SidebarAnswer | SidebarProblem {
  try {
    return answer(input);
  } catch (error) {
    if (!isInputError(error)) throw error;
    const field = FIELD_OF.get(error.field) ?? 'form';
    const names = namesFor('sheets');
    const formNames = { ...names, name: (id: FieldId) => FIELD_OF.get(id) ?? names.name(id) };
    return { ok: false, field, message: renderError(error, 'en', formNames).full };
  }
}
