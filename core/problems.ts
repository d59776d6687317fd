/**
 * What can be wrong with an input, as data: a stable field id, a problem code
 * with its parameters, and the accepted form with its parameters. Core holds
 * no sentences; each face words these through messages/ (one catalogue per
 * language) and names the field in its own terms (a CLI flag, a Slack key, a
 * Sheets argument). Add a code here and the catalogues fail to type-check
 * until both languages word it.
 */

/** Every input a person can get wrong, on any face. */
export const FIELD_IDS = [
  'params',
  'tokens',
  'studentParams',
  'teacherParams',
  'teacherTokens',
  'teacherLoss',
  'teacher',
  'compute',
  'budget',
  'flops',
  'scenario',
  'students',
  'preset',
  'flopCounting',
  'gpu',
  'gpus',
  'precision',
  'mfu',
  'mfuBand',
  'price',
  'provider',
  'currency',
  'rate',
  'rateDate',
  'servingParams',
  'servingMfu',
  'trainingFlops',
  'servingFlops',
  'tokensPerDay',
  'days',
  /** A deadline for the run (deadline=30d, 30日以内): the GPUs needed to finish within it. */
  'deadline',
  'lang',
  /** The workspace's standing rates, set in the environment (DISTILPLAN_RATES), not typed in a command. */
  'workspaceRates',
  /** Today's date as a face sets it for a deadline said as a date (DISTILPLAN_TODAY fixes the CLI's). */
  'today',
  'subcommand',
  'word',
  'key',
  'compare',
  'bootstrap',
  'seed',
  'fix',
  'runs',
  'setFile',
  'base',
  'out',
  'form',
  'chart',
  'width',
  'height',
  /** A cost profile (--costs FILE, costs=NAME, a Sheets range): what a team adds to the GPU rental. */
  'costs',
  /** The kinds of price a comparison keeps (on-demand, reserved, spot, …). */
  'kinds',
  'pilotShare',
  'noise',
  'worlds',
  /** Sheets ranges given together, named as typed by their arguments (student_params, tokens). */
  'ranges',
] as const;
export type FieldId = (typeof FIELD_IDS)[number];

/** What a coefficient-set file's entry must be. */
export type SetFileRule =
  | 'object'
  | 'format'
  | 'version'
  | 'name'
  | 'note'
  | 'date'
  | 'finite'
  | 'positive'
  | 'non-negative'
  | 'law'
  | 'names'
  | 'samples'
  | 'sample-count'
  | 'count'
  | 'quantity'
  | 'span'
  | 'fitted'
  | 'pair';

/** What a cost profile's entry must be. */
export type CostProfileRule =
  | 'object'
  | 'format'
  | 'version'
  | 'name'
  | 'note'
  | 'currency'
  | 'unknown-field'
  | 'amount'
  | 'negative'
  | 'too-large'
  | 'unit'
  | 'list'
  | 'gpu'
  | 'provider'
  | 'price-rule'
  | 'kind'
  | 'row';

/** A code without parameters. */
type NoParams = Record<never, never>;

