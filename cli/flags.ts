/**
 * Flag parsing shared by the commands: every numeric flag takes the forms
 * people type (1.5B, 7e9, 7,000,000,000). Errors carry core's field ids;
 * main.ts words them with messages/, naming each field by its flag.
 */
import { type Command, Option } from 'commander';
import {
  COEFFICIENT_SET_IDS,
  type FieldId,
  FLOP_COUNTINGS,
  type FlopCounting,
  PARAMS_LIMITS,
  type PlanOptions,
  parseCount,
  TOKENS_LIMITS,
} from '../core/index.js';
import { CLI_WORDS, type Lang } from '../messages/index.js';
import { presetFrom } from './preset.js';

export function count(field: FieldId, text: string | undefined): number {
  return parseCount(field, text ?? '');
}

/** A model size within the range every face accepts (1M–1000T), so no answer is printed as Infinity. */
export function paramsCount(field: FieldId, text: string | undefined): number {
  return parseCount(field, text ?? '', PARAMS_LIMITS);
}

/** A token count within the range every face accepts (1M–100P). */
export function tokensCount(field: FieldId, text: string | undefined): number {
  return parseCount(field, text ?? '', TOKENS_LIMITS);
}

export function optionalCount(field: FieldId, text: string | undefined): number | undefined {
  return text === undefined ? undefined : count(field, text);
}

export interface CommonFlags {
  json?: boolean;
  preset?: string;
  flopsCounting?: FlopCounting;
}

/** --json, --preset and --flops-counting, on every command that computes. */
export function withCommonFlags(command: Command, lang: Lang): Command {
  const help = CLI_WORDS[lang].help;
  return command
    .option('--json', help.options.json)
    .addOption(new Option('--preset <id|file>', help.presetOption(COEFFICIENT_SET_IDS)))
    .addOption(new Option('--flops-counting <mode>', help.options.flopsCounting).choices([...FLOP_COUNTINGS]));
}

export function planOptions(flags: CommonFlags): PlanOptions {
  return { preset: presetFrom(flags.preset), flopCounting: flags.flopsCounting };
}
