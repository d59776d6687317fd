/**
 * What the template tool writes, as plain data (no I/O): the Sheets API
 * requests that lay out a ready budget sheet. An inputs block, the flip
 * budgets, and a grid of budgets whose cells are formulas over the add-on's
 * custom functions, with number and currency formats and a chart of predicted
 * loss against budget for both routes. Kept pure so the exact requests can be
 * asserted.
 */
import type { sheets_v4 } from 'googleapis';
import { CURRENCY_SYMBOLS, minorUnitsOf } from '../../core/cost/index.js';

export interface TemplateOptions {
  sheetTitle: string;
  /** As the user typed it (1B, 7e9); the functions read text counts too. */
  studentParams: number;
  gpu: string;
  /** Blank: the GPU's reference price. */
  provider: string;
  mfu: number;
  currency: string;
  /** Currency units per USD; 1 for USD. */
  rate: number;
}

export const DEFAULT_TEMPLATE: TemplateOptions = {
  sheetTitle: 'distilplan',
  studentParams: 1e9,
  gpu: 'h100',
  provider: '',
  mfu: 0.4,
  currency: 'USD',
  rate: 1,
};

/** Budgets of the grid: 1e19 to 1e25 FLOPs in half-decade steps. */
export const GRID_BUDGETS = [1e19, 3e19, 1e20, 3e20, 1e21, 3e21, 1e22, 3e22, 1e23, 3e23, 1e24, 3e24, 1e25];

/** The sheet as it stands, from spreadsheets.get. */
export interface ExistingSheets {
  sheets: { sheetId: number; title: string; chartIds: number[] }[];
}

export interface TemplatePlan {
  sheetId: number;
  /** spreadsheets.batchUpdate: make or clear the sheet, formats, chart. */
  requests: sheets_v4.Schema$Request[];
  /** spreadsheets.values.batchUpdate with USER_ENTERED, so formulas are formulas. */
  data: sheets_v4.Schema$ValueRange[];
}

// Row numbers (1-based, as in A1 notation) of the layout.
const INPUT_ROW = 4;
const FLIP_ROW = 14;
const GRID_HEADER_ROW = 17;
const GRID_FIRST = GRID_HEADER_ROW + 1;
const GRID_LAST = GRID_HEADER_ROW + GRID_BUDGETS.length;
const NEW_SHEET_ID = 1_000_001;

export function a1(sheetTitle: string, range: string): string {
  return `'${sheetTitle.replace(/'/g, "''")}'!${range}`;
}

export function buildTemplate(options: TemplateOptions, existing: ExistingSheets): TemplatePlan {
  const found = existing.sheets.find((sheet) => sheet.title === options.sheetTitle);
  const sheetId = found?.sheetId ?? freeSheetId(existing);
  const prepare: sheets_v4.Schema$Request[] = found
    ? [
        ...found.chartIds.map((objectId) => ({ deleteEmbeddedObject: { objectId } })),
        // Fields without rows clear values and formats: a re-run starts from a clean sheet.
        { updateCells: { range: { sheetId }, fields: 'userEnteredValue,userEnteredFormat' } },
      ]
    : [{ addSheet: { properties: { sheetId, title: options.sheetTitle } } }];
  return {
    sheetId,
    requests: [...prepare, ...formatRequests(sheetId, options), chartRequest(sheetId)],
    data: valueRanges(options),
  };
}

function freeSheetId(existing: ExistingSheets): number {
  const used = new Set(existing.sheets.map((sheet) => sheet.sheetId));
  let id = NEW_SHEET_ID;
  while (used.has(id)) id++;
  return id;
}

type InputKey =
  | 'student'
  | 'gpu'
  | 'provider'
  | 'mfu'
  | 'currency'
  | 'rate'
  | 'teacherLoss'
  | 'teacherParams'
  | 'students';

