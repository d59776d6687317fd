/** `distilplan prices`: the dated price table, per GPU-hour, with sources; the default per GPU marked. */
import type { Command } from 'commander';
import { findGpu, PRICES, PROVIDERS, type PriceEntry, pricePerGpuHour } from '../../core/cost/index.js';
import { clipTyped, InputError } from '../../core/errors.js';
import { CLI_JSON_STATEMENTS, CLI_WORDS, type Lang } from '../../messages/index.js';
import type { CliContext } from '../context.js';
import { columns, printResult } from '../output.js';

interface PricesFlags {
  gpu?: string;
  provider?: string;
  json?: boolean;
}

export function register(program: Command, context: CliContext): void {
  const help = CLI_WORDS[context.lang].help;
  program
    .command('prices')
    .description(help.commands.prices)
    .option('--gpu <id>', help.options.pricesGpu)
    .option('--provider <id>', help.options.pricesProvider)
    .option('--json', help.options.json)
    .action((flags: PricesFlags, command: Command) => {
      const opts = { ...command.optsWithGlobals(), ...flags } as PricesFlags;
      const entries = selectPrices(opts);
      const json = entries.map((entry) => ({ ...entry, pricePerGpuHour: pricePerGpuHour(entry).toFixed() }));
      printResult(
        pricesText(entries, context.lang),
        { prices: json, currency: 'USD', unit: CLI_JSON_STATEMENTS.perGpuHour },
        opts,
      );
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

function pricesText(entries: readonly PriceEntry[], lang: Lang): string {
  const words = CLI_WORDS[lang].prices;
  if (entries.length === 0) return words.none;
  const rows = entries.map((entry) => words.row(entry));
  return [
    columns([words.header, ...rows]),
    '',
    words.sourcesTitle,
    ...entries.map((entry) => words.source(entry)),
  ].join('\n');
}
