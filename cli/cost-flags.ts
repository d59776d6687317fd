/**
 * The cost flags every pricing command takes (--gpu, --price, --currency, --costs …), read into core's
 * CostOptions, and the rows that say which GPU, MFU, price and rate an answer was priced with.
 */
import type { Command } from 'commander';
import { type CostOptions, parseWorkspaceRates, type WorkspaceRate } from '../core/index.js';
import { CLI_WORDS, type Lang } from '../messages/index.js';
import { costProfileFrom } from './costs.js';

export interface CostFlags {
  gpu?: string;
  precision?: string;
  mfu?: string;
  mfuBand?: string;
  price?: string;
  provider?: string;
  currency?: string;
  rate?: string;
  rateDate?: string;
  /** A cost profile file (cli/costs.ts). */
  costs?: string;
}

export function addCostFlags(command: Command, lang: Lang): Command {
  const help = CLI_WORDS[lang].help.options;
  return command
    .option('--gpu <id>', help.gpu)
    .option('--precision <p>', help.precision)
    .option('--mfu <M>', help.mfu)
    .option('--mfu-band <l/b/h>', help.mfuBand)
    .option('--price <P>', help.price)
    .option('--provider <id>', help.provider)
    .option('--currency <code>', help.currency)
    .option('--rate <R>', help.rate)
    .option('--rate-date <date>', help.rateDate)
    .option('--costs <FILE>', help.costs);
}

export function costOptionsFrom(flags: CostFlags): CostOptions {
  return {
    gpu: flags.gpu,
    precision: flags.precision,
    mfu: flags.mfu,
    mfuBand: flags.mfuBand,
    price: flags.price,
    provider: flags.provider,
    currency: flags.currency,
    rate: flags.rate,
    rateDate: flags.rateDate,
    workspaceRates: workspaceRates(process.env.DISTILPLAN_RATES),
    ...(flags.costs === undefined ? {} : { profile: costProfileFrom(flags.costs) }),
  };
}

/** DISTILPLAN_RATES (JPY=150@2026-11-01,…): the rate for a currency whose command gives no --rate. */
export function workspaceRates(text: string | undefined): WorkspaceRate[] | undefined {
  return text === undefined || text.trim() === '' ? undefined : parseWorkspaceRates(text);
}
