/**
 * Every problem code, accepted form and warning code has an English and a
 * Japanese entry, and the Japanese one is Japanese: it renders with Japanese
 * script and no English sentence (three Latin words in a row; product ids
 * such as GPU, provider and scenario ids are allowed). The sample tables are
 * typed as complete maps, so a new code fails to compile here until it has a
 * sample, and fails this test until both catalogues word it.
 */
import { describe, expect, it } from 'vitest';
import {
  type AcceptedCode,
  type AcceptedParams,
  FIELD_IDS,
  GPU_IDS,
  InputError,
  PRICES,
  PROVIDERS,
  type ProblemCode,
  type ProblemParams,
  SCENARIO_IDS,
  type Warning,
  type WarningCode,
  type WarningParams,
} from '../../core/index.js';
import {
  CATALOGUES,
  CLI_FLAGS,
  type Face,
  renderError,
  renderWarning,
  SHEETS_ARGS,
  SLACK_KEYS,
} from '../../messages/index.js';
import { expectJapanese } from '../helpers/japanese.js';

const PROBLEMS: { [C in ProblemCode]: ProblemParams[C] } = {
  missing: {},
  empty: {},
  'not-finite': {},
  'not-a-number': { value: '1.5X' },
  'not-a-decimal': { value: 'abc' },
  'too-large': {},
  'too-long': {},
  'below-min': { min: 1e6, inclusive: true },
  'above-max': { max: 1 },
  negative: {},
  'boolean-not-number': { value: true },
  'date-not-number': {},
  'below-irreducible': { E: 1.22 },
  'loss-above-uniform': { vocabularySize: 32768, uniformLoss: Math.log(32768) },
  'no-prediction': { vocabularySize: 32768, uniformLoss: Math.log(32768) },
  'unknown-coefficient-set': { value: 'chinchilla' },
  'unknown-scenario': { value: 'foo' },
  'unknown-flop-counting': { value: '7N' },
  'unknown-gpu': { value: 'h900' },
  'unknown-precision': { value: 'fp4' },
  'unknown-currency': { value: 'JPYY' },
  'unknown-provider': { value: 'acme' },
  'unknown-language': { value: 'fr' },
  'not-whole-students': {},
  'no-peak': { precision: 'fp8', gpu: 'a100' },
  'rate-needed': { currency: 'JPY', value: '¥30M' },
  'rate-not-one-for-usd': {},
  'two-currencies': { first: '$', second: 'JPY' },
  'provider-has-no-price': { provider: 'aws', gpu: 'b200' },
  'mfu-differs-from-band': { mfu: 0.5, base: 0.4 },
  'band-needs-three': {},
  'band-not-ordered': { low: 0.5, base: 0.4, high: 0.3 },
  conflicts: { other: 'provider' },
  'needed-with': { other: 'teacherLoss' },
  'price-currency-mismatch': { priceCurrency: 'EUR', currency: 'JPY' },
  'no-default-price': { gpu: 'l4' },
  'hours-gpu-mismatch': { budgetGpu: 'a100', gpu: 'h100' },
  'budget-currency-mismatch': { budgetCurrency: 'EUR', currency: 'JPY' },
  'not-a-budget': { value: '$abc' },
  'budget-unit-unclear': { value: '50k' },
  'rate-without-currency': { rate: '150' },
  'price-currency-unclear': { value: '3', currency: 'JPY' },
  'workspace-rate-unreadable': { value: 'JPY=150' },
  'workspace-rate-usd': {},
  'workspace-rate-twice': { currency: 'JPY' },
  'hours-of-what': {},
  'not-compute': {},
  'infeasible-supervised': { compute: 1e10 },
  'infeasible-distillation': { compute: 1e17, studentParams: 1e11, scenario: 'teacher-inference' },
  'search-not-converged': {},
  'teacher-needs-tokens-or-loss': {},
  'only-without-teacher': {},
  'no-teacher-with-teacher': {},
  'given-twice': {},
  'teacher-tokens-twice': {},
  'word-without-key': {},
  'not-key-value': {},
  'key-not-for-subcommand': { subcommand: 'plan' },
  'unknown-key': { value: 'studnet', subcommand: 'decide', near: 'student' },
  'missing-for-subcommand': { subcommand: 'decide' },
  'needs-student': {},
  'compare-count': { count: 1, max: 4 },
  'compare-budgets': { budgets: 3, students: 2 },
  'compare-serving-differs': {},
  'unknown-subcommand': { value: 'decid', near: 'decide' },
  'student-twice': { first: '1B', second: '3B' },
  'not-whole-in-range': { min: 0, max: 10000 },
  'more-than-one-at': {},
  'unknown-coefficient-name': { value: 'Q' },
  'coefficient-not-of-law': { name: 'E', law: 'distillation' },
  'run-not-finite': { row: 3, column: 'loss' },
  'run-not-positive': { row: 3, column: 'tokens', isLoss: false },
  'too-few-runs': { runs: 2, coefficients: 6 },
  'too-few-design-points': { runs: 1000, points: 1, coefficients: 2 },
  'fit-not-storable': { entry: 'fit.quality.mape' },
  'budget-not-flops': { kind: 'money' },
  'run-empty': { row: 3, column: 'loss' },
  'run-not-a-number': { row: 3, column: 'loss', value: 'abc' },
  'missing-column': { column: 'loss' },
  'file-unreadable': { file: 'runs.csv', reason: 'ENOENT' },
  'file-unwritable': { reason: 'EACCES' },
  'not-json': { file: 'set.json' },
  'not-whole': { value: '1.5' },
  'set-file-invalid': { rule: 'law' },
  'ranges-differ-in-size': {},
  'range-shapes-differ': { rows: 2, columns: 1, second: 'tokens', secondRows: 3, secondColumns: 1 },
  'range-several-columns': { results: 3 },
  'result-not-finite': {},
  'row-length': { count: 3 },
  'not-a-set-name': { value: '../pilot' },
  'file-too-large': { file: 'pilot.json', maxBytes: 4 * 1024 * 1024 },
  'cost-profile-invalid': { rule: 'unit', list: ['percent-of-training-time', 'fraction-of-training-time'] },
  'profile-currency-mismatch': { profileCurrency: 'EUR', currency: 'USD' },
  'unknown-kind': { value: 'cheap' },
  'unknown-cost-profile': { value: 'finance' },
  'not-a-regular-file': { file: 'pilot.json' },
  'link-out-of-folder': { file: 'pilot.json' },
  'share-out-of-range': { max: 0.5 },
  'pilot-too-small': { minimumFlops: 2.4e17 },
  'deadline-needs-too-many-gpus': { max: 1e7 },
  'deadline-date-past': { date: '2026-12-01', today: '2026-12-05' },
  'not-a-date': { value: '2026-02-30' },
  'teacher-needs-tokens': {},
  'not-whole-pixels': {},
  'unknown-chart-format': { value: '.gif' },
  'no-extension': {},
};

