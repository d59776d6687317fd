/**
 * The ready budget sheet as one neutral description (plain data, no I/O, no
 * Google types): cells and formulas by A1 position, number formats, bold
 * headings, column widths and a line chart. Two writers lay it out: the
 * add-on's "Insert budget sheet" menu item (SpreadsheetApp, menu.ts) and the
 * googleapis tool for admins and automation (tool/layout.ts).
 *
 * The grid's rows are budgets in money in the sheet's currency; BUDGET_FLOPS
 * turns each into FLOPs, and the verdict, both losses, the call and the notes
 * follow from those FLOPs. The flip budget uses the verdicts' own scenario.
 */
import { CHART_COLOURS } from '../../core/chart/index.js';
import { CURRENCY_SYMBOLS, minorUnitsOf } from '../../core/cost/index.js';
import { chartWords, type Lang, SHEET_WORDS, type SheetWords } from '../../messages/index.js';

export interface LayoutOptions {
  sheetTitle: string;
  /** As a number or as people type it (1B). */
  studentParams: number | string;
  gpu: string;
  /** A provider (aws), your own price per GPU-hour in the currency (2.5), or blank for the reference price. */
  providerOrPrice: string | number;
  mfu: number;
  currency: string;
  /** Currency units per USD; blank for USD (the person fills it in for another currency). */
  rate: number | '';
  /** The day the rate was set (YYYY-MM-DD), kept beside it as a workspace's rate is; blank without a rate. */
  rateDate?: string;
  /** The labels' language; by default Japanese for a yen sheet, else English. */
  lang?: Lang;
}

/** The named cells every formula reads the rate from (one rate for the whole spreadsheet, like DISTILPLAN_RATES). */
export const RATE_NAME = 'DISTILPLAN_RATE';
export const RATE_DATE_NAME = 'DISTILPLAN_RATE_DATE';

export function layoutLang(options: Pick<LayoutOptions, 'currency' | 'lang'>): Lang {
  return options.lang ?? (options.currency === 'JPY' ? 'ja' : 'en');
}

export const DEFAULT_LAYOUT: LayoutOptions = {
  sheetTitle: 'distilplan',
  studentParams: 1e9,
  gpu: 'h100',
  providerOrPrice: '',
  mfu: 0.4,
  currency: 'USD',
  rate: '',
  rateDate: '',
};

export type CellValue = string | number;

/** Values from `at` (top-left, A1) rightwards and down; text starting with "=" is a formula. */
export interface CellBlock {
  at: string;
  values: CellValue[][];
}

export interface NumberFormat {
  /** A1 range. */
  range: string;
  type: 'NUMBER' | 'PERCENT' | 'SCIENTIFIC' | 'CURRENCY' | 'DATE';
  pattern: string;
}

export interface LineChart {
  title: string;
  /** A1 range of the x values, header row included. */
  domain: string;
  /** A1 ranges of the lines, header row included (it names the line). */
  series: string[];
  /** One #RRGGBB per series: the chart description's colours, so every face draws distilled and direct alike. */
  colours: string[];
  xTitle: string;
  yTitle: string;
  /** Top-left cell of the chart, 1-based. */
  anchor: { row: number; column: number };
  widthPixels: number;
  heightPixels: number;
}

export interface SheetLayout {
  title: string;
  /** Named ranges on this sheet: name → A1 range. */
  namedRanges: { name: string; range: string }[];
  blocks: CellBlock[];
  numberFormats: NumberFormat[];
  bold: string[];
  columnWidths: { column: number; pixels: number }[];
  chart: LineChart;
}

/** Budgets of the grid in US dollars: $100 to $30M in half-decades (about 5e19 to 1.4e25 FLOPs on an H100). */
export const GRID_BUDGETS_USD = [100, 300, 1e3, 3e3, 1e4, 3e4, 1e5, 3e5, 1e6, 3e6, 1e7, 3e7];

/**
 * Round budgets in other currencies: the dollar grid times a power of ten near
 * the currency's order of magnitude per dollar (only to keep the grid's budgets
 * round and in a sensible span; the rate the person enters does the converting).
 */
const GRID_SCALE: ReadonlyMap<string, number> = new Map([
  ['JPY', 100],
  ['KRW', 1000],
  ['INR', 100],
  ['CNY', 10],
  ['HKD', 10],
  ['SEK', 10],
  ['NOK', 10],
  ['DKK', 10],
  ['MXN', 10],
  ['ZAR', 10],
]);

export function gridBudgets(currency: string): number[] {
  const scale = GRID_SCALE.get(currency) ?? 1;
  return GRID_BUDGETS_USD.map((budget) => budget * scale);
}

