/**
 * The scenarios answer as data: one run costed on every offer of the price table (core/cost/scenarios.ts), with
 * what the CLI and Slack both worked out from it before: the cheapest row of each kind of price, each GPU that runs
 * at another precision than asked (once per GPU), and what the money covers. messages/ words it
 * (wordScenarios); the CLI lays it out as a table, Slack as the cheapest rows.
 */

import type { Precision } from '../cost/gpus.js';
import type { Ownership } from '../cost/ownership.js';
import type { PriceKind } from '../cost/prices.js';
import type { ScenarioRow, Scenarios } from '../cost/scenarios.js';
import type { QuestionReading } from '../question/read.js';

export interface PrecisionFallback {
  gpu: string;
  asked: Precision;
  used: Precision;
}

export interface ScenariosDescription {
  kind: 'scenarios';
  question: QuestionReading | null;
  /** Every row, cheapest first, with the currency, the MFU band and whether the GPUs' peaks differ. */
  scenarios: Scenarios;
  /** The cheapest row of each kind of price, in the table's order of kinds. */
  cheapest: { kind: PriceKind; row: ScenarioRow }[];
  /** Each GPU with no peak at the precision asked, once, with the precision its rows use. */
  fallbacks: PrecisionFallback[];
  /** Some row carries a cost profile's total cost of ownership: the table gives it a column. */
  withTotal: boolean;
  /** What the money covers: the cheapest row's ownership (a profile's parts, what it leaves out), if any. */
  ownership: Ownership | null;
}

export function describeScenarios(scenarios: Scenarios, question: QuestionReading | null = null): ScenariosDescription {
  const byId = new Map(scenarios.rows.map((row) => [row.id, row]));
  const cheapest = Object.entries(scenarios.cheapestByKind).flatMap(([kind, id]) => {
    const row = id === undefined ? undefined : byId.get(id);
    return row ? [{ kind: kind as PriceKind, row }] : [];
  });
  const fallbackRows = new Map(scenarios.rows.filter((row) => row.precisionDiffers).map((row) => [row.gpu.id, row]));
  return {
    kind: 'scenarios',
    question,
    scenarios,
    cheapest,
    fallbacks: [...fallbackRows.values()].map((row) => ({
      gpu: row.gpu.id,
      asked: scenarios.precision,
      used: row.gpu.precision,
    })),
    withTotal: scenarios.rows.some((row) => row.ownership?.profile),
    ownership: scenarios.rows[0]?.ownership ?? null,
  };
}