/** The parameters of each problem code. Values a person typed are kept as typed (clipped to 40 characters). */
export interface ProblemParams {
  missing: NoParams;
  empty: NoParams;
  'not-finite': NoParams;
  'not-a-number': { value: string };
  'not-a-decimal': { value: string };
  'too-large': NoParams;
  'too-long': NoParams;
  'below-min': { min: number; inclusive: boolean };
  'above-max': { max: number };
  negative: NoParams;
  'boolean-not-number': { value: boolean };
  'date-not-number': NoParams;
  'below-irreducible': { E: number };
  /** A loss given as input that is worse than a uniform guess over the vocabulary (ln vocabularySize nats). */
  'loss-above-uniform': { vocabularySize: number; uniformLoss: number };
  /** The law's answer for these inputs is worse than a uniform guess: extrapolated to nonsense, so no prediction. */
  'no-prediction': { vocabularySize: number; uniformLoss: number };
  'unknown-coefficient-set': { value: string };
  'unknown-scenario': { value: string };
  'unknown-flop-counting': { value: string };
  'unknown-gpu': { value: string };
  'unknown-precision': { value: string };
  'unknown-currency': { value: string };
  'unknown-provider': { value: string };
  'unknown-language': { value: string };
  'not-whole-students': NoParams;
  'no-peak': { precision: string; gpu: string };
  /** `value`: the budget as typed when its symbol set the currency (¥30M), so the question names it. */
  'rate-needed': { currency: string; value?: string };
  'rate-not-one-for-usd': NoParams;
  /** A rate other than 1 with no currency: units of which currency per US dollar? */
  'rate-without-currency': { rate: string };
  /** A bare price while the answer's currency was only inferred (from a ¥ budget): yen or dollars? */
  'price-currency-unclear': { value: string; currency: string };
  /** A DISTILPLAN_RATES entry that is not CODE=RATE@YYYY-MM-DD. */
  'workspace-rate-unreadable': { value: string };
  'workspace-rate-usd': NoParams;
  'workspace-rate-twice': { currency: string };
  'two-currencies': { first: string; second: string };
  'provider-has-no-price': { provider: string; gpu: string };
  'mfu-differs-from-band': { mfu: number; base: number };
  'band-needs-three': NoParams;
  'band-not-ordered': { low: number; base: number; high: number };
  /** This field cannot be given together with `other`. */
  conflicts: { other: FieldId };
  /** This field is needed because `other` was given. */
  'needed-with': { other: FieldId };
  'price-currency-mismatch': { priceCurrency: string; currency: string };
  'no-default-price': { gpu: string };
  'hours-gpu-mismatch': { budgetGpu: string; gpu: string };
  'budget-currency-mismatch': { budgetCurrency: string; currency: string };
  'not-a-budget': { value: string };
  /** A unitless budget such as 50k: money, GPU-hours or FLOPs? */
  'budget-unit-unclear': { value: string };
  'hours-of-what': NoParams;
  'not-compute': NoParams;
  'infeasible-supervised': { compute: number };
  'infeasible-distillation': { compute: number; studentParams: number; scenario: string };
  /** The optimiser's search hit its iteration cap (or a non-finite value) at this budget: no plan is shown. */
  'search-not-converged': NoParams;
  'teacher-needs-tokens-or-loss': NoParams;
  'only-without-teacher': NoParams;
  'no-teacher-with-teacher': NoParams;
  'given-twice': NoParams;
  'teacher-tokens-twice': NoParams;
  'word-without-key': NoParams;
  'not-key-value': NoParams;
  'key-not-for-subcommand': { subcommand: string };
  'unknown-key': { value: string; subcommand: string; near?: string };
  'missing-for-subcommand': { subcommand: string };
  'needs-student': NoParams;
  'compare-count': { count: number; max: number };
  /** The CLI's compare: budgets neither one for all nor one per student. */
  'compare-budgets': { budgets: number; students: number };
  /** Slack's compare: serve= and days= differ between scenarios (the break-even needs one serving plan). */
  'compare-serving-differs': NoParams;
  'unknown-subcommand': { value: string; near?: string };
  'student-twice': { first: string; second: string };
  'not-whole-in-range': { min: number; max: number };
  'more-than-one-at': NoParams;
  'unknown-coefficient-name': { value: string };
  'coefficient-not-of-law': { name: string; law: string };
  'run-not-finite': { row: number; column: string };
  'run-not-positive': { row: number; column: string; isLoss: boolean };
  'too-few-runs': { runs: number; coefficients: number };
  /** Enough runs, but too few with distinct inputs (copies of a run count once). */
  'too-few-design-points': { runs: number; points: number; coefficients: number };
  /** The fit gives an entry no set file can hold (a loss near zero made the MAPE infinite). */
  'fit-not-storable': { entry: string };
  'budget-not-flops': { kind: 'money' | 'gpu-hours' };
  'run-empty': { row: number; column: string };
  'run-not-a-number': { row: number; column: string; value: string };
  'missing-column': { column: string };
  /** A coefficient-set file (`distilplan fit --out`) that does not read: which rule its entry breaks. */
  'file-unreadable': { file: string; reason: string };
  'file-unwritable': { reason: string };
  'not-json': { file: string };
  'teacher-needs-tokens': NoParams;
  'not-whole-pixels': NoParams;
  'unknown-chart-format': { value: string };
  'no-extension': NoParams;
  'not-whole': { value: string };
  'set-file-invalid': { rule: SetFileRule; expected?: string; count?: number };
  /** A sheet's run ranges (FIT_SUPERVISED, FIT_DISTIL) hold different numbers of cells. */
  'ranges-differ-in-size': NoParams;
  /** Two ranges walked together are not the same shape (`second` named by its argument). */
  'range-shapes-differ': { rows: number; columns: number; second: string; secondRows: number; secondColumns: number };
  /** A function giving a row of `results` per input row was given ranges of several columns. */
  'range-several-columns': { results: number };
  /** The computation gave NaN or ±Infinity: no number is shown, never one that would poison a SUM. */
  'result-not-finite': NoParams;
  /** A sheet range given as a coefficient row that is neither 6 nor 15 cells long. */
  'row-length': { count: number };
  /** A preset= that is not a plain set name (a path, `..`, a name every JavaScript object inherits). */
  'not-a-set-name': { value: string };
  /** A coefficient-set file over the size a face reads. */
  'file-too-large': { file: string; maxBytes: number };
  /** A cost profile's entry that breaks `rule` (`list`: the fields or units accepted there). */
  'cost-profile-invalid': { rule: CostProfileRule; list?: readonly string[] };
  /** The profile's amounts are in a currency the answer cannot convert from (only USD converts at the answer's rate). */
  'profile-currency-mismatch': { profileCurrency: string; currency: string };
  'unknown-kind': { value: string };
  'unknown-cost-profile': { value: string };
  /** A FIFO, device or folder where a file was expected: never opened (a FIFO blocks, a device never ends). */
  'not-a-regular-file': { file: string };
  /** A link in the presets folder that leads outside it. */
  'link-out-of-folder': { file: string };
  /** A pilot share or noise level outside (0, max]. */
  'share-out-of-range': { max: number };
  /** The pilot's share buys no pilot whose smallest model is 1M parameters: it needs at least minimumFlops. */
  'pilot-too-small': { minimumFlops: number };
  /** A deadline so short the run would need more than `max` GPUs. */
  'deadline-needs-too-many-gpus': { max: number };
  /** A deadline said as a date (by 2027-03-01) that is today or past: `date` as read, `today` as the face gave it. */
  'deadline-date-past': { date: string; today: string };
  /** Text where a calendar date (YYYY-MM-DD naming a real day) was expected. */
  'not-a-date': { value: string };
}
export type ProblemCode = keyof ProblemParams;
export type Problem = { [C in ProblemCode]: { code: C } & ProblemParams[C] }[ProblemCode];

