/**
 * Coefficient-set files: one versioned JSON format for a fitted set (or any
 * set a team writes by hand). It holds both laws' coefficients, what was
 * fitted and what held (and from which base), the runs' count and ranges
 * (keyed like the evidence policy's fitted ranges), fit quality, the date and
 * the bootstrap samples. Reading checks every field and names the one that is
 * wrong; it never guesses.
 */
import type { CoefficientSet, DistillationCoefficients, SupervisedCoefficients } from '../coefficients.js';
import { type FieldId, InputError, inputError, type SetFileRule } from '../errors.js';

/** An entry of the file that breaks `rule`; `path` is the file's label and the entry inside it. */
function invalid(
  path: string,
  rule: SetFileRule,
  detail: { expected?: string; count?: number; list?: readonly string[] } = {},
): InputError {
  const { list, ...params } = detail;
  return new InputError(
    'setFile',
    { code: 'set-file-invalid', rule, ...params },
    { form: 'set-file', rule, ...(list ? { list } : {}) },
    { typed: path },
  );
}

import { preparePlausibleLaws } from '../plausible.js';
import { type BootstrapFit, MAX_RESAMPLES } from './bootstrap.js';
import { distillationKey, type FitRuns } from './fit.js';
import { type CoefficientName, DISTILLATION_NAMES, SUPERVISED_NAMES } from './models.js';
import type { FittedSpan, RunQuantity, SetFit } from './set-fit.js';

export type { FittedSpan, RunQuantity, SetFit };

export const SET_FILE_FORMAT = 'distilplan-coefficient-set';
/**
 * Largest set file any face reads. A fit's file is small: 200 bootstrap samples
 * of 9 coefficients are ~40 KB, and MAX_RESAMPLES make ~2 MB; 4 MiB holds any
 * file `fit` writes and stops a stray large file (or /dev/zero) from being read.
 */
export const MAX_SET_FILE_BYTES = 4 * 1024 * 1024;
export const SET_FILE_VERSION = 1;

export interface CoefficientSetFile {
  format: typeof SET_FILE_FORMAT;
  version: typeof SET_FILE_VERSION;
  name: string;
  note: string;
  /** ISO date (YYYY-MM-DD) of the fit. */
  created: string;
  supervised: SupervisedCoefficients;
  /** Keys without primes (A is A′, …): the block already says which law. */
  distillation: DistillationCoefficients;
  fit: SetFit | null;
}

/**
 * The file a fit writes, read back by the reader every face uses before it is
 * written: a fit whose numbers no set file can hold is refused, naming the
 * entry, and nothing is written. (Runs with near-zero losses made the MAPE
 * Infinity, which JSON writes as null, and the tool then refused its own file.)
 */
export function storableSetFile(
  fit: BootstrapFit,
  base: CoefficientSet,
  runs: RunsSummary,
  name: string,
  created: string,
): CoefficientSetFile {
  const file = setFileOf(fit, base, runs, name, created);
  const label = 'fit';
  try {
    readSetFile(JSON.parse(JSON.stringify(file)), label);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const entry = (error.typed ?? '').replace(`${label}: `, '').slice(0, 40);
    throw new InputError('runs', { code: 'fit-not-storable', entry }, { form: 'run-loss' });
  }
  return file;
}

/** A set as faces use it, with the file's date when it has one. */
export interface FittedSet extends CoefficientSet {
  created?: string;
}

export interface RunsSummary {
  count: number;
  ranges: SetFit['runs']['ranges'];
}

