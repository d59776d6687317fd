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
  checkGpus,
  costingOf,
  DEFAULT_GPUS,
  decide,
  describeChart,
  describeHeadline,
  type FieldId,
  formatLoss,
  formatScientific,
  GPU_IDS,
  InputError,
  isInputError,
  isNoTeacher,
  languageOfLocale,
  parseCount,
  parseTeacherSpec,
  readField,
  readingOfFields,
  type TeacherSituation,
  withJapaneseYen,
} from '../../../core/index.js';
import {
  CATALOGUES,
  chartWords,
  formatGpuHours,
  formatMoney,
  type LabelCode,
  type Lang,
  marginSize,
  namesFor,
  powerOfTen,
  priceLine,
  readBackLine,
  renderError,
  renderHeadline,
  renderWarning,
  SHEETS_WORDS,
} from '../../../messages/index.js';
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
  /** The browser's language (navigator.language): ja, ja-JP → Japanese; anything else English. */
  lang?: string;
}

export interface SidebarAnswer {
  ok: true;
  /** The language the text is in. */
  lang: Lang;
  /** The call a person acts on (core's evidence policy), and the law's bare verdict beside it. */
  call: Call;
  verdict: 'distil' | 'train';
  distilLoss: number;
  supervisedLoss: number;
  /** Both routes against the budget, drawn from core's chart description (no network, no Vega). */
  chartSvg: string;
  /** The same numbers as the page shows them, in the person's language. */
  text: {
    headline: string;
    /** The question as the person typed it (student size, budget, …), as every Slack answer states it. */
    readBack: string;
    /** The money-and-time sentence of every decide answer (core's headline description, messages/ words). */
    sentence: string;
    /** The answer table's row names, keyed as the rows. */
    labels: Record<SidebarRow, string>;
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

const FIELDS: readonly (keyof SidebarQuestion)[] = [
  'student',
  'budget',
  'teacher',
  'gpu',
  'gpus',
  'currency',
  'rate',
  'lang',
];

export type SidebarRow = 'distilLoss' | 'supervisedLoss' | 'flops' | 'cost' | 'gpuHours' | 'days' | 'price';
/** Each row's label in messages/ (answer.labels). */
const ROW_LABELS: Record<SidebarRow, LabelCode> = {
  distilLoss: 'distilled',
  supervisedLoss: 'direct',
  flops: 'compute',
  cost: 'cost',
  gpuHours: 'gpuHours',
  days: 'days',
  price: 'price',
};

/** The language, decided once at the door: the browser's (navigator.language), as the page sends it. */
function langOf(typed: string): Lang {
  return languageOfLocale(typed);
}

/** The form as a reading, in the form's own order; the answer states it back in the person's forms. */
function readBack(q: SidebarQuestion, lang: Lang): string {
  const reading = readingOfFields('decide', [
    ['student', q.student],
    ['budget', q.budget],
    ['teacher', q.teacher],
    ['gpu', q.gpu],
    ['gpus', q.gpus],
    ['currency', q.currency],
    ['rate', q.rate],
  ]);
  return readBackLine(reading, lang) ?? '';
}

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

function teacherOf(field: string): TeacherSituation {
  // The same reader as /distil: 70億@2兆, Llama-3.1-8B, なし.
  const typed = readField('teacher', field);
  if (typed === '' || isNoTeacher(typed)) return { kind: 'none' };
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
  const lang = langOf(q.lang ?? '');
  const studentParams = parseCount(
    'studentParams',
    readField('student', required('studentParams', q.student, { form: 'count' })),
  );
  // As in Slack: a Japanese answer with a rate and no currency is in yen.
  const options = withJapaneseYen(
    {
      gpu: required('gpu', q.gpu, { form: 'gpu-id', ids: GPU_IDS }),
      currency: q.currency || undefined,
      rate: q.rate || undefined,
    },
    lang,
  );
  const currency = options.currency ?? '';
  const budget = budgetOf(readField('budget', required('budget', q.budget, { form: 'budget' })), currency);
  // The same rule and default as Slack's gpus= and the CLI's --gpus: whole GPUs, 8 when not given.
  const gpus = q.gpus === '' ? DEFAULT_GPUS : checkGpus('gpus', readField('gpus', q.gpus));
  const budgeted = budgetFor(budget, options);
  const request = { studentParams, compute: budgeted.flops, teacher: teacherOf(q.teacher) };
  const decision = decide(request);
  const chart = describeChart(request, { cost: budgeted.options, lang, words: chartWords(lang) }, decision);
  const costing = costingOf(budgeted, decision.plan, decision.flipCompute, {
    flipEvidence: decision.evidence.flip,
    computeRatio: decision.computeRatio,
    evidenceBudgets: decision.evidence.budgets,
    gpus,
  });
  const hours = costing.total?.gpuHours.base ?? costing.budget.gpuHours.base;
  const call = decision.call;
  const words = CATALOGUES[lang];
  const headline = renderHeadline(describeHeadline(decision, costing), lang);
  return {
    ok: true,
    lang,
    call,
    verdict: decision.verdict,
    distilLoss: decision.distilLoss,
    supervisedLoss: decision.supervisedLoss,
    chartSvg: chartSvgOf(chart, SIDEBAR_CHART),
    text: {
      headline: headline.title,
      readBack: readBack(q, lang),
      sentence: [headline.unidentified, headline.share, ...headline.outside, headline.ratio]
        .filter(Boolean)
        .join(lang === 'ja' ? '' : ' '),
      labels: Object.fromEntries(
        Object.entries(ROW_LABELS).map(([row, label]) => [row, words.answer.labels[label]]),
      ) as Record<SidebarRow, string>,
      verdict:
        call === decision.verdict
          ? ''
          : words.answer.lawSays({
              verdict: decision.verdict,
              margin: marginSize(decision.margin),
            }),
      distilLoss: `${formatLoss(decision.distilLoss)} ${SHEETS_WORDS[lang].natsPerToken}`,
      supervisedLoss: `${formatLoss(decision.supervisedLoss)} ${SHEETS_WORDS[lang].natsPerToken}`,
      flops: lang === 'ja' ? `${powerOfTen(budgeted.flops)} FLOP` : `${formatScientific(budgeted.flops)} FLOPs`,
      // Japanese reads money in 万/億; English keeps every digit.
      cost: costing.total
        ? formatMoney(costing.total.cost.base, costing.total.currency, { compact: lang === 'ja', lang })
        : '',
      gpuHours: formatGpuHours(hours, lang),
      // The days and price lines every face writes the same way (messages/).
      days: headline.days,
      price: costing.total ? priceLine(costing, lang) : '',
      notes: decision.warnings.map((warning) => renderWarning(warning, lang)),
    },
  };
}

/** The sidebar is 300 px wide with 12 px padding. */
const SIDEBAR_CHART = { width: 276, height: 240 };

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
    const lang = langOf(
      typeof input === 'object' && input !== null && Object.hasOwn(input, 'lang')
        ? String((input as { lang: unknown }).lang)
        : '',
    );
    return { ok: false, field, message: renderError(error, lang, formNames).full };
  }
}
