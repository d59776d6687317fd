/**
 * The template's second tab: one run on every offer of the price table
 * (COST_SCENARIOS spilled under its inputs), with a cost profile written as
 * two columns of labels and values beside them, ready to edit. Pure: the
 * writer turns it into Sheets API requests.
 */
import { PRICES } from '../../core/cost/index.js';
import { type CellBlock, type CellValue, currencyPattern, type NumberFormat, RATE_NAME } from '../src/layout.js';

export interface ScenariosTabOptions {
  sheetTitle: string;
  currency: string;
  /** '' for USD. */
  rate: number | '';
}

export interface ScenariosTab {
  title: string;
  blocks: CellBlock[];
  numberFormats: NumberFormat[];
  bold: string[];
  columnWidths: { column: number; pixels: number }[];
}

const INPUT_ROW = 4;
const PROFILE_ROW = 4;
export const SCENARIOS_ROW = 20;
/** Every offer, plus the header row. */
const LAST_ROW = SCENARIOS_ROW + PRICES.length;

/** The example profile's parts, in the sheet's currency (money at the rate given; shares have no currency). */
function profileRows(rate: number | ''): CellValue[][] {
  const money = (usd: number): number => (rate === '' ? usd : Math.round(usd * rate));
  return [
    ['failureRestart.amount', 10],
    ['failureRestart.unit', 'percent-of-training-time'],
    ['evaluation.amount', 5],
    ['evaluation.unit', 'percent-of-training'],
    ['storage.quantity', 20],
    ['storage.unit', 'tb-months'],
    ['storage.price', money(23)],
    ['people.quantity', 30],
    ['people.unit', 'person-days'],
    ['people.price', money(800)],
  ];
}

export function scenariosTab(options: ScenariosTabOptions): ScenariosTab {
  const profile = profileRows(options.rate);
  const profileEnd = PROFILE_ROW + profile.length;
  const input = (i: number) => `$B$${INPUT_ROW + i}`;
  return {
    title: `${options.sheetTitle} scenarios`,
    blocks: [
      {
        at: 'A1',
        values: [
          ['distilplan cost scenarios: one run on every offer of the price table, cheapest first'],
          [
            `Money in ${options.currency}. Edit the inputs in column B and the cost profile in columns D and E (blank column E: no profile); the table recalculates.`,
          ],
        ],
      },
      {
        at: `A${INPUT_ROW - 1}`,
        values: [
          ['Inputs', ''],
          ['FLOPs of the run', 1e22],
          ['GPUs (blank: all), e.g. h100,b200', ''],
          ['Kinds of price (blank: all), e.g. on-demand,reserved,spot', ''],
          ['Currency', options.currency],
          // The spreadsheet's one rate (the budget sheet's named rate cell), not a second copy to keep in step.
          [
            `Rate (${options.currency} per USD): ${RATE_NAME}, set on the sheet "${options.sheetTitle}"`,
            options.currency === 'USD' ? '' : `=${RATE_NAME}`,
          ],
        ],
      },
      {
        at: `D${PROFILE_ROW - 1}`,
        values: [['Cost profile: label', 'value'], ...profile],
      },
      {
        at: `A${SCENARIOS_ROW}`,
        values: [
          [
            `=COST_SCENARIOS(${input(0)}, ${input(1)}, ${input(2)}, ${input(3)}, ${RATE_NAME}, $D$${PROFILE_ROW}:$E$${profileEnd - 1})`,
          ],
        ],
      },
    ],
    numberFormats: formats(options.currency),
    bold: ['A1', `A${INPUT_ROW - 1}`, `D${PROFILE_ROW - 1}:E${PROFILE_ROW - 1}`, `A${SCENARIOS_ROW}:O${SCENARIOS_ROW}`],
    columnWidths: [
      { column: 1, pixels: 320 },
      { column: 4, pixels: 200 },
    ],
  };
}

/** COST_SCENARIOS's columns: E price, H–J costs, M saving, O total in money; G GPU-hours; K days. */
function formats(currency: string): NumberFormat[] {
  const money = currencyPattern(currency);
  const rows = (column: string) => `${column}${SCENARIOS_ROW + 1}:${column}${LAST_ROW}`;
  return [
    { range: `B${INPUT_ROW}`, type: 'SCIENTIFIC', pattern: '0.00E+00' },
    { range: rows('E'), type: 'CURRENCY', pattern: money },
    { range: rows('G'), type: 'NUMBER', pattern: '#,##0' },
    { range: `H${SCENARIOS_ROW + 1}:J${LAST_ROW}`, type: 'CURRENCY', pattern: money },
    { range: rows('K'), type: 'NUMBER', pattern: '0.0' },
    { range: rows('M'), type: 'CURRENCY', pattern: money },
    { range: rows('O'), type: 'CURRENCY', pattern: money },
  ];
}