/** The file a fit writes: base set + fit + runs summary + the date the face supplies (core has no clock). */
export function setFileOf(
  fit: BootstrapFit,
  base: CoefficientSet,
  runs: RunsSummary,
  name: string,
  created: string,
): CoefficientSetFile {
  return {
    format: SET_FILE_FORMAT,
    version: SET_FILE_VERSION,
    name,
    note: `${fit.law} coefficients ${fit.fitted.join(', ') || '(none)'} fitted to ${runs.count} runs; the rest from ${base.id}`,
    created,
    supervised: fit.set.supervised,
    distillation: fit.set.distillation,
    fit: {
      law: fit.law,
      base: base.id,
      fitted: fit.fitted,
      fixed: fit.fixed,
      runs,
      quality: { mape: fit.mape, maxError: fit.maxError, objective: fit.objective },
      intervals: fit.intervals,
      bootstrap: { resamples: fit.resamples, seed: fit.seed, samples: fit.samples },
      unidentified: fit.unidentified,
    },
  };
}

/** The set a file describes; `label` (the path or name the user gave) prefixes every error's field. */
export function readSetFile(json: unknown, label: string): FittedSet {
  const file = record(json, label, '');
  const format = own(file, 'format');
  if (format !== SET_FILE_FORMAT) throw invalid(`${label}: format`, 'format', { expected: SET_FILE_FORMAT });
  if (own(file, 'version') !== SET_FILE_VERSION)
    throw invalid(`${label}: version`, 'version', { expected: String(SET_FILE_VERSION) });
  const name = text(file, 'name', label);
  const supervised = coefficients(file, 'supervised', SUPERVISED_KEYS, label) as unknown as SupervisedCoefficients;
  const distillation = coefficients(
    file,
    'distillation',
    DISTILLATION_KEYS,
    label,
  ) as unknown as DistillationCoefficients;
  const fitValue = own(file, 'fit');
  const set: FittedSet = {
    id: name,
    citation: `coefficient-set file ${label}`,
    note: note(file, label),
    supervised,
    distillation,
  };
  if (hasOwn(file, 'created')) set.created = date(file, label);
  if (fitValue !== null && fitValue !== undefined) set.fit = readFit(fitValue, label);
  // Prepared once here: the plausible laws travel with the set object every later question uses.
  set.plausible = preparePlausibleLaws(set);
  return set;
}

export { MAX_DECISION_SAMPLES, sampledSets } from './samples.js';

const SUPERVISED_KEYS = SUPERVISED_NAMES;
const DISTILLATION_KEYS = DISTILLATION_NAMES.map(distillationKey);
/** Coefficients that scale or break a law: must be > 0 (the others ≥ 0, c0 any finite number). */
const POSITIVE = new Set(['E', 'A', 'B', 'f1', 'd1']);

const hasOwn = (object: object, key: string): boolean => Object.hasOwn(object, key);
const own = (object: Record<string, unknown>, key: string): unknown => (hasOwn(object, key) ? object[key] : undefined);

function record(value: unknown, label: string, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalid(path ? `${label}: ${path}` : label, 'object');
  return value as Record<string, unknown>;
}

function text(object: Record<string, unknown>, key: string, label: string): string {
  const value = own(object, key);
  if (typeof value !== 'string' || value.trim() === '' || value.length > 200) throw invalid(`${label}: ${key}`, 'name');
  return value;
}

function note(object: Record<string, unknown>, label: string): string {
  const value = own(object, 'note') ?? '';
  if (typeof value !== 'string' || value.length > 1000) throw invalid(`${label}: note`, 'note');
  return value;
}

function date(object: Record<string, unknown>, label: string): string {
  const value = own(object, 'created');
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw invalid(`${label}: created`, 'date');
  return value;
}

function coefficients(
  file: Record<string, unknown>,
  block: string,
  keys: readonly string[],
  label: string,
): Record<string, number> {
  const object = record(own(file, block), label, block);
  const out: Record<string, number> = {};
  for (const key of keys) out[key] = coefficient(own(object, key), key, `${label}: ${block}.${key}`);
  return out;
}

function coefficient(value: unknown, key: string, field: string): number {
  const positive = POSITIVE.has(key);
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(field, 'finite');
  if (positive && value <= 0) throw invalid(field, 'positive');
  if (key !== 'c0' && value < 0) throw invalid(field, 'non-negative');
  return value;
}