// Rows (1-based, as in A1 notation) of the layout.
const INPUT_ROW = 4;
const INPUT_KEYS = [
  'student',
  'gpu',
  'providerOrPrice',
  'mfu',
  'currency',
  'rate',
  'teacherLoss',
  'teacherParams',
  'students',
] as const;
type InputKey = (typeof INPUT_KEYS)[number];
const PRICE_ROW = INPUT_ROW + INPUT_KEYS.length;
const FLIP_ROW = PRICE_ROW + 3;
const GRID_HEADER_ROW = FLIP_ROW + 3;
export const GRID_FIRST_ROW = GRID_HEADER_ROW + 1;

const RATE_ROW = INPUT_ROW + INPUT_KEYS.indexOf('rate');
/** The rate is read through its name, so the scenarios tab and any formula a person adds use the same one. */
const ref = (key: InputKey): string => (key === 'rate' ? RATE_NAME : `$B$${INPUT_ROW + INPUT_KEYS.indexOf(key)}`);

export const GRID_HEADINGS = SHEET_WORDS.en.headings;

/** "$"#,##0.00, "¥"#,##0, or the ISO code for currencies without a one-character symbol. */
export function currencyPattern(currency: string): string {
  const symbol = Object.entries(CURRENCY_SYMBOLS).find(([text, code]) => code === currency && text.length === 1)?.[0];
  const decimals = minorUnitsOf(currency);
  const number = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  return symbol ? `"${symbol}"${number}` : `${number} "${currency}"`;
}

function inputRows(options: LayoutOptions, w: SheetWords): CellValue[][] {
  const labels: Record<InputKey, CellValue[]> = {
    student: [w.student, options.studentParams],
    gpu: [w.gpu, options.gpu],
    providerOrPrice: [w.providerOrPrice, options.providerOrPrice],
    mfu: [w.mfu, options.mfu],
    currency: [w.currency, options.currency],
    // The rate and the day it was set, side by side, as a workspace's standing rate is given.
    rate: [w.rate(options.currency, RATE_NAME), options.rate, options.rate === '' ? '' : (options.rateDate ?? '')],
    teacherLoss: [w.teacherLoss, ''],
    teacherParams: [w.teacherParams, ''],
    students: [w.students, 1],
  };
  return INPUT_KEYS.map((key) => labels[key]);
}

const COST_ARGS = `${ref('gpu')}, ${ref('providerOrPrice')}, ${ref('mfu')}, ${ref('currency')}, ${ref('rate')}`;
const TEACHER_ARGS = `${ref('teacherLoss')}, ${ref('teacherParams')}, ${ref('students')}`;

/** A string inside a formula: quotes doubled. */
const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