const ACCEPTED: { [C in AcceptedCode]: AcceptedParams[C] } = {
  count: {},
  'count-range': { min: 1e6, max: 1e15, unit: 'parameters' },
  'flop-count': {},
  'flops-at-least-zero': {},
  budget: {},
  'budget-at-least': { minimumCompute: 6.4e17 },
  'budget-or-compute': {},
  'flops-or-budget': { moneyToBudget: true },
  'teacher-loss': { E: 1.22 },
  'one-of': { ids: SCENARIO_IDS },
  students: {},
  gpu: { ids: GPU_IDS },
  'gpu-id': { ids: GPU_IDS },
  'precision-for-gpu': { gpu: 'a100', available: ['bf16', 'fp16'] },
  currency: { codes: ['USD', 'JPY'], count: 157, words: ['yen', '円'] },
  rate: { currency: 'JPY' },
  'currency-with-rate': {},
  date: {},
  mfu: {},
  'mfu-band': {},
  'mfu-or-band': {},
  price: {},
  'price-or-provider': {},
  'price-in-answer-currency': { priceCurrency: 'EUR' },
  'own-price-or-priced-gpu': { priced: ['h100-sxm', 'a100-80gb'] },
  provider: { providers: PROVIDERS, priceIds: PRICES.map((entry) => entry.id) },
  'providers-for-gpu': { gpu: 'b200', others: ['lambda'] },
  'hours-same-gpu': {},
  'gpu-hours': {},
  'gpu-hours-of': { ids: GPU_IDS },
  'budget-in': { currency: 'JPY', budgetCurrency: 'EUR' },
  'budget-with-unit': { value: '50k', money: '$50k', gpuHours: '50k GPU-hours', flops: '5e4 FLOPs' },
  'currency-for-rate': { rate: '150' },
  'price-with-currency': { inCurrency: '¥3', inUsd: '$3' },
  'workspace-rates': {},
  'teacher-forms': {},
  'teacher-size': {},
  'teacher-loss-value': {},
  'key-value': {},
  'each-once': {},
  example: { field: 'studentParams', value: '1B' },
  keys: { keys: ['student', 'budget'] },
  'keys-of': { subcommand: 'plan', keys: ['student', 'budget'] },
  language: {},
  'flop-counting': {},
  'compare-form': {},
  'compare-budgets': {},
  'compare-students': { value: '3B' },
  'days-count': {},
  deadline: {},
  'tokens-per-day': {},
  'nats-value': {},
  'number-or-text': {},
  text: {},
  'resample-count': {},
  seed: {},
  'coefficient-names': { law: 'supervised', names: ['E', 'A', 'B'] },
  'run-count': {},
  'run-loss': {},
  'runs-per-coefficient': {},
  'teacher-spec': {},
  'sheet-compute': { budgetHint: true },
  'sheet-teacher': {},
  'sheet-teacher-loss': {},
  'csv-header': { columns: ['params', 'tokens', 'loss'] },
  'coefficient-set': { ids: ['busbridge2025', 'busbridge2025-corrected'] },
  'csv-file': {},
  'writable-path': {},
  'whole-number': {},
  'set-file': { rule: 'date' },
  'same-size-ranges': { ranges: ['params', 'tokens', 'losses'] },
  'same-shape-ranges': { ranges: ['student_params', 'tokens'] },
  'single-column': { results: 3 },
  'inputs-in-range': {},
  'coefficient-row': { supervised: ['E', 'A', 'B', 'alpha', 'beta', 'gamma'], distillation: ["A'", "B'", 'c0'] },
  'preset-name': { ids: ['busbridge2025-corrected', 'busbridge2025'], names: ['pilot'], folder: true },
  'cost-profile': { rule: 'unit', list: ['per-token', 'per-million-tokens'] },
  'profile-currency': { profileCurrency: 'EUR' },
  'price-kinds': { kinds: ['on-demand', 'reserved', 'spot'] },
  'cost-profile-name': { names: ['finance'], folder: true },
  'pilot-share': { max: 0.5 },
  'pilot-noise': { max: 0.1 },
  'gpu-count': {},
  'form-fields': {},
  'teacher-with-tokens': {},
  pixels: { min: 200, max: 4000 },
  'chart-file': {},
};

