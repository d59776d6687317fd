/** Every message in English. Keep each entry one plain sentence fragment; the subject (a field name) comes first. */
import {
  type EvidenceBudgets,
  formatCount,
  formatLoss,
  formatScientific,
  type OutsideQuantity,
  type PricedEnd,
  type SetFileRule,
} from '../core/index.js';
import { type Catalogue, marginSize, percentOf } from './catalogue.js';
import { COSTS_EN } from './costs.js';
import { formatMoney, moneyTick } from './money.js';
import { currencyName, dayCountEn, formatPricePerGpuHour, limit, percent, powerOfTen, short } from './numbers.js';

const COUNT = 'a positive number such as 1.5B, 7e9, 7,000,000,000, 20B or 2T';
const BUDGET = '$50k, $1.2M, ¥3M, 50k USD, 500 GPU-hours, 2,000 H100-hours, 3 PF-days, 1e22 FLOPs or 1e22';
const RANGE_WHAT = {
  studentParams: ['student size', 'parameters'],
  studentTokens: ['student tokens', 'tokens'],
  teacherParams: ['teacher size', 'parameters'],
  teacherTokens: ['teacher tokens', 'tokens'],
  teacherLoss: ['teacher loss', 'nats'],
  studentLoss: ['student loss', 'nats'],
  supervisedParams: ['supervised model size', 'parameters'],
  supervisedTokens: ['supervised tokens', 'tokens'],
} as const;

const SET_FILE_PROBLEM_EN: Record<SetFileRule, (p: { expected?: string; count?: number }) => string> = {
  object: () => ' must be a JSON object',
  format: (p) => ` must be "${p.expected}"`,
  version: (p) => ` must be ${p.expected}`,
  name: () => ' must be a non-empty text of at most 200 characters',
  note: () => ' must be a text of at most 1000 characters',
  date: () => ' must be a date',
  finite: () => ' must be a finite number',
  positive: () => ' must be > 0',
  'non-negative': () => ' must be a number ≥ 0',
  law: () => ' must be "supervised" or "distillation"',
  names: (p) => ` must list ${p.expected} coefficient names`,
  samples: (p) => ` must be lists of ${p.count} valid coefficient values (one per fitted name)`,
  'sample-count': (p) => ` must hold at most ${p.count} samples`,
  count: (p) => ` must be a whole number ≥ ${p.count}`,
  quantity: () => ' is not a run quantity',
  span: () => ' must be ≥ low',
  fitted: () => ' is not a fitted coefficient',
  pair: () => ' must be [low, high]',
};
const WRITTEN_BY_FIT = 'a file written by `distilplan fit --out`';
const SET_FILE_ACCEPTED_EN: Partial<Record<SetFileRule, string>> = {
  object: WRITTEN_BY_FIT,
  format: WRITTEN_BY_FIT,
  version: WRITTEN_BY_FIT,
  samples: WRITTEN_BY_FIT,
  'sample-count': WRITTEN_BY_FIT,
  name: 'a name such as "our-c4-fit"',
  note: 'a sentence, or ""',
  date: 'YYYY-MM-DD, such as 2026-12-01',
  finite: 'a number such as 0.0031',
  positive: 'a number above 0',
  'non-negative': 'a number such as 0.0031',
  law: 'supervised, distillation',
  count: 'a count such as 12',
  span: 'a span with low ≤ high',
  pair: 'two numbers',
};

const CALL_MEANING = {
  distil: 'distillation beats training this student directly',
  train: 'direct training beats distillation',
  'close-call': 'the plausible laws disagree on which route wins, quality about the same',
  'outside-evidence': "the laws' verdict here is not evidence",
} as const;

const QUANTITY_WORDS: Record<OutsideQuantity['quantity'], string> = {
  studentParams: 'student size',
  studentTokens: 'student tokens',
  supervisedTokens: 'direct-training tokens',
  teacherLoss: 'teacher loss',
  studentLoss: 'distilled loss',
};

/** A range's shape: "2 rows × 1 column". */
const shapeEn = (rows: number, columns: number): string =>
  `${rows} row${rows === 1 ? '' : 's'} × ${columns} column${columns === 1 ? '' : 's'}`;
const money = (p: { amount: string; currency: string }): string =>
  formatMoney(p.amount, p.currency, { compact: true, lang: 'en' });

/** "44 days", "5.2 hours", "under an hour": calendar time at 2 significant figures. */
/** A deadline as asked: 14 days, 2.5 days. */
function deadlineText(days: number): string {
  const rounded = Number(days.toPrecision(4));
  return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
}

function daysText(days: number): string {
  if (days * 24 < 1) return 'under an hour';
  if (days < 1) {
    const hours = Number((days * 24).toPrecision(2));
    return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  }
  const rounded = Number(days.toPrecision(2));
  return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
}

function outsideText(q: OutsideQuantity): string {
  const loss = q.quantity === 'teacherLoss' || q.quantity === 'studentLoss';
  const shortOf = (value: number): string => (loss ? value.toFixed(3) : formatCount(value));
  const value = loss ? `${formatLoss(q.value)} nats` : formatCount(q.value);
  const range = q.fittedLow > 0 ? `${shortOf(q.fittedLow)}–${shortOf(q.fittedHigh)}` : `up to ${shortOf(q.fittedHigh)}`;
  const factor = loss ? '' : ` (${Number(q.factor.toPrecision(2))}×)`;
  return `${QUANTITY_WORDS[q.quantity]} ${value} is far ${q.side} the fitted range ${range}${factor}`;
}

function budgetSpan(budgets: EvidenceBudgets): string {
  if (budgets.low === null && budgets.high === null) return 'every budget from 10¹⁷ to 10²⁸ FLOPs';
  if (budgets.low === null) return `up to ${powerOfTen(budgets.high!)} FLOPs`;
  if (budgets.high === null) return `from ${powerOfTen(budgets.low)} FLOPs`;
  return `${powerOfTen(budgets.low)} to ${powerOfTen(budgets.high)} FLOPs`;
}