export function budgetSheetLayout(options: LayoutOptions): SheetLayout {
  const lang = layoutLang(options);
  const w = SHEET_WORDS[lang];
  const budgets = gridBudgets(options.currency);
  const last = GRID_FIRST_ROW + budgets.length - 1;
  const column = (letter: string) => `${letter}${GRID_FIRST_ROW}:${letter}${last}`;
  const noTeacher = `AND(${ref('teacherLoss')}="", ${ref('teacherParams')}="")`;
  const blocks: CellBlock[] = [
    {
      at: 'A1',
      values: [[w.title], [w.intro(options.currency)]],
    },
    { at: `A${INPUT_ROW - 1}`, values: [[w.inputs, ''], ...inputRows(options, w)] },
    {
      at: `A${PRICE_ROW}`,
      values: [
        [
          w.price,
          `=GPU_PRICE(${ref('gpu')}, IF(ISNUMBER(${ref('providerOrPrice')}), "", ${ref('providerOrPrice')}), ${ref('currency')}, ${ref('rate')})`,
        ],
      ],
    },
    {
      at: `A${FLIP_ROW - 1}`,
      values: [
        [w.flipHeading, ''],
        [
          w.flipFlops,
          `=IF(${noTeacher}, FLIP_COMPUTE(${ref('student')}, "pretraining-and-inference", ${ref('students')}), ${quoted(w.withExistingTeacher)})`,
        ],
        // A flip outside what the law was fitted on is said as such, never priced (1B flips near 4e17 FLOPs,
        // 83× below the fitted student tokens: "¥179" would read as a plan). The call at the flip decides.
        [
          w.flipMoney(options.currency),
          `=IF(NOT(ISNUMBER(B${FLIP_ROW})), "", IF(INDEX(DISTIL_OR_TRAIN(${ref('student')}, B${FLIP_ROW}, "", "", ${ref('students')}), 1, 1) = "outside-evidence", ${quoted(w.flipOutsideEvidence)}, TRAINING_COST(B${FLIP_ROW}, ${COST_ARGS})))`,
        ],
      ],
    },
    { at: `A${GRID_HEADER_ROW}`, values: [[...w.headings]] },
    { at: `A${GRID_FIRST_ROW}`, values: budgets.map((budget) => [budget]) },
    // One formula per block, spilling down the grid; DISTIL_OR_TRAIN also spills right (call, losses, verdict).
    {
      at: `B${GRID_FIRST_ROW}`,
      values: [
        [
          `=BUDGET_FLOPS(${column('A')}, ${COST_ARGS})`,
          `=DISTIL_OR_TRAIN(${ref('student')}, ${column('B')}, ${TEACHER_ARGS})`,
        ],
      ],
    },
    {
      at: `G${GRID_FIRST_ROW}`,
      values: [
        [
          `=DISTIL_NOTES(${ref('student')}, ${column('B')}, ${TEACHER_ARGS})`,
          `=GPU_HOURS(${column('B')}, ${ref('gpu')}, ${ref('mfu')})`,
        ],
      ],
    },
    // The chart's x axis: budgets span six decades, and a Sheets line chart has no log scale.
    { at: `I${GRID_FIRST_ROW}`, values: budgets.map((_, i) => [`=LOG10(A${GRID_FIRST_ROW + i})`]) },
  ];
  return {
    title: options.sheetTitle,
    namedRanges: [
      { name: RATE_NAME, range: `B${RATE_ROW}` },
      { name: RATE_DATE_NAME, range: `C${RATE_ROW}` },
    ],
    blocks,
    numberFormats: formats(options, last),
    bold: ['A1', `A${INPUT_ROW - 1}`, `A${FLIP_ROW - 1}`, `A${GRID_HEADER_ROW}:I${GRID_HEADER_ROW}`],
    columnWidths: [
      { column: 1, pixels: 320 },
      { column: 7, pixels: 360 },
    ],
    chart: {
      title: w.chartTitle,
      domain: `I${GRID_HEADER_ROW}:I${last}`,
      // The same two series as core's chart description (distilled, trained directly), in its colours.
      series: [`D${GRID_HEADER_ROW}:D${last}`, `E${GRID_HEADER_ROW}:E${last}`],
      colours: [CHART_COLOURS.distilled, CHART_COLOURS.direct],
      xTitle: w.chartX(options.currency),
      yTitle: chartWords(lang)('chart.axis.loss', {}),
      anchor: { row: 2, column: 11 },
      widthPixels: 640,
      heightPixels: 380,
    },
  };
}

function formats(options: LayoutOptions, last: number): NumberFormat[] {
  const money = currencyPattern(options.currency);
  const input = (key: InputKey) => `B${INPUT_ROW + INPUT_KEYS.indexOf(key)}`;
  return [
    { range: input('student'), type: 'NUMBER', pattern: '#,##0' },
    { range: input('mfu'), type: 'PERCENT', pattern: '0%' },
    { range: `C${RATE_ROW}`, type: 'DATE', pattern: 'yyyy-mm-dd' },
    { range: `B${PRICE_ROW}`, type: 'CURRENCY', pattern: money },
    { range: `B${FLIP_ROW}`, type: 'SCIENTIFIC', pattern: '0.00E+00' },
    { range: `B${FLIP_ROW + 1}`, type: 'CURRENCY', pattern: money },
    { range: `A${GRID_FIRST_ROW}:A${last}`, type: 'CURRENCY', pattern: money },
    { range: `B${GRID_FIRST_ROW}:B${last}`, type: 'SCIENTIFIC', pattern: '0.00E+00' },
    { range: `D${GRID_FIRST_ROW}:E${last}`, type: 'NUMBER', pattern: '0.0000' },
    { range: `H${GRID_FIRST_ROW}:H${last}`, type: 'NUMBER', pattern: '#,##0' },
    { range: `I${GRID_FIRST_ROW}:I${last}`, type: 'NUMBER', pattern: '0.0' },
  ];
}

/** The A1 range a block covers: "A3" with 10 rows of 2 → "A3:B12". */
export function blockRange(block: CellBlock): string {
  const start = parseA1(block.at);
  const width = Math.max(...block.values.map((row) => row.length));
  return `${block.at}:${columnLetter(start.column + width - 1)}${start.row + block.values.length - 1}`;
}

/** "B18" → row 18, column 2 (both 1-based). */
export function parseA1(cell: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!match) throw new Error(`not an A1 cell: ${cell}`);
  const column = [...match[1]!].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]), column };
}

export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