function readFit(value: unknown, label: string): SetFit {
  const fit = record(value, label, 'fit');
  const law = own(fit, 'law');
  if (law !== 'supervised' && law !== 'distillation') throw invalid(`${label}: fit.law`, 'law');
  const allowed: readonly string[] = law === 'supervised' ? SUPERVISED_NAMES : DISTILLATION_NAMES;
  const names = (key: 'fitted' | 'fixed' | 'unidentified'): CoefficientName[] => {
    const list = own(fit, key);
    if (!Array.isArray(list) || list.some((name) => typeof name !== 'string' || !allowed.includes(name)))
      throw invalid(`${label}: fit.${key}`, 'names', { expected: law, list: allowed });
    return list as CoefficientName[];
  };
  const fitted = names('fitted');
  const unidentified = hasOwn(fit, 'unidentified') ? names('unidentified') : undefined;
  const runs = record(own(fit, 'runs'), label, 'fit.runs');
  const quality = record(own(fit, 'quality'), label, 'fit.quality');
  const bootstrap = record(own(fit, 'bootstrap'), label, 'fit.bootstrap');
  const samples = own(bootstrap, 'samples');
  // Counted before any sample is checked: a legal file with 190,000 samples made one compare take 3.9 s.
  if (Array.isArray(samples) && samples.length > MAX_RESAMPLES)
    throw invalid(`${label}: fit.bootstrap.samples`, 'sample-count', { count: MAX_RESAMPLES });
  if (
    !Array.isArray(samples) ||
    samples.some(
      (sample) =>
        !Array.isArray(sample) ||
        sample.length !== fitted.length ||
        sample.some((v, k) => typeof v !== 'number' || !validCoefficient(v, fitted[k]!)),
    )
  )
    throw invalid(`${label}: fit.bootstrap.samples`, 'samples', { count: fitted.length });
  return {
    law,
    base: typeof own(fit, 'base') === 'string' ? (own(fit, 'base') as string) : '',
    fitted,
    fixed: names('fixed'),
    runs: { count: count(own(runs, 'count'), `${label}: fit.runs.count`), ranges: ranges(own(runs, 'ranges'), label) },
    quality: {
      mape: finite(own(quality, 'mape'), `${label}: fit.quality.mape`),
      maxError: finite(own(quality, 'maxError'), `${label}: fit.quality.maxError`),
      objective: finite(own(quality, 'objective'), `${label}: fit.quality.objective`),
    },
    intervals: intervals(own(fit, 'intervals'), fitted, label),
    bootstrap: {
      resamples: count(own(bootstrap, 'resamples'), `${label}: fit.bootstrap.resamples`, 0),
      seed: count(own(bootstrap, 'seed'), `${label}: fit.bootstrap.seed`, 0),
      samples: samples as number[][],
    },
    ...(unidentified ? { unidentified } : {}),
  };
}

function validCoefficient(value: number, name: string): boolean {
  const key = name.replace("'", '');
  return Number.isFinite(value) && (key === 'c0' || (POSITIVE.has(key) ? value > 0 : value >= 0));
}

function finite(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw invalid(field, 'non-negative');
  return value;
}

function count(value: unknown, field: string, min = 1): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min)
    throw invalid(field, 'count', { count: min });
  return value;
}

const QUANTITIES: readonly RunQuantity[] = [
  'supervisedParams',
  'supervisedTokens',
  'supervisedLoss',
  'studentParams',
  'studentTokens',
  'teacherLoss',
  'studentLoss',
];

function ranges(value: unknown, label: string): SetFit['runs']['ranges'] {
  const object = record(value, label, 'fit.runs.ranges');
  const out: SetFit['runs']['ranges'] = {};
  for (const key of Object.keys(object)) {
    const field = `${label}: fit.runs.ranges.${key}`;
    if (!QUANTITIES.includes(key as RunQuantity)) throw invalid(field, 'quantity', { list: QUANTITIES });
    const span = record(own(object, key), label, `fit.runs.ranges.${key}`);
    const low = finite(own(span, 'low'), `${field}.low`);
    const high = finite(own(span, 'high'), `${field}.high`);
    if (high < low) throw invalid(`${field}.high`, 'span');
    out[key as RunQuantity] = { low, high };
  }
  return out;
}

