/**
 * `distilplan fit supervised|distil --runs FILE.csv`: fit a law to a team's
 * own runs (core/fit), print the coefficients with their 90% bootstrap
 * intervals and the fit quality, and optionally write a coefficient-set file
 * every command takes with --preset. Nothing is written unless the whole fit
 * succeeds.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import {
  type BootstrapFit,
  type CoefficientName,
  clipTyped,
  coefficientSet,
  type FieldId,
  InputError,
  type Law,
  MAX_RUNS_CSV_BYTES,
  parseCoefficientNames,
  parseRunsCsv,
  RUN_COLUMNS,
  runsSummary,
  storableSetFile,
  type Warning,
} from '../../core/index.js';
import { fitErrorPercent } from '../../messages/index.js';
import { readCapped } from '../files.js';
import { printResult, type Row, section } from '../output.js';
import { warningNotes, warningsWithMessages } from '../plan-text.js';
import { presetFrom } from '../preset.js';

interface FitFlags {
  runs: string;
  fix?: string;
  base?: string;
  bootstrap: string;
  seed: string;
  out?: string;
  name?: string;
  json?: boolean;
}

export function register(program: Command): void {
  const fit = program.command('fit').description("fit a law to your own runs (the paper's method, App. F)");
  for (const [word, law] of [
    ['supervised', 'supervised'],
    ['distil', 'distillation'],
  ] as const) {
    fit
      .command(word)
      .description(`fit the ${law} law; CSV header ${RUN_COLUMNS[law].join(',')}`)
      .requiredOption('--runs <file.csv>', `runs as CSV with header ${RUN_COLUMNS[law].join(',')}`)
      .option('--fix <names>', 'coefficients held at the base set, comma-separated (e.g. A,alpha,gamma)')
      .option('--base <id|file>', 'set the held coefficients come from (default: the default set)')
      .option('--bootstrap <K>', 'bootstrap resamples for 90% intervals (0 skips)', '200')
      .option('--seed <S>', 'bootstrap seed', '1')
      .option('--out <set.json>', 'write a coefficient-set file for --preset')
      .option('--name <name>', 'name of the written set (default: the file name)')
      .option('--json', 'print exactly one JSON object')
      .action((flags: FitFlags) => runFit(law, flags));
  }
}

async function runFit(law: Law, flags: FitFlags): Promise<void> {
  const base = coefficientSet(presetFrom(flags.base, 'base'), 'base');
  const fixed = parseCoefficientNames('fix', flags.fix ?? '', law);
  const resamples = wholeNumber('bootstrap', flags.bootstrap);
  const seed = wholeNumber('seed', flags.seed);
  const input = parseRunsCsv(readRuns(flags.runs), law);
  // The fitter (L-BFGS-B and the bootstrap) is loaded by this command alone: the CLI's other commands start without it.
  const { fitWithBootstrap } = await import('../../core/fit/bootstrap.js');
  const fit = fitWithBootstrap(input, base, { fixed, resamples, seed });
  const summary = runsSummary(input);
  if (flags.out !== undefined) {
    const name = flags.name ?? path.basename(flags.out).replace(/\.json$/i, '');
    const file = storableSetFile(fit, base, summary, name, new Date().toISOString().slice(0, 10));
    try {
      writeFileSync(flags.out, `${JSON.stringify(file, null, 2)}\n`);
    } catch (error) {
      throw new InputError(
        'out',
        { code: 'file-unwritable', reason: String((error as { code?: string }).code) },
        { form: 'writable-path' },
      );
    }
  }
  printResult(fitText(fit, base.id, flags), fitJson(fit, base.id, flags.out), flags);
}

function readRuns(file: string): string {
  return readCapped('runs', file, MAX_RUNS_CSV_BYTES, { form: 'csv-file' });
}

function wholeNumber(field: FieldId, text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value))
    throw new InputError(field, { code: 'not-whole', value: clipTyped(text) }, { form: 'whole-number' });
  return value;
}

function fitJson(fit: BootstrapFit, base: string, out: string | undefined): object {
  return {
    law: fit.law,
    coefficients: fit.coefficients,
    intervals: fit.intervals,
    fitted: fit.fitted,
    fixed: fit.fixed,
    base,
    mape: fit.mape,
    maxError: fit.maxError,
    runs: fit.predictions.length,
    objective: fit.objective,
    bootstrap: { resamples: fit.resamples, seed: fit.seed },
    /** Fitted coefficients the runs could not pin down; [] when every free coefficient is pinned. */
    unidentified: fit.unidentified,
    unidentifiedReasons: fit.unidentifiedReasons,
    warnings: warningsWithMessages(fitWarnings(fit)),
    /** The fitted law's loss for each run, in the CSV's order. */
    predictions: fit.predictions,
    ...(out === undefined ? {} : { out }),
  };
}

function fitText(fit: BootstrapFit, base: string, flags: FitFlags): string {
  const rows: Row[] = (Object.keys(fit.coefficients) as CoefficientName[]).map((name) => {
    const value = significant(fit.coefficients[name]!);
    if (fit.fixed.includes(name)) return [name, `${value}  (held: ${base})`];
    const interval = fit.intervals[name];
    return [name, interval ? `${value}  90% ${significant(interval[0])} – ${significant(interval[1])}` : value];
  });
  rows.push(
    ['runs', String(fit.predictions.length)],
    ['MAPE', fitErrorPercent(fit.mape)],
    ['max error', fitErrorPercent(fit.maxError)],
    ['objective', `${fit.objective.toExponential(3)} (Σ Huber(δ=1e-4) of log residuals)`],
  );
  const notes = [
    fit.resamples > 0
      ? `intervals: ${fit.resamples} bootstrap resamples, seed ${fit.seed}`
      : 'intervals: none (--bootstrap 0)',
  ];
  if (flags.out !== undefined) notes.push(`written: ${flags.out} (use it with --preset ${flags.out})`);
  notes.push(...warningNotes(fitWarnings(fit)));
  return section(`Fitted ${fit.law} law to ${flags.runs}`, rows, notes);
}

/** The unidentified coefficients as a warning, with the --fix value that holds them (the law's own names). */
function fitWarnings(fit: BootstrapFit): Warning[] {
  if (fit.unidentified.length === 0) return [];
  return [{ code: 'unidentified-coefficients', names: fit.unidentified, fix: fit.unidentified.join(',') }];
}

function significant(value: number): string {
  return Number(value.toPrecision(4)).toString();
}
