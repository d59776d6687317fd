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
  clipTyped,
  coefficientSet,
  describeFit,
  type FieldId,
  type FitDescription,
  InputError,
  type Law,
  MAX_RUNS_CSV_BYTES,
  parseCoefficientNames,
  parseRunsCsv,
  RUN_COLUMNS,
  runsSummary,
  storableSetFile,
} from '../../core/index.js';
import { CLI_WORDS, type Lang, wordFit } from '../../messages/index.js';
import { answerText } from '../answer-text.js';
import type { CliContext } from '../context.js';
import { readCapped } from '../files.js';
import { printResult } from '../output.js';
import { warningsWithMessages } from '../plan-text.js';
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

export function register(program: Command, context: CliContext): void {
  const help = CLI_WORDS[context.lang].help;
  const fit = program.command('fit').description(help.commands.fit);
  for (const [word, law] of [
    ['supervised', 'supervised'],
    ['distil', 'distillation'],
  ] as const) {
    const header = RUN_COLUMNS[law].join(',');
    fit
      .command(word)
      .description(help.fitLaw({ law, header }))
      .requiredOption('--runs <file.csv>', help.fitRuns(header))
      .option('--fix <names>', help.options.fitFix)
      .option('--base <id|file>', help.options.fitBase)
      .option('--bootstrap <K>', help.options.fitBootstrap, '200')
      .option('--seed <S>', help.options.fitSeed, '1')
      .option('--out <set.json>', help.options.fitOut)
      .option('--name <name>', help.options.fitName)
      .option('--json', help.options.json)
      .action((flags: FitFlags) => runFit(law, flags, context.lang));
  }
}

async function runFit(law: Law, flags: FitFlags, lang: Lang): Promise<void> {
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
  const description = describeFit(fit, {
    runs: flags.runs,
    base: base.id,
    ...(flags.out === undefined ? {} : { written: flags.out }),
  });
  printResult(answerText(wordFit(description, lang)), fitJson(fit, description, flags.out, lang), flags);
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

function fitJson(fit: BootstrapFit, description: FitDescription, out: string | undefined, lang: Lang): object {
  return {
    law: fit.law,
    coefficients: fit.coefficients,
    intervals: fit.intervals,
    fitted: fit.fitted,
    fixed: fit.fixed,
    base: description.base,
    mape: fit.mape,
    maxError: fit.maxError,
    runs: fit.predictions.length,
    objective: fit.objective,
    bootstrap: { resamples: fit.resamples, seed: fit.seed },
    /** Fitted coefficients the runs could not pin down; [] when every free coefficient is pinned. */
    unidentified: fit.unidentified,
    unidentifiedReasons: fit.unidentifiedReasons,
    warnings: warningsWithMessages(description.warnings, lang),
    /** The fitted law's loss for each run, in the CSV's order. */
    predictions: fit.predictions,
    ...(out === undefined ? {} : { out }),
  };
}
