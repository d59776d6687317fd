/** The `distilplan` command line's words in each language, and the commands it tells a person to type next. */
import {
  formatDaysFigure,
  formatHoursFigure,
  formatScientific,
  type ScenarioRow,
  type Scenarios,
} from '../core/index.js';
import type { Lang } from './catalogue.js';
import { CLI_EN } from './cli-en.js';
import { CLI_JA } from './cli-ja.js';
import type { CliWords } from './cli-words.js';
import { formatMoney, formatPriceFigure } from './money.js';
import { CATALOGUES } from './render.js';

export type { CliCommandName, CliOptionName, CliRow, CliWords, LawFigures } from './cli-words.js';

export const CLI_WORDS: Readonly<Record<Lang, CliWords>> = { en: CLI_EN, ja: CLI_JA };

/** The fixed English statements some --json answers carry as values (public JSON: the same in every language). */
export const CLI_JSON_STATEMENTS = {
  gpuPeaks: 'dense (no 2:4 sparsity), FLOP/s',
  perGpuHour: 'per GPU-hour',
  scenariosBasis: 'rental of the final run on each offer; see ownership for a cost profile',
} as const;

/** The commands that close the pilot's loop (the same in every language: they are typed). */
export function pilotLoopCommands(p: {
  dir: string;
  supervisedFixed: readonly string[];
  distillationFixed: readonly string[];
  question: readonly string[];
}): [string, string, string] {
  const fixed = (names: readonly string[]) => `"${names.join(',')}"`;
  return [
    `distilplan fit supervised --runs ${p.dir}/supervised.csv --fix ${fixed(p.supervisedFixed)} --out pilot-supervised.json`,
    `distilplan fit distil --runs ${p.dir}/distil.csv --base pilot-supervised.json --fix ${fixed(p.distillationFixed)} --out pilot-set.json`,
    `distilplan decide --preset pilot-set.json ${p.question.join(' ')}`,
  ];
}

/** The scenarios table in a language: its title, the columns' headings and cells, and the notes under it. */
export function scenariosTable(
  scenarios: Scenarios,
  lang: Lang,
): { title: string; none?: string; header: string[]; rows: string[][]; notes: string[] } {
  const catalogue = CATALOGUES[lang];
  const words = catalogue.costs;
  const w = words.scenarios;
  const code = scenarios.currency.code;
  const money = (amount: string): string => formatMoney(amount, code, { compact: true, lang });
  const title = w.title({ flops: formatScientific(scenarios.flops), currency: code });
  if (scenarios.rows.length === 0) return { title, none: w.none, header: [], rows: [], notes: [] };
  const withTotal = scenarios.rows.some((row) => row.ownership?.profile);
  const header = [
    w.columns.offer,
    w.columns.kind,
    w.columns.gpu,
    ...(scenarios.peaksDiffer ? [w.columns.peak] : []),
    w.columns.price,
    w.columns.asOf,
    w.columns.gpuHours,
    w.columns.cost,
    w.columns.band,
    `${w.columns.days} / ${w.columns.gpus}`,
    w.columns.saving,
    ...(withTotal ? [w.columns.total] : []),
  ];
  const rows = scenarios.rows.map((row) => [
    row.id,
    words.kind[row.kind],
    `${row.gpu.id}${row.precisionDiffers ? ` (${row.gpu.precision})` : ''}`,
    ...(scenarios.peaksDiffer ? [formatHoursFigure(row.peakTflops)] : []),
    formatPriceFigure(row.pricePerGpuHour, code, lang),
    row.asOf,
    formatHoursFigure(row.gpuHours.base),
    money(row.cost.base),
    w.range(money(row.cost.low), money(row.cost.high)),
    `${formatDaysFigure(row.wallClockDays.base)} / ${row.gpus}`,
    savingText(row, lang),
    ...(withTotal ? [row.ownership ? money(row.ownership.total) : ''] : []),
  ]);
  return { title, header, rows, notes: scenarioNotes(scenarios, lang) };
}

function savingText(row: ScenarioRow, lang: Lang): string {
  if (!row.saving || row.saving.against === row.id) return '—';
  return CATALOGUES[lang].costs.scenarios.saving({
    share: row.saving.share,
    amount: row.saving.amount,
    against: row.saving.against,
  });
}

function scenarioNotes(scenarios: Scenarios, lang: Lang): string[] {
  const catalogue = CATALOGUES[lang];
  const words = catalogue.costs;
  const w = words.scenarios;
  const code = scenarios.currency.code;
  const cheapest = Object.values(scenarios.cheapestByKind).map((id) => {
    const row = scenarios.rows.find((r) => r.id === id)!;
    return w.cheapest({
      kind: words.kind[row.kind],
      offer: row.id,
      cost: formatMoney(row.cost.base, code, { compact: true, lang }),
    });
  });
  const fallbacks = [...new Map(scenarios.rows.filter((r) => r.precisionDiffers).map((r) => [r.gpu.id, r])).values()];
  const first = scenarios.rows[0]!;
  const owned = first.ownership ? CLI_WORDS[lang].ownership(first.ownership) : undefined;
  return [
    ...cheapest,
    w.band({ low: scenarios.mfu.low, base: scenarios.mfu.base, high: scenarios.mfu.high }),
    ...fallbacks.map((r) => w.precisionDiffers({ gpu: r.gpu.id, asked: scenarios.precision, used: r.gpu.precision })),
    ...(scenarios.peaksDiffer ? [w.peaksDiffer] : []),
    ...(code !== 'USD'
      ? [
          catalogue.answer.rate({
            code,
            rate: scenarios.currency.ratePerUsd,
            // A rate typed without its date is said as such by each language ("user-given", "ご指定").
            ...(scenarios.currency.rateDate === 'user-given' ? {} : { date: scenarios.currency.rateDate }),
            workspace: scenarios.currency.rateSource === 'workspace',
          }),
        ]
      : []),
    ...(owned ? owned.notes : [catalogue.answer.basis]),
  ].filter(Boolean);
}
