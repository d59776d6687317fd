/** The command line's words in English: help, table labels and values, headings and notes. */
import { formatCount, formatLoss, formatScientific } from '../core/index.js';
import { fitErrorPercent } from './catalogue.js';
import type { CliRow, CliWords } from './cli-words.js';
import { ownershipRows, profilePriceText } from './costs.js';
import { EN } from './en.js';
import {
  exponential,
  flopsWithShare,
  formatCostBand,
  formatGpuHours,
  formatMfuBand,
  formatPricePerGpuHour,
  formatShare,
  quotedPerGpuHour,
  tflops,
} from './numbers.js';

const COUNTING_NOTE = {
  paper: '3·F(N) per training token, F from Eq. 69',
  '6N': '6·N per training token',
} as const;

export const CLI_EN: CliWords = {
  help: {
    program:
      'Distil a model from a teacher, or train it directly? Predicted losses, plans and costs from the distillation scaling law of Busbridge et al. (2025).',
    commands: {
      law: 'evaluate a scaling law (Busbridge et al. 2025, Eq. 1 and Eq. 8)',
      lawSupervised: 'loss of a model trained directly: L(N, D)',
      lawDistil: 'loss of a distilled student: L_S(N_S, D_S, L_T)',
      flops: 'forward and training FLOPs per token for a model size',
      optimize: 'compute-optimal plans for a budget',
      optimizeSupervised: 'the best model size and tokens for a budget, trained directly',
      optimizeDistil: 'the best teacher and token split for a student and budget',
      decide: 'should this student be distilled or trained directly?',
      compare: 'several student sizes side by side, with training + serving cost',
      chart: "draw the decide answer: both routes' loss against the budget",
      fit: "fit a law to your own runs (the paper's method, App. F)",
      pilot: 'plan the small runs that settle the decision, what they cost, and the stages after them',
      cost: 'GPU-hours and money for FLOPs, or the FLOPs a budget buys',
      gpus: 'the GPU catalog: dense peak TFLOP/s per precision, memory, source and date',
      prices: 'the price table: USD per GPU-hour, kind, region, source and as-of date',
      scenarios: 'one run on every offer of the price table, cheapest first',
      models: 'open models you can name as the teacher in `distilplan ask` and /distil',
      ask: 'ask in your own words, Japanese or English: "1B model, $20k budget, teacher Llama 3.1 8B"',
    },
    fitLaw: (p) => `fit the ${p.law} law; CSV header ${p.header}`,
    fitRuns: (header) => `runs as CSV with header ${header}`,
    options: {
      lang: 'language of the human output: en or ja (default: LC_ALL, LC_MESSAGES or LANG; English otherwise)',
      json: 'print exactly one JSON object',
      flopsCounting: 'FLOPs per training token: paper = 3·F(N) (Eq. 69), 6N = plain 6·N',
      params: 'non-embedding parameters, e.g. 1.5B',
      tokens: 'training tokens, e.g. 20B',
      distilTokens: 'distillation tokens, e.g. 20B',
      studentParams: 'student non-embedding parameters, e.g. 1B',
      teacherLoss: "an existing teacher's cross-entropy, nats/token",
      lawTeacherLoss: "teacher's cross-entropy in nats/token, e.g. 1.9",
      teacherParams: "an existing teacher's non-embedding parameters",
      teacherTokens: 'the tokens an existing teacher was trained on',
      noTeacher: 'no teacher yet: it must be trained',
      noTeacherDefault: 'no teacher yet: it must be trained (also the default when no teacher flag is given)',
      students: 'with no teacher: students that will share the one trained',
      computeDecide: 'budget in FLOPs for this student, e.g. 1e21',
      computeSupervised: 'budget in FLOPs, e.g. 1e21',
      computeDistil: 'total budget in FLOPs, e.g. 1e21',
      budget:
        'budget as money, GPU-hours or FLOPs: $200k, ¥3M, 500 GPU-hours, 3 PF-days (money needs a price: --gpu or --price)',
      gpu: 'GPU from `distilplan gpus` (default h100-sxm; aliases such as h100 work)',
      precision: 'precision of the peak the MFU refers to: bf16 (default), fp16, fp8',
      mfu: 'base model FLOPs utilisation, 0.4 or 40% (band 0.75×/1.25×; default 0.30/0.40/0.50)',
      mfuBand: 'the whole MFU band, e.g. 0.3/0.4/0.5',
      price: 'your own price per GPU-hour: with a currency (¥450, $2.99) or bare in --currency (450)',
      provider: 'a provider or price id from `distilplan prices`',
      currency: 'answer currency, an ISO code such as JPY (needs --rate)',
      rate: 'units of --currency per 1 USD, e.g. 150 (default: DISTILPLAN_RATES for that currency)',
      rateDate: 'the date of --rate, shown with the answer',
      costs: 'a cost profile (examples/cost-profile.json): discounts, failures, data, people…',
      chart: 'also draw the chart of this answer to FILE.png or FILE.svg',
      gpusDays: 'GPUs the run is spread over, for the wall-clock days',
      serveTokensPerDay: 'tokens the student will serve per day (adds serving cost), e.g. 2B',
      serveDays: 'days it will serve, e.g. 365',
      deadline:
        'finish the run within D: 30, 30d, 2w, 1 month, or by a date: 2027-03-01, "March 1" (the GPUs it needs; --gpus is kept)',
      scenario: 'what the student pays for',
      optimizeStudents: 'students sharing one teacher (its pretraining split K ways)',
      compareStudentParams: 'two to four student sizes, e.g. 1B 3B',
      compareCompute: 'one budget in FLOPs for all, or one per student, e.g. 1e21 3e21',
      compareBudget: "one budget for all or one per student: '$200k' '$500k', '500 GPU-hours'",
      compareServeTokensPerDay: 'tokens each model will serve per day, e.g. 2B',
      compareServeDays: 'days each will serve, e.g. 365',
      compareGpus: "GPUs each student's run is spread over, for its wall-clock days (default 8)",
      compareDeadline:
        "finish each student's run within D: 30, 30d, 2w, 1 month, or by a date: 2027-03-01 (the GPUs each needs; --gpus is kept)",
      servingMfu: 'MFU while serving (decoding is memory-bound), default 0.25',
      costFlops: 'compute to cost: 1e24, 1e24 FLOPs or 3 PF-days',
      costBudget: 'a budget to turn into FLOPs: $50k, ¥3M, 500 GPU-hours, 2,000 H100-hours',
      pricesGpu: 'only this GPU',
      pricesProvider: 'only this provider',
      fitFix: 'coefficients held at the base set, comma-separated (e.g. A,alpha,gamma)',
      fitBase: 'set the held coefficients come from (default: the default set)',
      fitBootstrap: 'bootstrap resamples for 90% intervals (0 skips)',
      fitSeed: 'bootstrap seed',
      fitOut: 'write a coefficient-set file for --preset',
      fitName: 'name of the written set (default: the file name)',
      pilotSeed: 'seed of the simulation',
      pilotWorlds: 'plausible true laws simulated',
      pilotGpus: 'GPUs each stage runs on, for the days',
      pilotOut: 'write supervised.csv and distil.csv (the losses to fill in) into DIR',
      scenariosBudget: 'a budget: $200k, ¥30M, 500 GPU-hours (money becomes FLOPs at the default H100 price)',
      scenariosCompute: 'with --student-params: the budget in FLOPs',
      scenariosStudentParams: "a decide question: the plan's FLOPs and tokens (with --budget or --compute)",
      scenariosGpu: 'only these GPUs, e.g. h100,b200',
      scenariosKind: 'only these kinds of price: on-demand, reserved, spot, marketplace, reference',
      scenariosProvider: 'only these providers or price ids, e.g. aws,lambda',
      scenariosGpus: "GPUs every run is spread over for its days (default: each offer's node, 8 GPUs)",
      scenariosRate: 'units of --currency per 1 USD (default: DISTILPLAN_RATES for that currency)',
      scenariosCosts: 'a cost profile: its prices in every row and each row’s total cost of ownership',
      askJson: 'print the answering command’s JSON object plus `question` (how it was read)',
      chartOut: 'FILE.png or FILE.svg (the format follows the extension)',
    },
    presetOption: (ids) => `coefficient set (${ids.join(', ')}) or a set file written by distilplan fit --out`,
    pilotShare: (share) => `share of the budget the pilot may spend, e.g. 5% or 0.05 (default: ${formatShare(share)})`,
    pilotNoise: (noise) => `run-to-run noise of a measured loss, e.g. 0.5% or 0.005 (default: ${formatShare(noise)})`,
    chartWidth: (pixels) => `picture width in pixels (default ${pixels})`,
    chartHeight: (pixels) => `picture height in pixels (default ${pixels})`,
    askArgument: 'the question (quote it, or give it as several words)',
    titles: {
      usage: 'Usage:',
      arguments: 'Arguments:',
      options: 'Options:',
      commands: 'Commands:',
      globalOptions: 'Global Options:',
    },
    helpOption: 'display help for command',
    helpCommand: 'display help for command',
    extra: (p) => {
      const parts = [
        ...(p.choices ? [`choices: ${p.choices.map((choice) => JSON.stringify(choice)).join(', ')}`] : []),
        ...(p.default ? [`default: ${p.default.description ?? JSON.stringify(p.default.value)}`] : []),
      ];
      return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
    },
  },
  planRows: (plan) => {
    const teacherTokens = plan.teacherTokensAtBound
      ? `as many tokens as you can (the law keeps improving; the search stopped at its ${formatCount(plan.teacherTokens)} bound)`
      : plan.teacherTokens > 0
        ? `${formatCount(plan.teacherTokens)} tokens`
        : 'tokens unknown';
    return [
      ['student loss', `${formatLoss(plan.loss)} nats/token (distilled)`],
      ['trained directly', `${formatLoss(plan.supervisedLoss)} nats/token (same student, same budget)`],
      ['student', `${formatCount(plan.studentParams)} params on ${formatCount(plan.studentTokens)} tokens`],
      [
        'teacher',
        `${formatCount(plan.teacherParams)} params on ${teacherTokens}, loss ${formatLoss(plan.teacherLoss)}`,
      ],
      ['student training', flopsWithShare(plan.flops.studentTraining, plan.shares.studentTraining)],
      ['teacher inference', flopsWithShare(plan.flops.teacherInference, plan.shares.teacherInference)],
      [
        'teacher pretraining',
        flopsWithShare(plan.flops.teacherPretraining, plan.shares.teacherPretraining) +
          (plan.students > 1 ? ` (1/${plan.students} of ${formatScientific(plan.teacherPretrainingWhole)})` : ''),
      ],
      ['total', `${formatScientific(plan.flops.total)} FLOPs`],
    ];
  },
  supervisedPlanTitle: (compute) => `Compute-optimal supervised model for ${formatScientific(compute)} FLOPs`,
  supervisedPlanRows: (plan) => [
    ['params', formatCount(plan.params)],
    ['tokens', formatCount(plan.tokens)],
    ['tokens per param', plan.tokensPerParam.toFixed(1)],
    ['loss', `${formatLoss(plan.loss)} nats/token`],
  ],
  distillationPlanTitle: (plan) =>
    `Compute-optimal distillation (${plan.scenario}${plan.students > 1 ? `, ${plan.students} students` : ''}) for ${formatScientific(plan.compute)} FLOPs`,
  coefficientsNote: (p) =>
    p.shippedNote === undefined
      ? `coefficients: ${p.id} (a coefficient-set file)`
      : `coefficients: ${p.id}: ${p.shippedNote}`,
  lawCoefficientsNote: (p) => (p.distil ? `coefficients: ${p.id}: ${p.note}` : `coefficients: ${p.id} (${p.citation})`),
  countingNote: (counting) => `FLOPs: ${COUNTING_NOTE[counting as keyof typeof COUNTING_NOTE] ?? counting}`,
  warningNote: (warning) => `warning: ${warning}`,
  costing: {
    gpuHours: (hours) => [
      'GPU-hours',
      `${formatGpuHours(hours.base, 'en')} (${formatGpuHours(hours.low, 'en')} to ${formatGpuHours(hours.high, 'en')})`,
    ],
    cost: (p) => ['cost', `${formatCostBand(p.cost, p.currency, 'en')} ${EN.phrases.costBand(p.mfu)}`],
    noPrice: (gpu) => ['cost', `no price for ${gpu}: give --price`],
    assumptions: (a) => {
      const price = a.price;
      const where = price.userGiven
        ? price.converted
          ? `your price of ${formatPricePerGpuHour(price.quotedPerGpuHour, price.quoteCurrency, 'en')}, converted at the rate below`
          : 'your own price'
        : `${price.provider} ${price.kind}, ${price.offer}${price.region ? `, ${price.region}` : ''}`;
      const rows: CliRow[] = [
        CLI_EN.costing.gpu(a.gpu),
        CLI_EN.costing.mfu({ band: a.mfu, precision: a.gpu.precision }),
        ['price', `${formatPricePerGpuHour(price.perGpuHour, price.currency, 'en')}: ${where}, as of ${price.asOf}`],
      ];
      if (!price.userGiven) rows.push(['price source', price.sourceUrl ?? price.source]);
      if (price.profile) rows.push(['price set by', profilePriceText(price, 'en')]);
      if (a.currency.code !== 'USD') {
        const whose = a.currency.rateSource === 'workspace' ? 'set for this workspace in DISTILPLAN_RATES, ' : '';
        rows.push([
          'rate',
          `${a.currency.ratePerUsd} ${a.currency.code} per USD (${whose}${a.currency.rateDate}; approximate)`,
        ]);
      }
      return rows;
    },
    gpu: (gpu) => [
      'GPU',
      `${gpu.name} (${gpu.id}), ${gpu.precision} dense peak ${tflops(gpu.peakFlopsPerSecond)} TFLOP/s`,
    ],
    mfu: (p) => ['MFU', `${formatMfuBand(p.band)} of ${p.precision} peak (low/base/high)`],
  },
  ownership: (ownership) => ownershipRows(ownership, 'en'),
  law: {
    supervisedTitle: 'Supervised loss L(N, D)',
    distilTitle: 'Distilled student loss L_S(N_S, D_S, L_T)',
    rows: (p) =>
      p.teacherLoss === undefined
        ? [
            ['params', formatCount(p.params)],
            ['tokens', formatCount(p.tokens)],
            ['loss', `${formatLoss(p.loss)} nats/token`],
            [
              '90% interval',
              EN.phrases.lawInterval({
                ...p.interval,
                low: formatLoss(p.interval.low),
                high: formatLoss(p.interval.high),
              }),
            ],
          ]
        : [
            ['student params', formatCount(p.params)],
            ['tokens', formatCount(p.tokens)],
            ['teacher loss', `${formatLoss(p.teacherLoss)} nats/token`],
            ['student loss', `${formatLoss(p.loss)} nats/token`],
            [
              '90% interval',
              EN.phrases.lawInterval({
                ...p.interval,
                low: formatLoss(p.interval.low),
                high: formatLoss(p.interval.high),
              }),
            ],
            [
              'trained directly',
              `${formatLoss(p.supervisedLoss ?? Number.NaN)} nats/token (same student, same tokens)`,
            ],
          ],
  },
  flops: {
    title: 'FLOPs per token',
    rows: (result) => [
      ['params', formatCount(result.params)],
      ['forward per token', `${formatScientific(result.forwardPerToken, 4)} FLOPs`],
      ['training per token', `${formatScientific(result.trainingPerToken, 4)} FLOPs (3 × forward)`],
      ['6N per token', `${formatScientific(result.sixNPerToken, 4)} FLOPs`],
      [
        'shape',
        `${result.shape.layers.toFixed(1)} layers × ${Math.round(result.shape.width)} wide (buildable: ${result.shape.roundedLayers} × ${result.shape.roundedWidth})`,
      ],
    ],
    counting: (counting) =>
      `counting: ${counting === 'paper' ? 'paper, Eq. 69 (attention with n_ctx 4096 and the 32,768-word output layer included)' : '6N'}`,
  },
  gpus: {
    header: (precisions) => ['id', ...precisions.map((p) => `${p} TFLOP/s`), 'memory', 'aliases'],
    row: (gpu, precisions) => [
      gpu.id,
      ...precisions.map((p) => {
        const peak = gpu.denseFlopsPerSecond[p as keyof typeof gpu.denseFlopsPerSecond];
        return peak === undefined ? '-' : tflops(peak);
      }),
      `${gpu.memoryGB} GB`,
      gpu.aliases.join(' '),
    ],
    sourcesTitle: 'Dense peaks (no 2:4 sparsity). Sources:',
    source: (gpu) =>
      `${gpu.id}: ${gpu.name}; ${gpu.sourceUrl} (read ${gpu.sourceDate}, ${gpu.confidence})${gpu.note ? `. ${gpu.note}` : ''}`,
  },
  prices: {
    none: 'No prices match. Give your own with --price.',
    header: ['id', 'gpu', '$/GPU-hour', 'kind', 'as of', 'default', 'offer'],
    row: (entry) => [
      entry.id,
      entry.gpu,
      quotedPerGpuHour(entry),
      entry.kind,
      entry.asOf,
      entry.isDefault ? 'yes' : '',
      entry.offer,
    ],
    sourcesTitle: 'USD per GPU-hour; instance prices divided by their GPU count. Sources:',
    source: (entry) =>
      `${entry.id}: ${entry.sourceUrl ?? '(no URL)'} (${entry.source}; ${entry.confidence})${entry.note ? `. ${entry.note}` : ''}`,
  },
  fit: {
    title: (p) => `Fitted ${p.law} law to ${p.runs}`,
    held: (p) => `${p.value}  (held: ${p.base})`,
    interval: (p) => `${p.value}  90% ${p.low} – ${p.high}`,
    rows: (fit) => [
      ['runs', String(fit.runs)],
      ['MAPE', fitErrorPercent(fit.mape)],
      ['max error', fitErrorPercent(fit.maxError)],
      ['objective', `${exponential(fit.objective, 3)} (Σ Huber(δ=1e-4) of log residuals)`],
    ],
    intervals: (p) =>
      p.resamples > 0
        ? `intervals: ${p.resamples} bootstrap resamples, seed ${p.seed}`
        : 'intervals: none (--bootstrap 0)',
    written: (out) => `written: ${out} (use it with --preset ${out})`,
  },
  pilot: { simulating: 'simulating' },
  usage: {
    missingOption: (flag) => `required option '${flag}' not specified`,
    optionMissingValue: (flag) => `option '${flag}' argument missing`,
    missingArgument: (name) => `missing required argument '${name}'`,
    unknownOption: (p) => `unknown option '${p.flag}'${p.near ? `\n(Did you mean ${p.near}?)` : ''}`,
    unknownCommand: (p) => `unknown command '${p.name}'${p.near ? `\n(Did you mean ${p.near}?)` : ''}`,
    excessArguments: (p) =>
      `too many arguments${p.command ? ` for '${p.command}'` : ''}. Expected ${p.expected} argument${p.expected === 1 ? '' : 's'} but got ${p.got}.`,
    invalidChoice: (p) =>
      `option '${p.flag}' argument '${p.value}' is invalid. Allowed choices are ${p.choices.join(', ')}.`,
  },
  chartWritten: (path) => `chart written to ${path}`,
};
