/**
 * `/distil scenarios`: the cheapest offers for one run (core's costScenarios, the CLI's `scenarios`), then the
 * cheapest of each kind of price, the MFU band, and what the money covers.
 */
import { formatDaysFigure, formatHoursFigure, type ScenarioRow } from '../../../core/index.js';
import { CATALOGUES, type Format, formatFor } from '../../../messages/index.js';
import type { ScenariosResult } from '../results/compute.js';
import { type Built, context, escapeMrkdwn, header, section } from './kit.js';

/** Rows a Slack message shows; the CLI and Sheets give every offer. */
export const TOP_ROWS = 8;

export function scenariosBlocks(result: ScenariosResult): Built {
  const format = formatFor(result.lang);
  const words = CATALOGUES[result.lang].costs;
  const { scenarios } = result;
  const code = scenarios.currency.code;
  const title = words.scenarios.title({ flops: format.flopsFigure(scenarios.flops), currency: code });
  if (scenarios.rows.length === 0)
    return { text: title, blocks: [header(title), section(escapeMrkdwn(words.scenarios.none))] };
  const shown = scenarios.rows.slice(0, TOP_ROWS);
  const lines = shown.map((row) => escapeMrkdwn(lineOf(format, row, code, scenarios.peaksDiffer)));
  const cheapest = Object.entries(scenarios.cheapestByKind).map(([kind, id]) => {
    const row = scenarios.rows.find((r) => r.id === id)!;
    return words.scenarios.cheapest({
      kind: words.kind[kind as ScenarioRow['kind']],
      offer: id as string,
      cost: format.money(row.cost.base, code),
    });
  });
  const owned = shown[0]!.ownership;
  const notes = [
    words.scenarios.band(scenarios.mfu),
    ...[...new Map(scenarios.rows.filter((r) => r.precisionDiffers).map((r) => [r.gpu.id, r])).values()].map((r) =>
      words.scenarios.precisionDiffers({ gpu: r.gpu.id, asked: scenarios.precision, used: r.gpu.precision }),
    ),
    ...(scenarios.peaksDiffer ? [words.scenarios.peaksDiffer] : []),
    ...(code === 'USD'
      ? []
      : [
          format.w.rate({
            code,
            rate: scenarios.currency.ratePerUsd,
            ...(scenarios.currency.rateDate === 'user-given' ? {} : { date: scenarios.currency.rateDate }),
            ...(scenarios.currency.rateSource === 'workspace' ? { workspace: true } : {}),
          }),
        ]),
    owned?.profile ? words.notCounted(owned.notCounted.map((part) => words.part[part])) : format.w.basis,
  ].filter(Boolean);
  return {
    text: `${title}: ${shown[0]!.id} ${format.money(shown[0]!.cost.base, code)}`,
    blocks: [
      header(title),
      section([words.scenarios.top({ shown: shown.length, of: scenarios.rows.length }), ...lines].join('\n')),
      section(escapeMrkdwn(cheapest.join('\n'))),
      context(notes.map(escapeMrkdwn)),
    ],
  };
}

function lineOf(format: Format, row: ScenarioRow, code: string, peaksDiffer: boolean): string {
  const w = CATALOGUES[format.lang].costs;
  const saving =
    row.saving && row.saving.against !== row.id
      ? w.scenarios.saving({ share: row.saving.share, amount: row.saving.amount, against: row.saving.against })
      : '';
  return w.scenarios.line({
    offer: row.id,
    kind: w.kind[row.kind],
    cost: format.money(row.cost.base, code),
    range: format.range(format.money(row.cost.low, code), format.money(row.cost.high, code)),
    perHour: format.perGpuHour(row.pricePerGpuHour, code),
    asOf: row.asOf,
    days: formatDaysFigure(row.wallClockDays.base),
    gpus: row.gpus,
    saving,
    // The note under the lines says every row shows its GPU's peak when the peaks differ.
    ...(peaksDiffer ? { peak: formatHoursFigure(row.peakTflops) } : {}),
    ...(row.ownership?.profile ? { total: format.money(row.ownership.total, code) } : {}),
  });
}