export const EN: Catalogue = {
  costs: COSTS_EN,
  answer: {
    labels: {
      verdict: 'Verdict',
      distilled: 'Distilled loss',
      direct: 'Trained directly',
      margin: 'Margin (direct − distilled)',
      budget: 'Budget',
      compute: 'Compute',
      gpuHours: 'GPU-hours',
      cost: 'Cost',
      costExact: 'Cost (base, every digit)',
      price: 'Price',
      total: 'Total',
      costByPart: 'Cost by part',
      tokens: 'Student tokens',
      studentTokens: 'Student tokens',
      teacher: 'Teacher',
      teacherOptimal: 'Teacher (optimal)',
      split: 'Compute split (distilled)',
      flip: 'Verdict flips at',
      computeRatio: 'Compute ratio (App. D.5)',
      days: 'Wall-clock',
      keys: 'Keys',
      plausible: 'Plausible laws',
      serving: 'Serving',
      servingTotal: 'Training + serving',
    },
    parts: {
      studentTraining: 'student training',
      teacherInference: 'teacher logits',
      teacherPretraining: 'teacher training',
    },
    scenario: {
      'best-case': 'best-case (the teacher is free: already paid for)',
      'teacher-inference': 'teacher-inference (an existing teacher; its logits are paid for)',
      'teacher-pretraining': 'teacher-pretraining (the teacher is trained; logits stored and reused)',
      'pretraining-and-inference': 'pretraining-and-inference (the teacher is trained and its logits paid for)',
    },
    counting: { paper: '3·F(N) per token (paper Eq. 69)', '6N': '6N per token' },
    priceKind: {
      'on-demand': 'on-demand',
      reserved: 'reserved',
      spot: 'spot',
      marketplace: 'marketplace',
      reference: 'reference',
      'user-given': 'your own',
    },
    losses: (p) => `distilled ${p.distilled} vs direct ${p.direct} (${p.margin})`,
    lawSays: (p) => `The law alone says ${p.verdict === 'distil' ? 'distil' : 'train directly'}, by ${p.margin}.`,
    tokens: (p) => `${p.distilled} distilled · ${p.direct} direct`,
    servingBand: (p) => `${p.band} for ${p.tokensPerDay} tokens/day over ${p.days} days`,
    teacherExisting: (p) => `existing ${p.size}${p.tokens ? ` on ${p.tokens}` : ''}, loss ${p.loss}`,
    teacherPlanned: (p) =>
      `${p.isNew ? 'new ' : ''}${p.sizeAtBound ? 'as large a model as you can' : p.size} on ${p.tokensAtBound ? 'as many tokens as you can (the law keeps improving; the search stopped at its bound)' : p.tokens}, loss ${p.loss}${p.students > 1 ? `, shared by ${p.students} students` : ''}`,
    noPrice: 'no price (add price=)',
    noPriceAt: (example) => `no price (add ${example})`,
    aboveUniform: 'worse than uniform',
    flipNever: 'never in 10¹⁷–10²⁸ FLOP',
    flipBelowEvidence: "never at a realistic budget (the laws' flip is below the evidence)",
    flipAt: (p) =>
      `${p.flops}${p.money ? ` ≈ ${p.money}` : ''} (above it: ${p.above === 'distil' ? 'distil' : 'train directly'})`,
    planTitle: (p) => `Plan: ${p.student} student · distilled loss ${p.loss}`,
    planIntro: (p) =>
      `Compute-optimal distillation of a ${p.student} student on ${p.flops}, scenario ${p.scenario}: predicted ${p.loss} nats/token vs ${p.direct} trained directly.`,
    costTitle: (p) => `${p.plan ? 'Cost of the plan' : 'Cost'}: ${p.amount}`,
    compareTitle: (p) => `Compare ${p.count}: lowest loss is ${p.label} (${p.loss})`,
    compareNoBest: (p) =>
      `Compare ${p.count}: no clear best — the lowest loss holds in only ${percent(p.share, 'whole')} of plausible laws`,
    compareGap: (p) =>
      p.compute
        ? `${p.label} is ${p.gap} nats behind ${p.best}; trained directly it would need ${p.compute} FLOPs${p.money ? ` (${p.money})` : ''} to close the gap`
        : `${p.label} is ${p.gap} nats behind ${p.best} and cannot close the gap at any token count`,
    compareOutcome: (p) => {
      const route = p.verdict === 'distil' ? 'distil' : 'train directly';
      const call = EN.headline.call[p.call];
      const lead = p.call === 'close-call' || p.call === 'outside-evidence' ? `${call}, ${route}` : call;
      return `${lead} ${p.best} (${p.verdict === 'distil' ? 'direct' : 'distilled'} ${p.other}) on ${p.flops}${p.money ? ` · ${p.money}` : ''}`;
    },
    compareItem: (p) => `${p.student} student, budget ${p.budget}, ${p.teacher}, ${p.gpu}`,
    noTeacher: (students) => `no teacher (${students} student${students > 1 ? 's' : ''})`,
    teacherOf: (size) => `teacher ${size}`,
    law: (p) =>
      `Law: ${p.set} (${p.fitted ? 'fitted to your runs in the form of ' : ''}Busbridge et al. 2025) · FLOPs counted as ${EN.answer.counting[p.counting]}`,
    hardware: (p) =>
      `${p.gpu}, ${p.precision} dense peak ${p.peak} · MFU ${p.band}% (low/base/high, vs the ${p.precision} peak)`,
    priceMissing: (gpu) => `No price for ${gpu} in the table: GPU-hours only (add your own, e.g. price=2.50)`,
    priceMissingAt: (p) => `No price for ${p.gpu} in the table: GPU-hours only (add your own, e.g. ${p.example})`,
    priceOwn: (perHour) => `Price ${perHour} (your own)`,
    priceConverted: (p) => `Price ${p.perHour} (your ${p.quoted}, converted)`,
    priceTable: (p) => `Price ${p.perHour}: ${p.provider}${p.offer ? ` ${p.offer}` : ''} (${p.kind}), as of ${p.asOf}`,
    priceSource: (source) => `Price source: ${source}`,
    rate: (p) =>
      `${p.code} at ${p.rate} per USD (${p.workspace ? 'set for this workspace, ' : ''}${p.date ?? 'user-given'}), approximate`,
    basis: 'Cost = GPU rental for the final run only (no ablations, failed runs, storage or staff)',
    help: {
      text: '/distil usage: decide, plan, cost or compare, then key=value words',
      title: '/distil — distil or train directly?',
      intro:
        'Predictions from the distillation scaling law (Busbridge et al. 2025). Words are `key=value`, in any order. Answers are only visible to you until you press *Post to channel*.',
      topics: {
        decide: 'distil or train directly? For a student, a budget and a teacher situation',
        plan: 'the compute-optimal distillation plan for a student, budget and scenario',
        cost: 'FLOPs, or a plan on a budget, in GPU-hours and money',
        compare:
          "2–4 scenarios side by side, separated by |; each may start with a label such as b:, and later scenarios inherit the first one's words and change only what they name (teacher=none drops the teacher; gpu= drops an inherited provider and price)",
        presets:
          'the coefficient sets preset= takes, with their fit quality (MAPE, max error), runs and date: the shipped ones, and sets fitted to your own runs (distilplan fit --out NAME.json) in the folder DISTILPLAN_PRESETS_DIR names',
        pilot:
          'the small runs to make before the budget (share= of it, default 5%), what they cost, and the stages after them with their go/no-go rules; how often they settle the call: distilplan pilot',
        scenarios:
          'one run on every offer of the price table, cheapest first: price and its date, GPU-hours, cost with its MFU band, days, and the saving against on-demand; filter with gpu=, provider= and kind= lists, add your own costs with costs=NAME',
      },
      keys: (p) => [
        '`student=` student parameters (1.5B, 7e9, 7,000,000,000)',
        '`budget=` 1e21 FLOPs, 3 PF-days, 500 GPU-hours, 2,000 H100-hours, $200k, ¥3M (yen needs rate=)',
        '`teacher=` an existing teacher: 7B@2T (size@tokens), or 7B with `teacher-loss=2.1`; leave it out to train one (`students=4` share it)',
        `\`scenario=\` ${p.scenarios}`,
        '`gpu=` `provider=` `price=` (per GPU-hour) `mfu=` (0.4 or 40%) `precision=` (bf16, fp8) `gpus=` (GPUs at once, for the days; 8)',
        '`deadline=30` (days; 2w, 1 month), "in 30 days", "within two weeks", or a date (`deadline=2027-03-01`, "by March 1", "end of next month"): the run is spread over the GPUs that finish it within the deadline (with `gpus=`, those GPUs are kept and the answer says how many the deadline needs)',
        '`serve=2B days=365` tokens served a day and for how many days: training + serving cost, and in compare the break-even (after how many days the model cheaper to run pays back its higher training cost)',
        '`currency=JPY rate=150` (per USD) · `preset=` · `counting=` (paper, 6N) · `lang=ja`',
      ],
      ids: (p) => `GPUs: ${p.gpus} · providers: ${p.providers} · coefficient sets: ${p.sets}`,
    },
    errorTry: 'Try',
    errorExample: 'try',
    errorHelp: '`/distil help` shows every form',
    failure:
      'Sorry — something went wrong while working that out. It has been logged; please try again, or see `/distil help`.',
    shareButton: 'Post to channel',
    shareTooLong: 'This command is too long to share with a button',
    sharedBy: (who) => `Shared by ${who} from /distil`,
    chartFile: (path) => `chart: ${path}`,
    chart: {
      'not-in-channel':
        'The answer is posted, but not its chart: I can upload files only to channels I am a member of. Invite me with `/invite @distilplan`, then press *Post to channel* again.',
      'missing-scope':
        'The answer is posted, but not its chart: this app lacks the `files:write` scope. Ask a workspace admin to reinstall it from the current manifest.',
      busy: 'The answer is posted, but not its chart: many charts from this workspace are being shared right now. Press *Post to channel* again in a minute.',
      'not-drawn':
        'The answer is posted, but its chart could not be drawn (it took too long, or the chart cannot show this budget). Press *Post to channel* again in a minute to retry.',
      'not-uploaded':
        'The answer is posted, but Slack did not take its chart in time. Press *Post to channel* again in a minute to retry.',
    },
  },
  headline: {
    call: {
      distil: 'Distil',
      train: 'Train directly',
      'close-call': 'Close call',
      'outside-evidence': 'Outside the evidence',
    },
    callMeaning: CALL_MEANING,
    callLine: (call, meter) =>
      `${EN.headline.call[call].toUpperCase()}${meter ? ` — ${meter}` : ''}: ${CALL_MEANING[call]}`,
    ratio: {
      'close-call': () =>
        "The difference is within the laws' error (quality about the same): choose on cost, time or serving.",
      'never-reaches': () => "Distillation cannot reach direct training's loss at any budget up to 10²⁸ FLOPs.",
      'not-searched': () => '',
      cheaper: (p) =>
        `Distillation reaches direct training's loss with ${percent(p.computeRatio, 'whole')} of this budget${p.gap ? ` (saving ${money(p.gap)})` : ''}.`,
      dearer: (p) =>
        `Distillation would need ${p.computeRatio.toFixed(1)}× this budget${p.gap ? ` (${money(p.gap)} more)` : ''} to match direct training.`,
    },
    days: (p) => {
      const { low, base, high } = p.days;
      const span = daysText(low) === daysText(high) ? '' : ` (${daysText(low)} to ${daysText(high)})`;
      const about = daysText(base) === 'under an hour' ? '' : 'about ';
      const run = `The run takes ${about}${daysText(base)} on ${p.gpus} ${p.gpuName} GPUs${span}.`;
      if (!p.deadline) return run;
      const within = `To finish within ${deadlineText(p.deadline.days)} it needs ${p.deadline.gpusNeeded} ${p.gpuName} GPU${p.deadline.gpusNeeded === 1 ? '' : 's'} (at the base utilisation).`;
      return `${within} ${run}`;
    },
    cost: (p) => `It costs ${money(p)}.`,
    why: (reasons) => `Why: ${reasons.join('; ')}.`,
    outside: outsideText,
    lossAboveUniform: (name) =>
      `the ${name === 'distilLoss' ? 'distilled' : 'direct'} loss is worse than a uniform guess over the vocabulary (ln 32768 = 10.40 nats), so it is no prediction`,
    finding: {
      'teacher-for-one-student-train-directly':
        'when the teacher must be trained for one student, the paper finds direct training better',
      'shared-teacher-distil-below-crossover':
        "a teacher shared by several students can make distillation pay, below a budget that grows with the student's size",
      'existing-teacher-distil-below-crossover':
        "with an existing teacher the paper finds distillation better at low compute, direct training above a budget that grows with the student's size",
    },
    found: (finding) => `What the paper found: ${finding}.`,
    budgets: (budgets) =>
      budgets === null
        ? 'No budget from 10¹⁷ to 10²⁸ FLOPs brings this question inside the evidence.'
        : `Inside the evidence: budgets ${budgetSpan(budgets)}.`,
    budgetsPriced: (p) => {
      const gpus = (p.low ?? p.high)?.gpus;
      const span = (part: (e: PricedEnd) => string | null): string | null => {
        const [low, high] = [p.low && part(p.low), p.high && part(p.high)];
        if (p.low && p.high) return low && high ? `${low} to ${high}` : null;
        if (p.low) return low && `from ${low}`;
        return high && `up to ${high}`;
      };
      const cost = span((e) => (e.cost ? money(e.cost) : null));
      const days = span((e) => daysText(e.days));
      if (!days) return '';
      return `That is ${cost ? `${cost}, ` : ''}${days} on ${gpus} GPUs.`;
    },
    budgetsInMoney: (budgets, priced) =>
      [EN.headline.budgets(budgets), EN.headline.budgetsPriced(priced)].filter(Boolean).join(' '),
    meter: (p) => `extrapolated ×${Number(p.factor.toPrecision(2))} (${QUANTITY_WORDS[p.quantity]})`,
    share: (p) =>
      `Distil wins in ${percent(p.share, 'whole')} of ${p.samples} plausible laws (distil at ≥ 90%, train at ≤ 10%).`,
    unidentified: (names) =>
      `This coefficient set's runs could not pin down ${names.join(', ')}: its plausible laws are wide, and so is this answer.`,
  },
  lang: 'en',
  presets: {
    title: 'Coefficient sets (preset=)',
    text: (count) => `${count} coefficient set${count === 1 ? '' : 's'} for preset=`,
    shipped: {
      'busbridge2025-corrected': "the default: the paper's Table 6 with B′ refit to its Figure-1 points",
      busbridge2025: "the paper's Table 6 exactly as printed",
    },
    fitted: (p) =>
      `${p.law} ${p.fitted.join(', ')} fitted to ${p.runs} runs: MAPE ${p.mape}, max error ${p.maxError}${p.samples > 0 ? `, ${p.samples} bootstrap samples` : ''}${p.created ? `, ${p.created}` : ''}`,
    unfitted: (p) => `coefficients written by hand (no fit record)${p.created ? `, ${p.created}` : ''}`,
    unreadable: (reason) => `cannot be used: ${reason}`,
    more: (count) => `… and ${count} more`,
    footer: (p) =>
      p.folder
        ? 'Add your own: `distilplan fit … --out NAME.json`, then put the file in the presets folder and use preset=NAME'
        : 'Sets fitted to your own runs (`distilplan fit … --out NAME.json`) need DISTILPLAN_PRESETS_DIR set where the bot runs',
    plausible: (p) => `Distil wins in ${p.share}% of ${p.samples} plausible laws.`,
  },
  quote: (typed) => `"${typed}"`,
  acceptedLabel: 'Accepted',
  // A question keeps its question mark: "…or FLOPs? Accepted: …".
  full: (shortText, accepted) => `${shortText}${shortText.endsWith('?') ? '' : '.'} Accepted: ${accepted}`,
  phrases: {
    costBand: (mfu) => `if MFU is ${percentOf(mfu.base)} (${percentOf(mfu.low)}…${percentOf(mfu.high)})`,
    costBandByPart: () => 'if each part runs at its base MFU (its high…low MFU)',
    lawInterval: (p) => `${p.low}–${p.high} nats/token over ${p.samples} plausible laws (${p.basis.join(', ')})`,
    plausibleDecision: (p) =>
      `distil wins in ${percent(p.share, 'whole')} of ${p.samples} (90%: distilled ${p.distil}, direct ${p.direct})`,
  },
  corrections: {
    orThis: 'Or',
    fillIn: 'Fill in the ‹…› and send',
    blank: {
      studentParams: () => 'student size',
      budget: () => 'budget with its unit',
      teacherParams: () => 'teacher size',
      teacherTokens: () => "teacher's training tokens",
      teacherLoss: () => "teacher's loss in nats",
      students: () => 'number of students',
      scenario: () => 'scenario',
      gpu: () => 'GPU id',
      provider: () => 'provider',
      mfu: () => 'MFU',
      price: () => 'price per GPU-hour',
      currency: (p) => (p.rate === undefined ? 'currency code' : `currency that ${p.rate} is per US dollar`),
      rate: (p) =>
        p.currency === undefined ? 'rate per US dollar' : `${currencyName(p.currency, 'en')} per US dollar`,
      precision: () => 'precision',
      lang: () => 'language',
    },
  },
  problems: {
    missing: () => ' is missing',
    empty: () => ' is empty',
    'not-finite': () => ' must be a finite number',
    'not-a-number': (p) => ` "${p.value}" is not a number`,
    'not-a-decimal': (p) => ` "${p.value}" is not a decimal number`,
    'too-large': () => ' is too large',
    'too-long': () => ' is too long',
    'below-min': (p) => ` must be ${p.inclusive ? '≥' : '>'} ${limit(p.min)}`,
    'above-max': (p) => ` must be ≤ ${limit(p.max)}`,
    negative: () => ' must not be negative',
    'boolean-not-number': (p) => ` is ${p.value ? 'TRUE' : 'FALSE'}, not a number`,
    'date-not-number': () => ' is a date, not a number',
    'below-irreducible': (p) => ` must be > ${p.E} (the law's irreducible loss E)`,
    'loss-above-uniform': (p) =>
      ` must be ≤ ${formatLoss(p.uniformLoss)} nats (ln ${p.vocabularySize}: a uniform guess over the vocabulary)`,
    'no-prediction': (p) =>
      ` gives a loss worse than a uniform guess (above ln ${p.vocabularySize} = ${formatLoss(p.uniformLoss)} nats): no prediction`,
    'unknown-coefficient-set': (p) => ` "${p.value}" is not a coefficient set`,
    'unknown-scenario': (p) => ` "${p.value}" is not a scenario`,
    'unknown-flop-counting': (p) => ` "${p.value}" is not a FLOP counting`,
    'unknown-gpu': (p) => ` "${p.value}" is not a known GPU`,
    'unknown-precision': (p) => ` "${p.value}" is not a known precision`,
    'unknown-currency': (p) => ` "${p.value}" is not a currency code`,
    'unknown-provider': (p) => ` "${p.value}" is not a known provider`,
    'unknown-language': (p) => ` "${p.value}" is not a language /distil speaks`,
    'not-whole-students': () => ' must be a whole number of students ≥ 1',
    'no-peak': (p) => ` ${p.precision} has no peak for ${p.gpu}`,
    'rate-needed': (p) =>
      ` is needed to show costs in ${p.currency}${p.value ? ` (the budget "${p.value}" is in ${p.currency})` : ''}`,
    'rate-not-one-for-usd': () => ' must be 1 for USD (prices are quoted in USD)',
    'rate-without-currency': (p) => ` ${p.rate} has no currency: ${p.rate} of which currency per US dollar?`,
    'price-currency-unclear': (p) =>
      ` ${p.value} has no currency: is it ${p.value} ${p.currency} or ${p.value} US dollars per GPU-hour?`,
    'workspace-rate-unreadable': (p) => ` has "${p.value}", which is not a rate with its date`,
    'workspace-rate-usd': () => ' gives a rate for USD, which is always 1 (prices are quoted in USD)',
    'workspace-rate-twice': (p) => ` gives ${p.currency} twice`,
    'two-currencies': (p) => ` names two currencies (${p.first} and ${p.second})`,
    'provider-has-no-price': (p) => ` ${p.provider} has no price for ${p.gpu}`,
    'mfu-differs-from-band': (p, n) => ` (${p.mfu}) differs from the base of ${n.name('mfuBand')} (${p.base})`,
    'band-needs-three': () => ' needs three values',
    'band-not-ordered': (p) => ` ${p.low}/${p.base}/${p.high} is not ordered`,
    conflicts: (p, n) => ` cannot go with ${n.name(p.other)}`,
    'needed-with': (p, n) => ` is needed with ${n.name(p.other)}`,
    'price-currency-mismatch': (p) => ` is in ${p.priceCurrency} but the answer is in ${p.currency}`,
    'no-default-price': (p) => ` is needed: the price table has no price for ${p.gpu}`,
    'hours-gpu-mismatch': (p, n) => ` is in ${p.budgetGpu} hours but ${n.name('gpu')} is ${p.gpu}`,
    'budget-currency-mismatch': (p, n) => ` is in ${p.budgetCurrency} but ${n.name('currency')} is ${p.currency}`,
    'not-a-budget': (p) => ` "${p.value}" is not a budget`,
    'budget-unit-unclear': (p) => ` "${p.value}" has no unit: is it money, GPU-hours or FLOPs?`,
    'hours-of-what': () => ' says hours but not of which GPU',
    'not-compute': () => ' must be compute (FLOPs or PF-days)',
    'infeasible-supervised': (p) =>
      ` of ${formatScientific(p.compute)} FLOPs cannot train even a 1e6-parameter model on 1e6 tokens`,
    'infeasible-distillation': (p) =>
      ` of ${formatScientific(p.compute)} FLOPs cannot buy 1e6 student tokens for a ${formatCount(p.studentParams)}-parameter student in the ${p.scenario} scenario`,
    'search-not-converged': () =>
      ' gives no plan: the search for the best plan did not converge at this budget, so none is shown; try a slightly different budget',
    'teacher-needs-tokens-or-loss': (_, n) =>
      ` needs its tokens (${n.example('teacherTokens', '2T')}) or its loss (${n.example('teacherLoss', '2.1')})`,
    'no-teacher-with-teacher': () => " cannot go with a teacher's size, tokens or loss",
    'only-without-teacher': () => ' goes only with no teacher (a teacher trained for, and shared by, K students)',
    'given-twice': () => ' is given twice',
    'teacher-tokens-twice': () => ' is given twice (also after @ in teacher=)',
    'word-without-key': () => ' has no key before "="',
    'not-key-value': () => ' is not a key=value word',
    'key-not-for-subcommand': (p) => ` does not go with ${p.subcommand}`,
    'unknown-key': (p) => ` is not a key ${p.subcommand} understands${p.near ? ` (did you mean ${p.near}=?)` : ''}`,
    'missing-for-subcommand': (p) => ` is missing (${p.subcommand} needs it)`,
    'needs-student': (_, n) => ` needs ${n.name('studentParams')}= (it describes a plan to cost)`,
    'compare-count': (p, n) =>
      n.face === 'cli'
        ? ` needs 2 to ${p.max} student sizes (got ${p.count})`
        : ` needs 2 to ${p.max} scenarios separated by | (got ${p.count})`,
    'compare-budgets': (p) =>
      ` takes one budget for all or one per student (got ${p.budgets} for ${p.students} students)`,
    'compare-serving-differs': () => ' must be the same in every scenario of a compare: give it once, in the first',
    'unknown-subcommand': (p) => ` is not a /distil subcommand${p.near ? ` (did you mean ${p.near}?)` : ''}`,
    'not-whole-in-range': (p) => ` must be a whole number from ${p.min} to ${p.max}`,
    'more-than-one-at': () => ' has more than one @',
    'unknown-coefficient-name': (p) => ` "${p.value}" is not a coefficient name`,
    'coefficient-not-of-law': (p) => ` ${p.name} is not a ${p.law} coefficient`,
    'run-not-finite': (p) => `: row ${p.row}, column ${p.column} is not a finite number`,
    'run-not-positive': (p) =>
      `: row ${p.row}, column ${p.column} ${p.isLoss ? 'must be a loss above 0' : 'must be > 0'}`,
    'too-few-runs': (p) =>
      ` has ${p.runs} run${p.runs === 1 ? '' : 's'}, fewer than the ${p.coefficients} coefficients to fit`,
    'fit-not-storable': (p) =>
      `: the fit gives ${p.entry} a value no set file can hold (not a finite number); check that the losses are cross-entropies in nats/token`,
    'too-few-design-points': (p) =>
      ` has ${p.runs} runs but only ${p.points} distinct design point${p.points === 1 ? '' : 's'} (runs with the same inputs count once), fewer than the ${p.coefficients} coefficients to fit`,
    'budget-not-flops': (p) => ` is ${p.kind === 'money' ? 'money' : 'GPU-hours'}, not FLOPs`,
    'run-empty': (p) => `: row ${p.row}, column ${p.column} is empty`,
    'run-not-a-number': (p) => `: row ${p.row}, column ${p.column} "${p.value}" is not a number`,
    'missing-column': (p) => ` has no column "${p.column}" in its header (row 1)`,
    'file-unreadable': (p) => ` file ${p.file} cannot be read (${p.reason === 'ENOENT' ? 'no such file' : p.reason})`,
    'file-unwritable': (p) => ` cannot be written (${p.reason})`,
    'not-json': (p) => ` file ${p.file} is not valid JSON`,
    'not-whole-pixels': () => ' must be a whole number of pixels',
    'unknown-chart-format': (p) => ` "${p.value}" is not a chart format`,
    'no-extension': () => ' has no extension',
    'teacher-needs-tokens': () => ' needs the tokens it saw',
    'not-whole': (p) => ` "${p.value}" is not a whole number`,
    'set-file-invalid': (p) => SET_FILE_PROBLEM_EN[p.rule](p),
    'ranges-differ-in-size': () => ' are ranges with different numbers of cells',
    'range-shapes-differ': (p) =>
      ` (${shapeEn(p.rows, p.columns)}) and ${p.second} (${shapeEn(p.secondRows, p.secondColumns)}) must be ranges of the same size`,
    'range-several-columns': (p) => `: give a single column; each row gives one row of ${p.results} results`,
    'result-not-finite': () => ' gives a result that is not a finite number',
    'row-length': (p) => ` has ${p.count} cell${p.count === 1 ? '' : 's'}`,
    'not-a-set-name': (p) => ` "${p.value}" is not a set name (a name only, never a path)`,
    'file-too-large': (p) => ` file ${p.file} is over ${formatCount(p.maxBytes)} bytes`,
    'cost-profile-invalid': (p) => COSTS_EN.profileProblem[p.rule](p),
    'profile-currency-mismatch': (p) =>
      ` states its amounts in ${p.profileCurrency}, which the answer in ${p.currency} has no rate for`,
    'unknown-kind': (p) => ` "${p.value}" is not a kind of price`,
    'unknown-cost-profile': (p) => ` "${p.value}" is not a cost profile of this workspace`,
    'not-a-regular-file': (p) => ` ${p.file} is not a regular file`,
    'link-out-of-folder': (p) => ` file ${p.file} is a link that leads out of its folder`,
    'share-out-of-range': (p) => ` must be above 0 and at most ${percentOf(p.max)}`,
    'pilot-too-small': (p) =>
      ` buys no pilot: the smallest (models from 1M parameters) needs ${formatScientific(p.minimumFlops)} FLOPs`,
    'student-twice': (p) => ` is given twice (${p.first} and ${p.second}): to weigh both, compare them`,
    'deadline-needs-too-many-gpus': (p) =>
      ` is too short: finishing the run within it would need more than ${formatCount(p.max)} GPUs`,
    'not-a-date': (p) => ` "${p.value}" is not a calendar date`,
    'deadline-date-past': (p) => ` ${p.date} is not after today (${p.today}): a deadline must be a day still ahead`,
  },
  accepted: {
    count: () => COUNT,
    'count-range': (p) => `${COUNT}, between ${formatCount(p.min)} and ${formatCount(p.max)} ${p.unit}`,
    'flop-count': () => 'a FLOP count such as 1e21 or 3e23',
    'flops-at-least-zero': () => 'a number of FLOPs from 0 to 1e35 such as 1e22',
    budget: () => BUDGET,
    'budget-at-least': (p) => `a budget of at least ${formatScientific(p.minimumCompute)} FLOPs`,
    'budget-or-compute': (_, n) =>
      `${n.name('compute')} C in FLOPs (1e21), or ${n.name('budget')} B: $200k, ¥3M, 500 GPU-hours, 2,000 H100-hours, 3 PF-days, 1e22 FLOPs`,
    'flops-or-budget': (p, n) =>
      `${n.name('flops')} C to cost compute, or ${n.name('budget')} B for what a budget buys${p.moneyToBudget ? `; a budget in money or GPU-hours goes to ${n.name('budget')}` : ''}`,
    'teacher-loss': (p) => `a cross-entropy in nats/token above the law's irreducible loss E = ${p.E}, such as 1.9`,
    'one-of': (p) => `one of ${p.ids.join(', ')}`,
    students: () => 'a whole number such as 1, 4 or 10',
    gpu: (p) => `one of ${p.ids.join(', ')} (case-insensitive; aliases such as h100, H100-SXM, v5e work too)`,
    'gpu-id': (p) => `a GPU id: ${p.ids.join(', ')}`,
    'precision-for-gpu': (p) => `for ${p.gpu}: ${p.available.join(', ')}`,
    currency: (p) =>
      `an ISO 4217 code such as ${p.codes.join(', ')} (any of its ${p.count} active codes), or ${p.words.join(', ')}`,
    rate: (p, n) =>
      p.currency === undefined
        ? 'units of the currency per 1 USD, a decimal > 0 and ≤ 1e6 such as 150 for JPY'
        : `${n.name('rate')}, ${currencyName(p.currency, 'en')} per US dollar (a decimal > 0 and ≤ 1e6, your finance team's rate${p.currency === 'JPY' ? ', such as 150' : ''}), or a workspace rate in DISTILPLAN_RATES`,
    'currency-for-rate': (p, n) =>
      `${n.name('currency')} naming the currency ${p.rate} is per US dollar, such as ${n.example('currency', 'JPY')} if ${p.rate} is yen per US dollar`,
    'price-with-currency': (p, n) =>
      `the price with its currency: ${n.example('price', p.inCurrency)} or ${n.example('price', p.inUsd)}`,
    'workspace-rates': () =>
      'CODE=RATE@YYYY-MM-DD (units per US dollar and the day it was set), several separated by commas, such as JPY=150@2026-11-01,EUR=0.92@2026-11-02',
    'currency-with-rate': (_, n) => `a ${n.name('currency')} other than USD with its rate`,
    date: () => 'a date such as 2026-11-28',
    mfu: () => 'a fraction from 0.01 to 1 such as 0.4, or a percentage from 1% to 100% such as 40%',
    'mfu-band': () => 'low/base/high fractions from 0.01 to 1 with low ≤ base ≤ high, such as 0.3/0.4/0.5',
    'mfu-or-band': () => 'give one of them, or the same base',
    price: () => 'a price per GPU-hour > 0 and ≤ 1e7 in USD such as 2.99, or with its currency such as ¥450 or 450 JPY',
    'price-or-provider': () => 'either your own price or a provider, not both',
    'price-in-answer-currency': (p, n) =>
      `a price in USD, or ${n.name('currency')} ${p.priceCurrency} with its rate per USD`,
    'own-price-or-priced-gpu': (p) =>
      `your own price per GPU-hour (e.g. 2.50), or a GPU with a default price (${p.priced.join(', ')})`,
    provider: (p) => `a provider (${p.providers.join(', ')}) or a price id (${p.priceIds.join(', ')})`,
    'providers-for-gpu': (p) =>
      p.others.length
        ? `for ${p.gpu}: ${p.others.join(', ')}, or your own price`
        : `your own price (the table has none for ${p.gpu})`,
    'hours-same-gpu': () => 'hours of the same GPU, or GPU-hours',
    'gpu-hours': () => 'GPU-hours, or hours of a GPU such as 2,000 H100-hours',
    'gpu-hours-of': (p) => `GPU-hours, or hours of one of ${p.ids.join(', ')}`,
    'budget-in': (p, n) =>
      `a budget in USD or ${p.currency}, or ${n.name('currency')} ${p.budgetCurrency} with its rate per USD`,
    'budget-with-unit': (p) => `${p.money}, ${p.gpuHours} or ${p.flops}`,
    'teacher-forms': (_, n) =>
      n.face === 'slack'
        ? 'teacher=7B@2T (size@tokens), or teacher=7B teacher-loss=2.1, or no teacher (optionally students=4 sharing one to be trained)'
        : n.face === 'cli'
          ? '--teacher-loss L --teacher-params NT, or --teacher-params NT --teacher-tokens DT, or --no-teacher [--students K]'
          : 'teacher_loss with teacher_params (1.9 and 7B), or teacher_params as size@tokens (8B@15T), or both blank to train a teacher',
    'teacher-size': () => "the existing teacher's parameters, e.g. 7B (distillation pays its inference)",
    'teacher-loss-value': () =>
      "the existing teacher's loss in nats/token, e.g. 1.9; or leave both blank to train a teacher",
    'key-value': () =>
      'key=value words such as student=1B budget=1e21 (a space after = is fine; quotes keep spaces in a value)',
    'each-once': () => 'each key once',
    example: (p, n) => n.example(p.field, p.value),
    keys: (p) => p.keys.map((key) => `${key}=`).join(' '),
    'keys-of': (p) => `for ${p.subcommand}: ${p.keys.join(', ')}`,
    language: () => 'en or ja',
    'flop-counting': () => "paper (3·F(N) per token, the paper's Eq. 69) or 6N",
    'compare-form': (_, n) =>
      n.face === 'cli' ? '--student-params 1B 3B' : 'compare a: student=1B budget=$200k teacher=7B@2T | b: gpu=h200',
    'compare-budgets': () => 'one value, or as many as --student-params: --compute 1e21 3e21',
    'compare-students': (p) => `compare … | student=${p.value}`,
    'days-count': () => 'a number of days > 0, such as 365',
    deadline: () =>
      'days or weeks from now, up to 3650 days, such as 30, 30d, 30 days or 2 weeks, or a day after today, such as 2027-03-01, March 1, end of next month',
    'tokens-per-day': () => 'tokens served per day ≥ 0, such as 2B',
    'nats-value': () => 'a cross-entropy in nats/token such as 1.9',
    'number-or-text': () => 'a number or text',
    text: () => 'text',
    'resample-count': () => 'a count such as 200, or 0 to skip',
    seed: () => 'a seed such as 1',
    'coefficient-names': (p) =>
      `comma-separated names of ${p.law} coefficients: ${p.names.join(', ')}${p.law === 'distillation' ? " (A' may be written Ad, and so on)" : ''}`,
    'run-count': () => 'a positive number such as 1.5e9 or 2e10',
    'run-loss': () => 'a cross-entropy in nats/token, a positive number such as 2.45',
    'runs-per-coefficient': (_, n) =>
      `at least one run per fitted coefficient (hold more coefficients fixed with ${n.name('fix')})`,
    'sheet-compute': (p) =>
      `FLOPs as a number such as 1e22, or text such as "1e22 FLOPs" or "3 PF-days"${p.budgetHint ? '; turn a budget in money or GPU-hours into FLOPs with BUDGET_FLOPS(budget, gpu)' : ''}`,
    'sheet-teacher': () =>
      'a teacher as loss and size (1.9 and 7B), or as size@tokens (8B@15T) with teacher_loss blank',
    'sheet-teacher-loss': () =>
      "the existing teacher's loss in nats/token (e.g. 1.9), or its tokens in teacher_params (8B@15T); or leave both blank to train a teacher",
    'coefficient-set': (p) => `one of ${p.ids.join(', ')}, or the path of a .json file written by distilplan fit --out`,
    'csv-file': () => 'a CSV file',
    'writable-path': () => 'a writable path',
    'whole-number': () => 'a whole number such as 200',
    pixels: (p) => `a whole number of pixels from ${p.min} to ${p.max}, such as 800`,
    'chart-file': () => 'a file name ending in .png or .svg, such as chart.png',
    'gpu-count': () => 'a whole number of GPUs such as 8',
    'form-fields': () => 'the fields of the form',
    'teacher-with-tokens': () => 'size@tokens such as 8B@15T, or blank to train one',
    'csv-header': (p) => `a header ${p.columns.join(',')}`,
    'set-file': (p) => SET_FILE_ACCEPTED_EN[p.rule] ?? (p.list ?? []).join(', '),
    'same-shape-ranges': (p) =>
      `${p.ranges.join(' and ')} as ranges of the same rows and columns, or as single values repeated for every row`,
    'single-column': (p) => `one column of inputs, each row giving ${p.results} results side by side`,
    'inputs-in-range': () => "inputs inside the law's fitted range",
    'same-size-ranges': (p) => `${p.ranges.join(', ')} as ranges of the same size, one run per row`,
    'coefficient-row': (p) =>
      `a set id, or a row of 6 coefficients (${p.supervised.join(', ')}) or 15 (those, then ${p.distillation.join(', ')})`,
    'teacher-spec': () => "a teacher's size, optionally @ the tokens it saw: 7B, 8B@15T",
    'pilot-share': (p) => `a share of the budget such as 5% or 0.05, at most ${percentOf(p.max)}`,
    'pilot-noise': (p) => `a run-to-run noise such as 0.5% or 0.005, from 0 to ${percentOf(p.max)}`,
    'preset-name': (p) =>
      `one of ${p.ids.join(', ')}${
        !p.folder
          ? '; sets fitted to your own runs need DISTILPLAN_PRESETS_DIR set where the bot runs'
          : p.names.length
            ? `, or a set in the presets folder: ${p.names.join(', ')}`
            : ', or a set written by `distilplan fit --out NAME.json` into the presets folder (it holds none yet)'
      }`,
    'cost-profile': (p) => COSTS_EN.profileAccepted[p.rule](p),
    'profile-currency': (p) =>
      `--currency ${p.profileCurrency} with its rate (currency=${p.profileCurrency} rate=… in Slack), or a profile in USD`,
    'cost-profile-name': (p) =>
      !p.folder
        ? 'a cost profile needs DISTILPLAN_COSTS_DIR set where the bot runs'
        : p.names.length
          ? `one of ${p.names.join(', ')}`
          : 'the name of a cost-profile file (like examples/cost-profile.json) in the cost-profile folder (it holds none yet)',
    'price-kinds': (p) => `a list of ${p.kinds.join(', ')}`,
  },
  warnings: {
    extrapolation: (p) => {
      const [what, unit] = RANGE_WHAT[p.quantity];
      const span = p.low > 0 ? `${short(p.low)}–${short(p.high)}` : `up to ${short(p.high)}`;
      return `${what} ${short(p.value)} is outside the fitted range ${span} ${unit}: an extrapolation`;
    },
    'student-beats-teacher': (p) =>
      `trained directly, this student (${formatLoss(p.supervisedLoss)}) would already beat its teacher (${formatLoss(p.teacherLoss)}); distillation pulls it toward the teacher's loss`,
    'teacher-loss-unreachable': (p) =>
      `a ${formatCount(p.teacherParams)} model reaches at best ${formatLoss(p.bestLoss)} under the supervised law, so teacher loss ${formatLoss(p.teacherLoss)} was probably measured on other data or another tokenizer: the laws need cross-entropy on comparable data`,
    'close-call': (p) =>
      `the two routes differ by ${marginSize(p.margin)}, and distillation wins in only ${percent(p.share, 'whole')} of ${p.samples} plausible laws: a close call`,
    'unidentified-coefficients': (p) =>
      `the runs cannot pin down ${p.names.join(', ')} (very wide or bound-hitting intervals, no movement across resamples, or a flat objective): their intervals are not estimates. Hold them at the base set's values with --fix "${p.fix}", or add runs that vary what they govern`,
    'unused-compute': (p) =>
      `${formatScientific(p.unusedCompute)} FLOPs are left over: student tokens are capped at 1e17`,
    'capacity-gap': (p) => {
      const weaker =
        p.weaker.kind === 'checkpoint'
          ? `e.g. this ${formatCount(p.weaker.teacherParams)} teacher at ${formatCount(p.weaker.tokens)} tokens, an earlier checkpoint`
          : `e.g. ${formatCount(p.weaker.params)} parameters on ${formatCount(p.weaker.tokens)} tokens`;
      return `the teacher is past the capacity gap for this student: a weaker teacher with loss ${formatLoss(p.betterTeacherLoss)} (${weaker}) would give ${formatLoss(p.betterLoss)} instead of ${formatLoss(p.loss)}`;
    },
  },
  serving: {
    cheapest: (p) =>
      `Over ${dayCountEn(p.days)} serving ${formatCount(p.tokensPerDay)} tokens a day, ${p.name} costs least: ${p.total} in all (${p.training} to train, ${p.serving} to serve).`,
    cheapestOwned: (p) =>
      `Over ${dayCountEn(p.days)} serving ${formatCount(p.tokensPerDay)} tokens a day, ${p.name} costs least under the cost profile "${p.profile}": ${p.total} in all (${p.training} to train and ${p.serving} to serve, plus what the profile adds).`,
    single: (p) =>
      `Over ${dayCountEn(p.days)} serving ${formatCount(p.tokensPerDay)} tokens a day, this model costs ${p.total} in all (${p.training} to train, ${p.serving} to serve).`,
    paysBack: (p) =>
      `${p.runner} costs ${p.extra} more to train than ${p.other} but ${p.savedPerDay} a day less to run: ` +
      (p.withinHorizon
        ? `it pays that back after ${dayCountEn(p.days)} of serving (the break-even point).`
        : `that pays back only after ${dayCountEn(p.days)}, beyond the ${dayCountEn(p.horizon)} planned.`),
    fromStart: (p) => `${p.runner} costs no more to train than ${p.other} and less to run: cheaper from day one.`,
    never: (p) =>
      `${p.runner} costs ${p.extra} more to train than ${p.other} and as much a day to run: that never pays back.`,
    figures: (p) =>
      `${p.name}: ${p.training} to train + ${p.perDay} a day to serve = ${p.total} over ${dayCountEn(p.days)}`,
    basis: (p) => `serving at 2N FLOPs per generated token, MFU ${percentOf(p.mfu)} on ${p.gpu}`,
  },
  chart: {
    'chart.title': (p) => `Distil or train directly? ${p.student} student, ${p.teacher}`,
    'chart.axis.budget': () => 'budget (FLOPs, log scale)',
    'chart.axis.loss': () => 'predicted loss (nats/token)',
    'chart.axis.money': (p) =>
      `cost on ${p.gpu} at ${formatPricePerGpuHour(String(p.price), String(p.currency), 'en')} (${p.kind === 'user-given' ? 'your own' : `${p.provider} ${p.kind}, ${p.asOf}`}), MFU ${percent(Number(p.mfu))}`,
    'chart.tick.money': (p) => moneyTick(String(p.amount), String(p.currency), 'en'),
    'chart.series.distilled': () => 'distilled',
    'chart.series.direct': () => 'trained directly',
    'chart.flip': (p) => `flip ${p.compute}`,
    'chart.today': (p) => `this budget ${p.compute}`,
    'chart.evidence': () => 'the laws have evidence here',
    'chart.alt': (p) =>
      `Chart of predicted loss against budget for a ${p.student} student: at ${p.compute} FLOPs, ${p.verdict} (distilled ${p.distilLoss}, trained directly ${p.directLoss}). ${p.flip}`,
    'chart.alt.flip': (p) => `The verdict flips at ${p.compute} FLOPs.`,
    'chart.alt.noFlip': () => 'The verdict does not flip in the range shown.',
    'chart.verdict.distil': () => 'distil',
    'chart.verdict.train': () => 'train directly',
    'chart.teacher.existing': () => 'existing teacher',
    'chart.teacher.trained': () => 'teacher trained for it',
    'chart.teacher.shared': (p) => `teacher shared by ${p.students} students`,
  },
};
