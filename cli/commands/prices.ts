/** `distilplan prices`: the dated price table, per GPU-hour, with sources; the default per GPU marked. */
import type { Command } from 'commander';
import { findGpu, PRICES, PROVIDERS, type PriceEntry, pricePerGpuHour } from '../../core/cost/index.js';
import { clipTyped, InputError } from '../../core/errors.js';
import { columns, printResult } from '../output.js';

interface PricesFlags {
  gpu?: string;
  provider?: string;
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command('prices')
    .description('the price table: USD per GPU-hour, kind, region, source and as-of date')
    .option('--gpu <id>', 'only this GPU')
    .option('--provider <id>', 'only this provider')
    .option('--json', 'print exactly one JSON object')
    .action((flags: PricesFlags, command: Command) => {
      const opts = { ...command.optsWithGlobals(), ...flags } as PricesFlags;
      const entries = selectPrices(opts);
      const json = entries.map((entry) => ({ ...entry, pricePerGpuHour: pricePerGpuHour(entry).toFixed() }));
      printResult(pricesText(entries), { prices: json, currency: 'USD', unit: 'per GPU-hour' }, opts);
    });
}

function selectPrices(flags: PricesFlags): PriceEntry[] {
  const gpu = flags.gpu === undefined ? undefined : findGpu('gpu', flags.gpu).id;
  const provider = flags.provider;
  if (provider !== undefined && !PRICES.some((entry) => matches(entry, provider))) {
    throw new InputError(
      'provider',
      { code: 'unknown-provider', value: clipTyped(provider.trim()) },
      { form: 'provider', providers: PROVIDERS, priceIds: PRICES.map((entry) => entry.id) },
    );
  }
  return PRICES.filter(
    (entry) =>
      (gpu === undefined || entry.gpu === gpu) && (flags.provider === undefined || matches(entry, flags.provider)),
  );
}

function matches(entry: PriceEntry, provider: string): boolean {
  const wanted = provider.trim().toLowerCase();
  return entry.provider === wanted || entry.id === wanted;
}

function pricesText(entries: readonly PriceEntry[]): string {
  if (entries.length === 0) return 'No prices match. Give your own with --price.';
  const header = ['id', 'gpu', '$/GPU-hour', 'kind', 'as of', 'default', 'offer'];
  const rows = entries.map((entry) => [
    entry.id,
    entry.gpu,
    perGpuHourText(entry),
    entry.kind,
    entry.asOf,
    entry.isDefault ? 'yes' : '',
    entry.offer,
  ]);
  const sources = entries.map(
    (entry) =>
      `${entry.id}: ${entry.sourceUrl ?? '(no URL)'} (${entry.source}; ${entry.confidence})${entry.note ? `. ${entry.note}` : ''}`,
  );
  return [
    columns([header, ...rows]),
    '',
    'USD per GPU-hour; instance prices divided by their GPU count. Sources:',
    ...sources,
  ].join('\n');
}

/** At least cents, and every digit the quote has: 3.00, 4.916, 4.09625. */
function perGpuHourText(entry: PriceEntry): string {
  const price = pricePerGpuHour(entry);
  return price.toFixed(Math.max(2, price.decimalPlaces()));
}
