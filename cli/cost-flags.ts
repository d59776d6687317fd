/**
 * The cost flags every pricing command takes (--gpu, --price, --currency, --costs …), read into core's
 * CostOptions, and the rows that say which GPU, MFU, price and rate an answer was priced with.
 */
import type { Command } from 'commander';
import {
  type CostAssumptions,
  type CostOptions,
  formatMfuBand,
  formatPricePerGpuHour,
  type Lang,
  parseWorkspaceRates,
  type WorkspaceRate,
} from '../core/index.js';
import { costProfileFrom, profilePriceText } from './costs.js';
import type { Row } from './output.js';

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

export function addCostFlags(command: Command): Command {
  return command
    .option('--gpu <id>', 'GPU from `distilplan gpus` (default h100-sxm; aliases such as h100 work)')
    .option('--precision <p>', 'precision of the peak the MFU refers to: bf16 (default), fp16, fp8')
    .option('--mfu <M>', 'base model FLOPs utilisation, 0.4 or 40% (band 0.75×/1.25×; default 0.30/0.40/0.50)')
    .option('--mfu-band <l/b/h>', 'the whole MFU band, e.g. 0.3/0.4/0.5')
    .option('--price <P>', 'your own price per GPU-hour: with a currency (¥450, $2.99) or bare in --currency (450)')
    .option('--provider <id>', 'a provider or price id from `distilplan prices`')
    .option('--currency <code>', 'answer currency, an ISO code such as JPY (needs --rate)')
    .option('--rate <R>', 'units of --currency per 1 USD, e.g. 150 (default: DISTILPLAN_RATES for that currency)')
    .option('--rate-date <date>', 'the date of --rate, shown with the answer')
    .option('--costs <FILE>', 'a cost profile (examples/cost-profile.json): discounts, failures, data, people…');
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

export function assumptionRows(a: CostAssumptions, lang: Lang = 'en'): Row[] {
  const price = a.price;
  const where = price.userGiven
    ? price.converted
      ? `your price of ${formatPricePerGpuHour(price.quotedPerGpuHour, price.quoteCurrency, lang)}, converted at the rate below`
      : 'your own price'
    : `${price.provider} ${price.kind}, ${price.offer}${price.region ? `, ${price.region}` : ''}`;
  const rows: Row[] = [
    ['GPU', `${a.gpu.name} (${a.gpu.id}), ${a.gpu.precision} dense peak ${a.gpu.peakFlopsPerSecond / 1e12} TFLOP/s`],
    ['MFU', `${formatMfuBand(a.mfu)} of ${a.gpu.precision} peak (low/base/high)`],
    ['price', `${formatPricePerGpuHour(price.perGpuHour, price.currency, lang)}: ${where}, as of ${price.asOf}`],
  ];
  if (!price.userGiven) rows.push(['price source', price.sourceUrl ?? price.source]);
  if (price.profile) rows.push(['price set by', profilePriceText(price, lang)]);
  if (a.currency.code !== 'USD') rows.push(['rate', rateText(a.currency)]);
  return rows;
}

/** "150 JPY per USD (set for this workspace in DISTILPLAN_RATES, 2026-11-01; approximate)": whose rate, which day. */
function rateText(currency: CostAssumptions['currency']): string {
  const whose = currency.rateSource === 'workspace' ? 'set for this workspace in DISTILPLAN_RATES, ' : '';
  return `${currency.ratePerUsd} ${currency.code} per USD (${whose}${currency.rateDate}; approximate)`;
}