/** The inputs block, in row order from INPUT_ROW: the formulas refer to these cells absolutely. */
function inputs(options: TemplateOptions): [InputKey, string, string | number][] {
  return [
    ['student', 'Student parameters', options.studentParams],
    ['gpu', 'GPU', options.gpu],
    ['provider', 'Provider (blank: reference price)', options.provider],
    ['mfu', 'MFU', options.mfu],
    ['currency', 'Currency', options.currency],
    ['rate', 'Rate (currency per USD)', options.rate],
    ['teacherLoss', 'Existing teacher loss (blank: train a teacher)', ''],
    ['teacherParams', 'Existing teacher parameters', ''],
    ['students', 'Students sharing a new teacher', 1],
  ];
}

const INPUT_KEYS = inputs(DEFAULT_TEMPLATE).map(([key]) => key);
const ref = (key: InputKey): string => `$B$${INPUT_ROW + INPUT_KEYS.indexOf(key)}`;
const INPUT_LAST = INPUT_ROW + INPUT_KEYS.length - 1;

function valueRanges(options: TemplateOptions): sheets_v4.Schema$ValueRange[] {
  const t = options.sheetTitle;
  const grid = `A${GRID_FIRST}:A${GRID_LAST}`;
  return [
    {
      range: a1(t, 'A1:A2'),
      values: [
        ['distilplan budget sheet: distil or train directly, and what it costs'],
        [
          'Losses in nats/token from Busbridge et al. 2025 (busbridge2025-corrected). Edit the inputs in column B; the grid recalculates.',
        ],
      ],
    },
    {
      range: a1(t, `A${INPUT_ROW - 1}:B${INPUT_LAST}`),
      values: [['Inputs', ''], ...inputs(options).map(([, label, value]) => [label, value])],
    },
    {
      range: a1(t, `A${FLIP_ROW - 1}:B${FLIP_ROW + 1}`),
      values: [
        ['Flip budgets (FLOPs)', ''],
        ['Best case (teacher free)', `=FLIP_COMPUTE(${ref('student')})`],
        ['Teacher trained for this student', `=FLIP_COMPUTE(${ref('student')}, "pretraining-and-inference")`],
      ],
    },
    {
      range: a1(t, `A${GRID_HEADER_ROW}:G${GRID_HEADER_ROW}`),
      values: [
        ['Budget (FLOPs)', 'Verdict', 'Distil loss', 'Train-directly loss', 'GPU-hours', 'Cost', 'log10 budget'],
      ],
    },
    { range: a1(t, grid), values: GRID_BUDGETS.map((budget) => [budget]) },
    // The chart's x axis: budgets span six decades, and a Sheets line chart has no log scale.
    {
      range: a1(t, `G${GRID_FIRST}:G${GRID_LAST}`),
      values: GRID_BUDGETS.map((_, i) => [`=LOG10(A${GRID_FIRST + i})`]),
    },
    // One formula per block, spilling down the grid (the verdict also spills right into both losses).
    {
      range: a1(t, `B${GRID_FIRST}`),
      values: [
        [
          `=DISTIL_OR_TRAIN(${ref('student')}, ${grid}, ${ref('teacherLoss')}, ${ref('teacherParams')}, ${ref('students')})`,
        ],
      ],
    },
    {
      range: a1(t, `E${GRID_FIRST}:F${GRID_FIRST}`),
      values: [
        [
          `=GPU_HOURS(${grid}, ${ref('gpu')}, ${ref('mfu')})`,
          `=TRAINING_COST(${grid}, ${ref('gpu')}, ${ref('provider')}, ${ref('mfu')}, ${ref('currency')}, ${ref('rate')})`,
        ],
      ],
    },
  ];
}

/** A 0-based GridRange from 1-based rows and 0-based columns, end exclusive. */
function gridRange(
  sheetId: number,
  firstRow: number,
  lastRow: number,
  firstColumn: number,
  endColumn: number,
): sheets_v4.Schema$GridRange {
  return {
    sheetId,
    startRowIndex: firstRow - 1,
    endRowIndex: lastRow,
    startColumnIndex: firstColumn,
    endColumnIndex: endColumn,
  };
}

