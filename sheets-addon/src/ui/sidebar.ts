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
  describeDecide,
  type FieldId,
  GPU_IDS,
  InputError,
  isInputError,
  isNoTeacher,
  languageOfLocale,
  parseCount,
  parseTeacherSpec,
  type QuestionReading,
  readField,
  readingOfFields,
  type TeacherSituation,
  withJapaneseYen,
} from '../../../core/index.js';
import {
  chartWords,
  type Lang,
  namesFor,
  renderError,
  type WordedAnswer,
  wordDecide,
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
  /** The decide answer as messages/ words it (wordDecide), for the page to lay out: it words nothing itself. */
  text: SidebarText;
}

/** The worded answer's parts, as the page places them. */
export interface SidebarText {
  /** The call with the evidence meter. */
  headline: string;
  /** The question as the person typed it (student size, budget, …), as every Slack answer states it. */
  readBack: string;
  /** The headline's sentences: plausible laws, outside the evidence why and where, the compute ratio. */
  sentence: string;
  /** The law's verdict, when the call is not it. */
  verdict: string;
  /** The money-and-time sentence of every decide answer. */
  money: string;
  /** Warnings that change what to do, beside the call. */
  decisive: string[];
  /** Both losses and the margin, the table's caption. */
  summary: string;
  /** The figures, in the answer's order: `code` names the row, `label` and `value` are worded. */
  rows: { code: string; label: string; value: string }[];
  /** Serving, the law, hardware, price, rate, what the money covers, and the other warnings. */
  notes: string[];
}

/** The page's parts from a worded answer: placing only, no word of its own. */
export function sidebarText(worded: WordedAnswer): SidebarText {
  return {
    headline: worded.title,
    readBack: worded.question,
    sentence: worded.headline.join(worded.lang === 'ja' ? '' : ' '),
    verdict: worded.lawSays,
    money: worded.money,
    decisive: worded.decisive,
    summary: worded.summary,
    rows: worded.figures.map(({ code, label, value }) => ({ code, label, value })),
    notes: [...worded.serving, ...worded.notes, ...worded.warnings],
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

/** The language, decided once at the door: the browser's (navigator.language), as the page sends it. */
function langOf(typed: string): Lang {
  return languageOfLocale(typed);
}

/** The form as a reading, in the form's own order; the answer states it back in the person's forms. */
function readingOf(q: SidebarQuestion): QuestionReading {
  return readingOfFields('decide', [
    ['student', q.student],
    ['budget', q.budget],
    ['teacher', q.teacher],
    ['gpu', q.gpu],
    ['gpus', q.gpus],
    ['currency', q.currency],
    ['rate', q.rate],
  ]);
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
  const worded = wordDecide(describeDecide(decision, costing, { question: readingOf(q) }), lang);
  return {
    ok: true,
    lang,
    call: decision.call,
    verdict: decision.verdict,
    distilLoss: decision.distilLoss,
    supervisedLoss: decision.supervisedLoss,
    chartSvg: chartSvgOf(chart, SIDEBAR_CHART),
    text: sidebarText(worded),
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
