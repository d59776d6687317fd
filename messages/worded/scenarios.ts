/**
 * The scenarios answer (core's ScenariosDescription) in words, once per language: the title, the cheapest offer of
 * each kind of price, the table of every offer (cells under columns, and each row as one line), and the notes: the
 * MFU band, precision fallbacks, differing peaks, the exchange rate and what the money covers.
 */
import {
  formatDaysFigure,
  formatHoursFigure,
  formatScientific,
  rateFigure,
  type ScenarioRow,
  type ScenariosDescription,
} from '../../core/index.js';
import type { Lang } from '../catalogue.js';
import { ownershipNotes } from '../costs.js';
import { formatFor } from '../format.js';
import { formatPriceFigure } from '../money.js';
import { readBackLine } from '../question.js';
import { CATALOGUES } from '../render.js';
import type { WordedAnswer } from './answer.js';
import { wordRate } from './parts.js';
import type { WordedRow, WordedTable } from './table.js';

/** Rows a short answer (a chat message) shows; the CLI and Sheets give every offer. */
export const SCENARIOS_SHORT_ROWS = 8;

export function wordScenarios(description: ScenariosDescription, lang: Lang): WordedAnswer {
  const w = CATALOGUES[lang].costs.scenarios;
  const { scenarios } = description;
  const title = w.title({ flops: formatScientific(scenarios.flops), currency: scenarios.currency.code });
  const empty = scenarios.rows.length === 0;
  return {
    kind: 'scenarios',
    lang,
    question: description.question ? (readBackLine(description.question, lang) ?? '') : '',
    title,
    callLine: title,
    headline: empty ? [w.none] : cheapestLines(description, lang),
    lawSays: '',
    money: '',
    decisive: [],
    summary: '',
    figures: [],
    ...(empty ? {} : { table: scenariosTable(description, lang) }),
    serving: [],
    warnings: [],
    notes: empty ? [] : scenarioNotes(description, lang),
  };
}

function cheapestLines(description: ScenariosDescription, lang: Lang): string[] {
  const words = CATALOGUES[lang].costs;
  const format = formatFor(lang);
  const code = description.scenarios.currency.code;
  return description.cheapest.map(({ kind, row }) =>
    words.scenarios.cheapest({ kind: words.kind[kind], offer: row.id, cost: format.money(row.cost.base, code) }),
  );
}

function scenariosTable(description: ScenariosDescription, lang: Lang): WordedTable {
  const w = CATALOGUES[lang].costs.scenarios;
  const { scenarios, withTotal } = description;
  const columns = [
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
  const rows = scenarios.rows.map((row) => wordRow(row, description, lang));
  const count = Math.min(SCENARIOS_SHORT_ROWS, rows.length);
  return { heading: '', columns, rows, short: { count, heading: w.top({ shown: count, of: rows.length }) } };
}

function wordRow(row: ScenarioRow, description: ScenariosDescription, lang: Lang): WordedRow {
  const words = CATALOGUES[lang].costs;
  const format = formatFor(lang);
  const { scenarios, withTotal } = description;
  const code = scenarios.currency.code;
  const money = (amount: string) => format.money(amount, code);
  const saving = row.saving && row.saving.against !== row.id ? words.scenarios.saving(row.saving) : '';
  const total = row.ownership?.profile ? money(row.ownership.total) : '';
  const cells = [
    row.id,
    words.kind[row.kind],
    `${row.gpu.id}${row.precisionDiffers ? ` (${row.gpu.precision})` : ''}`,
    ...(scenarios.peaksDiffer ? [formatHoursFigure(row.peakTflops)] : []),
    formatPriceFigure(row.pricePerGpuHour, code, lang),
    row.asOf,
    formatHoursFigure(row.gpuHours.base),
    money(row.cost.base),
    words.scenarios.range(money(row.cost.low), money(row.cost.high)),
    `${formatDaysFigure(row.wallClockDays.base)} / ${row.gpus}`,
    saving || '—',
    ...(withTotal ? [total] : []),
  ];
  const line = words.scenarios.line({
    offer: row.id,
    kind: words.kind[row.kind],
    cost: money(row.cost.base),
    range: format.range(money(row.cost.low), money(row.cost.high)),
    perHour: format.perGpuHour(row.pricePerGpuHour, code),
    asOf: row.asOf,
    days: formatDaysFigure(row.wallClockDays.base),
    gpus: row.gpus,
    saving,
    // The notes say every row shows its GPU's peak when the peaks differ.
    ...(scenarios.peaksDiffer ? { peak: formatHoursFigure(row.peakTflops) } : {}),
    ...(total ? { total } : {}),
  });
  return { cells, line };
}

function scenarioNotes(description: ScenariosDescription, lang: Lang): string[] {
  const catalogue = CATALOGUES[lang];
  const w = catalogue.costs.scenarios;
  const { scenarios, ownership } = description;
  const { currency } = scenarios;
  return [
    w.band(scenarios.mfu),
    ...description.fallbacks.map((fallback) => w.precisionDiffers(fallback)),
    ...(scenarios.peaksDiffer ? [w.peaksDiffer] : []),
    // In USD the table needs no rate (and no hint how to get another currency).
    ...(currency.code === 'USD' ? [] : [wordRate(rateFigure(currency), lang) ?? '']),
    ...(ownership ? ownershipNotes(ownership, lang) : [catalogue.answer.basis]),
  ].filter(Boolean);
}
