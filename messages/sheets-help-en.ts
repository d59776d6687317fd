/** The Sheets custom functions' help in English (see sheets-help.ts). */
import type { SheetsHelp } from './sheets-help-words.js';

const RANGE_NOTE = 'A value or a column range.';
const PARAMS_NOTE = 'non-embedding parameters, as a number or text such as 1.5B, 7e9 or 7,000,000,000.';
const RUNS_NOTE = 'A column range, one run per row (blank rows skipped).';
const PRESET =
  "Coefficient set: busbridge2025-corrected (default, blank) or busbridge2025 (Table 6 as printed), or a range holding a row of 6 coefficients (FIT_SUPERVISED's) or 15 (supervised then distillation).";
const FIXED =
  'Coefficients held at the default set\'s values, comma-separated, e.g. "A,alpha,gamma" (A\' may be written Ad). Blank: fit them all.';
const FLOPS = `FLOPs as a number such as 1e22, or text such as "1e22 FLOPs" or "3 PF-days". ${RANGE_NOTE}`;
const GPU = 'GPU id such as h100, a100, h200, b200, tpu-v5p.';
const PROVIDER_OR_PRICE =
  'A price source such as aws, lambda (default: the GPU\'s reference price), or your own price per GPU-hour: a number in the currency, or text such as "¥450".';
const MFU = 'Model FLOPs utilisation, a fraction or percentage (default 40%).';
const CURRENCY = 'ISO code such as USD (default), JPY, EUR, or a symbol such as ¥ or 円.';
const RATE = 'Units of the currency per 1 USD, e.g. 150 for JPY (needed for a currency other than USD).';
const STUDENTS_SHARING = "Students sharing one teacher's pretraining (default 1).";

/** DISTIL_OR_TRAIN's, DISTIL_NOTES's and PILOT_PLAN's question. */
const DECISION = {
  student_params: `Student ${PARAMS_NOTE} ${RANGE_NOTE}`,
  compute: `Budget in FLOPs for this student, e.g. 1e22 or BUDGET_FLOPS of a money budget. ${RANGE_NOTE}`,
  teacher_loss: 'Loss of an existing teacher in nats/token; blank: no teacher yet, one is trained.',
  teacher_params:
    'Parameters of that existing teacher (needed with teacher_loss), or size@tokens such as 8B@15T with teacher_loss blank.',
  students: 'Without a teacher: students sharing the new teacher (default 1).',
};