function intervals(value: unknown, fitted: readonly string[], label: string): Record<string, [number, number]> {
  const object = record(value ?? {}, label, 'fit.intervals');
  const out: Record<string, [number, number]> = {};
  for (const key of Object.keys(object)) {
    const pair = own(object, key);
    const field = `${label}: fit.intervals.${key}`;
    if (!fitted.includes(key)) throw invalid(field, 'fitted', { list: fitted });
    if (!Array.isArray(pair) || pair.length !== 2 || pair.some((v) => typeof v !== 'number' || !Number.isFinite(v)))
      throw invalid(field, 'pair');
    out[key] = [pair[0], pair[1]];
  }
  return out;
}

/** Count and observed span of each quantity in the runs (what the evidence policy compares a question to). */
export function runsSummary(input: FitRuns): RunsSummary {
  const span = (values: number[]): FittedSpan => ({ low: Math.min(...values), high: Math.max(...values) });
  if (input.law === 'supervised') {
    const runs = input.runs;
    return {
      count: runs.length,
      ranges: {
        supervisedParams: span(runs.map((r) => r.params)),
        supervisedTokens: span(runs.map((r) => r.tokens)),
        supervisedLoss: span(runs.map((r) => r.loss)),
      },
    };
  }
  const runs = input.runs;
  return {
    count: runs.length,
    ranges: {
      studentParams: span(runs.map((r) => r.studentParams)),
      studentTokens: span(runs.map((r) => r.studentTokens)),
      teacherLoss: span(runs.map((r) => r.teacherLoss)),
      studentLoss: span(runs.map((r) => r.studentLoss)),
    },
  };
}

/**
 * The span the evidence policy compares a quantity with: this set's own fitted runs where its fit recorded
 * the quantity, otherwise `fallback` (the paper's ranges, core/validity.ts).
 */
export function fittedRangeOf(set: CoefficientSet, quantity: string, fallback: FittedSpan): FittedSpan {
  const ranges = set.fit?.runs.ranges;
  return ranges && hasOwn(ranges, quantity) ? ranges[quantity as RunQuantity]! : fallback;
}

/**
 * A set from a row of coefficients, as a sheet holds FIT_SUPERVISED's or FIT_DISTIL's output: 6 numbers
 * (E, A, B, alpha, beta, gamma; distillation from the default set) or 15 (those, then A′, B′, alpha′,
 * beta′, gamma′, c0, c1, f1, d1).
 */
export function setFromRow(values: readonly unknown[], field: FieldId, base: CoefficientSet): CoefficientSet {
  const names = [...SUPERVISED_NAMES, ...DISTILLATION_NAMES];
  if (values.length !== 6 && values.length !== 15)
    throw inputError(field, 'row-length', { count: values.length }, 'coefficient-row', {
      supervised: SUPERVISED_NAMES,
      distillation: DISTILLATION_NAMES,
    });
  const numbers = values.map((value, i) => coefficient(value, names[i]!.replace("'", ''), `${field} ${names[i]}`));
  const supervised = Object.fromEntries(SUPERVISED_NAMES.map((name, i) => [name, numbers[i]!]));
  const distillation =
    values.length === 15
      ? Object.fromEntries(DISTILLATION_KEYS.map((key, i) => [key, numbers[6 + i]!]))
      : base.distillation;
  const set: CoefficientSet = {
    id: 'sheet-row',
    citation: 'coefficients from a sheet range',
    note:
      values.length === 15 ? 'both laws from the sheet' : `supervised law from the sheet, distillation from ${base.id}`,
    supervised: supervised as unknown as SupervisedCoefficients,
    distillation: distillation as DistillationCoefficients,
  };
  // Prepared once per range: every row of a sheet function over this range asks with the same set.
  set.plausible = preparePlausibleLaws(set);
  return set;
}