/** The parameters of each accepted form (what would be valid instead). */
export interface AcceptedParams {
  count: NoParams;
  'count-range': { min: number; max: number; unit: 'parameters' | 'tokens' };
  'flop-count': NoParams;
  'flops-at-least-zero': NoParams;
  budget: NoParams;
  'budget-at-least': { minimumCompute: number };
  'budget-or-compute': NoParams;
  'flops-or-budget': { moneyToBudget: boolean };
  'teacher-loss': { E: number };
  'one-of': { ids: readonly string[] };
  students: NoParams;
  gpu: { ids: readonly string[] };
  'gpu-id': { ids: readonly string[] };
  'precision-for-gpu': { gpu: string; available: readonly string[] };
  /** `codes`: examples from ISO 4217 (all `count` of its active codes are accepted); `words`: symbols and words. */
  currency: { codes: readonly string[]; count: number; words: readonly string[] };
  rate: { currency?: string };
  'currency-with-rate': NoParams;
  date: NoParams;
  mfu: NoParams;
  'mfu-band': NoParams;
  'mfu-or-band': NoParams;
  price: NoParams;
  'price-or-provider': NoParams;
  'price-in-answer-currency': { priceCurrency: string };
  'own-price-or-priced-gpu': { priced: readonly string[] };
  provider: { providers: readonly string[]; priceIds: readonly string[] };
  'providers-for-gpu': { gpu: string; others: readonly string[] };
  'hours-same-gpu': NoParams;
  'gpu-hours': NoParams;
  'gpu-hours-of': { ids: readonly string[] };
  'budget-in': { currency: string; budgetCurrency: string };
  /** The person's own number with each unit, as typed forms: $50k, 50k GPU-hours, 5e4 FLOPs. */
  'budget-with-unit': { value: string; money: string; gpuHours: string; flops: string };
  'currency-for-rate': { rate: string };
  /** The bare price with the answer's currency and with dollars, as typed forms: ¥3, $3. */
  'price-with-currency': { inCurrency: string; inUsd: string };
  'workspace-rates': NoParams;
  'teacher-forms': NoParams;
  'teacher-size': NoParams;
  'teacher-loss-value': NoParams;
  'key-value': NoParams;
  'each-once': NoParams;
  example: { field: FieldId; value: string };
  keys: { keys: readonly string[] };
  'keys-of': { subcommand: string; keys: readonly string[] };
  language: NoParams;
  'flop-counting': NoParams;
  'compare-form': NoParams;
  'compare-budgets': NoParams;
  'compare-students': { value: string };
  'days-count': NoParams;
  /** A duration in days or weeks: 30, 30d, 2 weeks, 30日, 2週間. */
  deadline: NoParams;
  'tokens-per-day': NoParams;
  'nats-value': NoParams;
  'number-or-text': NoParams;
  text: NoParams;
  'resample-count': NoParams;
  seed: NoParams;
  'coefficient-names': { law: string; names: readonly string[] };
  'run-count': NoParams;
  'run-loss': NoParams;
  'runs-per-coefficient': NoParams;
  'teacher-spec': NoParams;
  'sheet-compute': { budgetHint: boolean };
  'sheet-teacher': NoParams;
  'sheet-teacher-loss': NoParams;
  'csv-header': { columns: readonly string[] };
  'coefficient-set': { ids: readonly string[] };
  'csv-file': NoParams;
  'writable-path': NoParams;
  'whole-number': NoParams;
  'gpu-count': NoParams;
  pixels: { min: number; max: number };
  'chart-file': NoParams;
  'form-fields': NoParams;
  'teacher-with-tokens': NoParams;
  'set-file': { rule: SetFileRule; list?: readonly string[] };
  'same-size-ranges': { ranges: readonly string[] };
  /** Ranges walked together: each the same rows × columns, or a single value repeated for every row. */
  'same-shape-ranges': { ranges: readonly string[] };
  'single-column': { results: number };
  /** Inputs inside the law's fitted range, where every figure is a finite number. */
  'inputs-in-range': NoParams;
  'coefficient-row': { supervised: readonly string[]; distillation: readonly string[] };
  /** A set by name: a shipped id, or a file in the folder a face reads sets from (`folder` false: none is set). */
  'preset-name': { ids: readonly string[]; names: readonly string[]; folder: boolean };
  'cost-profile': { rule: CostProfileRule; list?: readonly string[] };
  /** The answer in the profile's currency (with a rate), or a profile in USD or in the answer's currency. */
  'profile-currency': { profileCurrency: string };
  'price-kinds': { kinds: readonly string[] };
  /** A cost profile by name: a file in the folder DISTILPLAN_COSTS_DIR names (`folder` false: none is set). */
  'cost-profile-name': { names: readonly string[]; folder: boolean };
  /** A share of the budget for the pilot: 5%, 0.05. */
  'pilot-share': { max: number };
  /** Run-to-run noise of a loss: 0.5%, 0.005. */
  'pilot-noise': { max: number };
}
export type AcceptedCode = keyof AcceptedParams;
export type Accepted = { [C in AcceptedCode]: { form: C } & AcceptedParams[C] }[AcceptedCode];

/** Clips what a person typed before it is echoed in a message. */
export function clipTyped(text: string, length = 40): string {
  return text.length > length ? `${text.slice(0, length - 3)}...` : text;
}