export const SHEETS_HELP_EN: SheetsHelp = {
  optional: '(optional)',
  example: 'Example:',
  functions: {
    DISTIL_LOSS: {
      description:
        'Predicted cross-entropy (nats/token) of a student distilled from a teacher of the given loss (Busbridge et al. 2025, Eq. 8).',
      params: {
        student_params: `Student ${PARAMS_NOTE} ${RANGE_NOTE}`,
        tokens: `Distillation tokens the student sees, e.g. 20B. ${RANGE_NOTE}`,
        teacher_loss: `Teacher cross-entropy in nats/token, above 1.22, e.g. 1.9. ${RANGE_NOTE}`,
        preset: PRESET,
      },
      returns: 'The student loss in nats/token; a column for a column.',
    },
    SUPERVISED_LOSS: {
      description:
        'Predicted cross-entropy (nats/token) of a model trained directly on data (Busbridge et al. 2025, Eq. 1).',
      params: {
        params: `Model ${PARAMS_NOTE} ${RANGE_NOTE}`,
        tokens: `Training tokens, e.g. 20B. ${RANGE_NOTE}`,
        preset: PRESET,
      },
      returns: 'The loss in nats/token; a column for a column.',
    },
    FORWARD_FLOPS: {
      description:
        "Forward FLOPs per token F(N) of a model with the paper's shape (Eq. 69, context 4096, vocabulary 32768).",
      params: { params: `Model ${PARAMS_NOTE} ${RANGE_NOTE}` },
      returns: 'FLOPs per token for one forward pass.',
    },
    TRAINING_FLOPS: {
      description: 'FLOPs to train a model on a number of tokens: 3·F(N)·D.',
      params: { params: `Model ${PARAMS_NOTE} ${RANGE_NOTE}`, tokens: `Training tokens, e.g. 2T. ${RANGE_NOTE}` },
      returns: 'Training FLOPs.',
    },
    OPTIMAL_SUPERVISED: {
      description: 'Compute-optimal model for a training budget: the size and tokens that minimise the loss.',
      params: {
        compute: `Budget in FLOPs: 1e21, "1e21 FLOPs" or "3 PF-days" (money: see BUDGET_FLOPS). ${RANGE_NOTE}`,
      },
      returns: 'A row of 3 cells: params, tokens, loss (nats/token); one row per budget.',
    },
    OPTIMAL_DISTIL: {
      description:
        'Compute-optimal distillation of a student of a given size on a budget: the teacher and token split that minimise the student loss.',
      params: {
        student_params: `Student ${PARAMS_NOTE} ${RANGE_NOTE}`,
        compute: `Total budget in FLOPs, e.g. 1e22 or "1e22 FLOPs". ${RANGE_NOTE}`,
        scenario:
          'What the budget pays for: best-case, teacher-inference, teacher-pretraining or pretraining-and-inference (default, blank); short names best, inference, pretraining, both.',
        students: STUDENTS_SHARING,
      },
      returns:
        'A row of 5 cells: student loss, student tokens, teacher params, teacher tokens, teacher loss; one row per input row.',
    },
    DISTIL_OR_TRAIN: {
      description:
        'Distil or train directly? The verdict for a student and budget, given an existing teacher (loss and size) or none (a teacher is trained for it).',
      params: DECISION,
      returns:
        'A row of 4 cells: the call to act on (distil, train, close-call or outside-evidence), the distilled loss, the directly trained loss, and the law\'s bare verdict ("distil" or "train").',
    },
    DISTIL_NOTES: {
      description:
        "Why: the decision's warnings for DISTIL_OR_TRAIN's question (extrapolation, close call, capacity gap…), as one text cell.",
      params: DECISION,
      returns: 'The warnings joined into one text; empty when there are none.',
    },
    FLIP_COMPUTE: {
      description:
        'The budget in FLOPs at which compute-optimal distillation and direct training of this student cross (the first crossing in 1e17 to 1e28).',
      params: {
        student_params: `Student ${PARAMS_NOTE} ${RANGE_NOTE}`,
        scenario:
          'best-case (default, blank), teacher-inference, teacher-pretraining or pretraining-and-inference (or best, inference, pretraining, both).',
        students: STUDENTS_SHARING,
      },
      returns: 'FLOPs; the text "none" when the verdict does not change between 1e17 and 1e28 FLOPs.',
    },
    GPU_HOURS: {
      description: 'GPU-hours to run a number of FLOPs on a GPU at a utilisation (dense peak × MFU).',
      params: { flops: FLOPS, gpu: GPU, mfu: MFU },
      returns: 'GPU-hours.',
    },
    TRAINING_COST: {
      description:
        'Money to run a number of FLOPs at a dated provider price, as a number in the currency (format the cell as currency; SUM adds it up).',
      params: {
        flops: FLOPS,
        gpu: GPU,
        provider_or_price: PROVIDER_OR_PRICE,
        mfu: MFU,
        currency: CURRENCY,
        rate: RATE,
      },
      returns: 'The cost in the currency, unrounded.',
    },
    BUDGET_FLOPS: {
      description:
        'The FLOPs a budget buys on a GPU at a price and MFU: what to give the planning functions as compute.',
      params: {
        budget:
          'Money as a number in the currency (a currency-formatted cell), or text with its unit: "$200k", "¥30M", "300万円", "500 GPU-hours", "3 PF-days", "1e21 FLOPs". A value or a column range.',
        gpu: GPU,
        provider_or_price: PROVIDER_OR_PRICE,
        mfu: MFU,
        currency: CURRENCY,
        rate: RATE,
      },
      returns: 'FLOPs at the base MFU, unrounded (equal to distilplan cost --budget … --json).',
    },
    GPU_PRICE: {
      description: 'The price a cost uses for a GPU: per GPU-hour in the currency, with its currency, date and kind.',
      params: {
        gpu: GPU,
        provider: "Price source such as aws, lambda (default: the GPU's reference price).",
        currency: CURRENCY,
        rate: RATE,
      },
      returns: 'A row of 4 cells: price per GPU-hour, currency, as-of date, "provider kind" (e.g. "lambda on-demand").',
    },
    FIT_SUPERVISED: {
      description:
        "Fit the supervised law to your own runs, the paper's way (Huber loss on log residuals, bounded quasi-Newton from the paper's grid); coefficients not fitted stay at the default set's.",
      params: {
        params: `Each run's ${PARAMS_NOTE} ${RUNS_NOTE}`,
        tokens: `Each run's training tokens. ${RUNS_NOTE}`,
        losses: `Each run's validation loss in nats/token. ${RUNS_NOTE}`,
        fixed: FIXED,
      },
      returns: 'A row of 6 cells: E, A, B, alpha, beta, gamma (give it to SUPERVISED_LOSS or DISTIL_LOSS as preset).',
    },
    FIT_DISTIL: {
      description:
        "Fit the distillation law to your own distillation runs (the supervised law from the default set gives each student's L̃_S).",
      params: {
        student_params: `Each student's ${PARAMS_NOTE} ${RUNS_NOTE}`,
        student_tokens: `Each student's distillation tokens. ${RUNS_NOTE}`,
        teacher_losses: `Each teacher's loss in nats/token. ${RUNS_NOTE}`,
        student_losses: `Each student's loss in nats/token. ${RUNS_NOTE}`,
        fixed: FIXED,
      },
      returns: "A row of 9 cells: A', B', alpha', beta', gamma', c0, c1, f1, d1.",
    },
    COST_SCENARIOS: {
      description:
        'One run on every offer of the price table, cheapest first: price, GPU-hours, cost with its MFU band, days on the GPUs each offer rents (8 a node unless the offer says otherwise) and the saving against the cheapest on-demand offer for the same GPU.',
      params: {
        flops: FLOPS,
        gpus: 'Only these GPUs: "h100,b200" or a range of GPU ids (default, blank: every GPU).',
        kinds: 'Only these kinds of price: "on-demand,reserved,spot", marketplace, reference (blank: all).',
        currency: CURRENCY,
        rate: RATE,
        costs:
          'A cost profile as a two-column range of labels and values, the fields of a cost-profile file: failureRestart.amount 10, failureRestart.unit percent-of-training-time, prices[0].provider aws, prices[0].discount.amount 30, prices[0].discount.unit percent… (amounts in the currency).',
      },
      returns:
        'A table with a header row, one row per offer (spilled): offer, kind, GPU, peak TFLOP/s, price per GPU-hour, as of, GPU-hours, cost at high, base and low MFU, days, GPUs, saving against on-demand and that offer; with a cost profile, the total cost of ownership.',
    },
    PILOT_PLAN: {
      description:
        "The pilot that would settle DISTIL_OR_TRAIN's question: small supervised runs and distillation runs from a small teacher within a share of the budget (the same design as distilplan pilot). How often it settles the call: distilplan pilot.",
      params: {
        ...DECISION,
        pilot_share: 'Share of the budget the pilot may spend, e.g. 5% (default) or 0.05; at most 50%.',
        lang: 'en (default) or ja: the language of the header and the kinds.',
      },
      returns:
        'A header row, then one row per run: run number, kind (supervised, or distilled from run N), parameters, tokens, FLOPs.',
    },
  },
};