function numberFormat(range: sheets_v4.Schema$GridRange, type: string, pattern: string): sheets_v4.Schema$Request {
  return {
    repeatCell: {
      range,
      cell: { userEnteredFormat: { numberFormat: { type, pattern } } },
      fields: 'userEnteredFormat.numberFormat',
    },
  };
}

function bold(range: sheets_v4.Schema$GridRange): sheets_v4.Schema$Request {
  return {
    repeatCell: {
      range,
      cell: { userEnteredFormat: { textFormat: { bold: true } } },
      fields: 'userEnteredFormat.textFormat.bold',
    },
  };
}

/** "$"#,##0.00, "¥"#,##0, or the ISO code for currencies without a symbol here. */
export function currencyPattern(currency: string): string {
  const symbol = Object.entries(CURRENCY_SYMBOLS).find(([text, code]) => code === currency && text.length === 1)?.[0];
  const decimals = minorUnitsOf(currency);
  const number = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  return symbol ? `"${symbol}"${number}` : `${number} "${currency}"`;
}

function formatRequests(sheetId: number, options: TemplateOptions): sheets_v4.Schema$Request[] {
  const row = (r: number, column: number) => gridRange(sheetId, r, r, column, column + 1);
  const INPUT_B = (key: InputKey) => row(INPUT_ROW + INPUT_KEYS.indexOf(key), 1);
  return [
    bold(gridRange(sheetId, 1, 1, 0, 1)),
    bold(row(INPUT_ROW - 1, 0)),
    bold(row(FLIP_ROW - 1, 0)),
    bold(gridRange(sheetId, GRID_HEADER_ROW, GRID_HEADER_ROW, 0, 7)),
    numberFormat(INPUT_B('student'), 'NUMBER', '#,##0'),
    numberFormat(INPUT_B('mfu'), 'PERCENT', '0%'),
    numberFormat(gridRange(sheetId, FLIP_ROW, FLIP_ROW + 1, 1, 2), 'SCIENTIFIC', '0.00E+00'),
    numberFormat(gridRange(sheetId, GRID_FIRST, GRID_LAST, 0, 1), 'SCIENTIFIC', '0.00E+00'),
    numberFormat(gridRange(sheetId, GRID_FIRST, GRID_LAST, 2, 4), 'NUMBER', '0.0000'),
    numberFormat(gridRange(sheetId, GRID_FIRST, GRID_LAST, 4, 5), 'NUMBER', '#,##0'),
    numberFormat(gridRange(sheetId, GRID_FIRST, GRID_LAST, 5, 6), 'CURRENCY', currencyPattern(options.currency)),
    numberFormat(gridRange(sheetId, GRID_FIRST, GRID_LAST, 6, 7), 'NUMBER', '0.0'),
    {
      updateDimensionProperties: {
        range: { sheetId, dimension: 'COLUMNS', startIndex: 0, endIndex: 1 },
        properties: { pixelSize: 300 },
        fields: 'pixelSize',
      },
    },
  ];
}

/** Predicted loss against budget, one line per route; the header row names the series. */
function chartRequest(sheetId: number): sheets_v4.Schema$Request {
  const column = (index: number) => ({
    sourceRange: { sources: [gridRange(sheetId, GRID_HEADER_ROW, GRID_LAST, index, index + 1)] },
  });
  return {
    addChart: {
      chart: {
        spec: {
          title: 'Predicted student loss against budget',
          basicChart: {
            chartType: 'LINE',
            legendPosition: 'BOTTOM_LEGEND',
            headerCount: 1,
            axis: [
              { position: 'BOTTOM_AXIS', title: 'Budget (log10 FLOPs)' },
              { position: 'LEFT_AXIS', title: 'Loss (nats/token)' },
            ],
            domains: [{ domain: column(6) }],
            series: [
              { series: column(2), targetAxis: 'LEFT_AXIS' },
              { series: column(3), targetAxis: 'LEFT_AXIS' },
            ],
          },
        },
        position: {
          overlayPosition: {
            anchorCell: { sheetId, rowIndex: 2, columnIndex: 8 },
            widthPixels: 640,
            heightPixels: 380,
          },
        },
      },
    },
  };
}