const WARNINGS: { [C in WarningCode]: WarningParams[C] } = {
  extrapolation: { quantity: 'studentTokens', value: 3e12, low: 3.7e9, high: 5.15e11 },
  'student-beats-teacher': { supervisedLoss: 2.1, teacherLoss: 2.2 },
  'teacher-loss-unreachable': { teacherParams: 1e9, bestLoss: 2.0788, teacherLoss: 1.5 },
  'close-call': { margin: -0.0162, share: 0.42, samples: 200 },
  'unused-compute': { unusedCompute: 3e20 },
  'unidentified-coefficients': { names: ["A'", "B'", 'c1'], fix: "A',B',c1" },
  'capacity-gap': {
    betterTeacherLoss: 2.3,
    betterLoss: 2.5,
    loss: 2.6,
    weaker: { kind: 'checkpoint', teacherParams: 1e11, tokens: 2e10 },
  },
};

const FACES: Face[] = ['cli', 'slack', 'sheets'];

describe('the catalogues', () => {
  it('word every problem code in both languages, on every face; the Japanese is Japanese', () => {
    for (const code of Object.keys(PROBLEMS) as ProblemCode[]) {
      const error = new InputError('studentParams', { code, ...PROBLEMS[code] } as InputError['problem'], {
        form: 'count',
      });
      for (const face of FACES) {
        const en = renderError(error, 'en', face);
        const ja = renderError(error, 'ja', face);
        expect(en.predicate.trim(), `${code} en`).not.toBe('');
        expect(ja.predicate, `${code} ja`).not.toBe(en.predicate);
        expectJapanese(ja.full, `${code} ja on ${face}: ${ja.full}`);
      }
    }
  });

  it('word every accepted form in both languages', () => {
    for (const form of Object.keys(ACCEPTED) as AcceptedCode[]) {
      const error = new InputError('budget', { code: 'missing' }, {
        form,
        ...ACCEPTED[form],
      } as InputError['accepted']);
      for (const face of FACES) {
        const en = renderError(error, 'en', face).accepted;
        const ja = renderError(error, 'ja', face).accepted;
        expect(en, form).not.toBe('');
        // Forms that are only examples to copy (key=value words, ids) may read the same in both.
        if (!['example', 'keys', 'compare-form', 'compare-students', 'one-of', 'csv-header'].includes(form))
          expectJapanese(ja, `${form} on ${face}: ${ja}`);
      }
    }
  });

  it('word every warning code in both languages', () => {
    for (const code of Object.keys(WARNINGS) as WarningCode[]) {
      const warning = { code, ...WARNINGS[code] } as Warning;
      expect(renderWarning(warning, 'en')).toMatch(/[a-z]{3}/);
      expectJapanese(renderWarning(warning, 'ja'), `${code}: ${renderWarning(warning, 'ja')}`);
    }
  });

  it('have exactly the same entries in English and Japanese', () => {
    for (const part of ['problems', 'accepted', 'warnings'] as const)
      expect(Object.keys(CATALOGUES.ja[part]).sort()).toEqual(Object.keys(CATALOGUES.en[part]).sort());
    expect(Object.keys(CATALOGUES.en.problems).sort()).toEqual(Object.keys(PROBLEMS).sort());
    expect(Object.keys(CATALOGUES.en.accepted).sort()).toEqual(Object.keys(ACCEPTED).sort());
  });

  it('name every field on every face: a CLI flag, a Slack key, a Sheets argument', () => {
    for (const field of FIELD_IDS) {
      // An environment variable (DISTILPLAN_RATES) is named the same on every face.
      const env = /^DISTILPLAN_[A-Z]+$/;
      if (env.test(CLI_FLAGS[field])) {
        expect([SLACK_KEYS[field], SHEETS_ARGS[field]], field).toEqual([CLI_FLAGS[field], CLI_FLAGS[field]]);
        continue;
      }
      expect(CLI_FLAGS[field], field).toMatch(/^(--[a-z-]+|command|argument|option|compare|form)$/);
      expect(SLACK_KEYS[field], field).toMatch(/^[a-z-]+$/);
      expect(SHEETS_ARGS[field], field).toMatch(/^[a-z_]+$/);
      expect(SHEETS_ARGS[field], `${field}: a cell never names a CLI flag`).not.toMatch(/^--/);
    }
  });
});

describe('the extrapolation warning in Japanese', () => {
  it('puts the unit inside the range it belongs to: "〜5150億 トークン", "77.5億 パラメータ以下"', () => {
    const tokens = renderWarning({ code: 'extrapolation', ...WARNINGS.extrapolation }, 'ja');
    expect(tokens).toContain('（37億〜5150億 トークン）');
    const below = renderWarning(
      { code: 'extrapolation', quantity: 'studentParams', value: 1e10, low: 0, high: 7.75e9 },
      'ja',
    );
    expect(below).toContain('（77.5億 パラメータ以下）');
  });
});
