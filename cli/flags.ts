/**
 * Flag parsing shared by the commands: every numeric flag takes the forms
 * people type (1.5B, 7e9, 7,000,000,000), and a core error is renamed to the
 * flag the user typed so the message names it.
 */
import { type Command, Option } from 'commander';
import {
  COEFFICIENT_SET_IDS,
  FLOP_COUNTINGS,
  type FlopCounting,
  isInputError,
  own,
  PARAMS_LIMITS,
  type PlanOptions,
  parseCount,
  TOKENS_LIMITS,
} from '../core/index.js';
import { presetFrom } from './preset.js';

/** Core field names → the CLI flags that carry them. */
const FLAG_FOR_FIELD: Record<string, string> = {
  params: '--params',
  tokens: '--tokens',
  'student params': '--student-params',
  'teacher params': '--teacher-params',
  'teacher tokens': '--teacher-tokens',
  'teacher loss': '--teacher-loss',
  compute: '--compute',
  scenario: '--scenario',
  students: '--students',
  'no teacher': '--no-teacher',
  preset: '--preset',
  runs: '--runs',
  fix: '--fix',
  bootstrap: '--bootstrap',
  seed: '--seed',
  flops: '--flops-counting',
};

export function asFlagError(error: unknown): unknown {
  if (!isInputError(error)) return error;
  const flag = own(FLAG_FOR_FIELD, error.field);
  return flag ? error.renamed(flag) : error;
}

export function count(flag: string, text: string | undefined): number {
  return parseCount(flag, text ?? '');
}

/** A model size within the range every face accepts (1M–1000T), so no answer is printed as Infinity. */
export function paramsCount(flag: string, text: string | undefined): number {
  return parseCount(flag, text ?? '', PARAMS_LIMITS);
}

/** A token count within the range every face accepts (1M–100P). */
export function tokensCount(flag: string, text: string | undefined): number {
  return parseCount(flag, text ?? '', TOKENS_LIMITS);
}

export function optionalCount(flag: string, text: string | undefined): number | undefined {
  return text === undefined ? undefined : count(flag, text);
}

export interface CommonFlags {
  json?: boolean;
  preset?: string;
  flopsCounting?: FlopCounting;
}

/** --json, --preset and --flops-counting, on every command that computes. */
export function withCommonFlags(command: Command): Command {
  return command
    .option('--json', 'print exactly one JSON object')
    .addOption(
      new Option(
        '--preset <id|file>',
        `coefficient set (${COEFFICIENT_SET_IDS.join(', ')}) or a set file written by distilplan fit --out`,
      ),
    )
    .addOption(
      new Option(
        '--flops-counting <mode>',
        'FLOPs per training token: paper = 3·F(N) (Eq. 69), 6N = plain 6·N',
      ).choices([...FLOP_COUNTINGS]),
    );
}

export function planOptions(flags: CommonFlags): PlanOptions {
  return { preset: presetFrom(flags.preset), flopCounting: flags.flopsCounting };
}
