/**
 * The googleapis writer of the budget sheet: the neutral description
 * (src/layout.ts, also laid out by the add-on's menu) as Sheets API requests.
 * Kept pure so the exact requests can be asserted.
 */
import type { sheets_v4 } from 'googleapis';
import {
  blockRange,
  budgetSheetLayout,
  type LayoutOptions,
  type LineChart,
  type NumberFormat,
  parseA1,
  RATE_DATE_NAME,
  RATE_NAME,
} from '../src/layout.js';

import { type ScenariosTab, scenariosTab } from './scenarios-tab.js';

export { currencyPattern } from '../src/layout.js';

export interface TemplateOptions {
  sheetTitle: string;
  studentParams: number;
  gpu: string;
  /** Blank: the GPU's reference price. */
  provider: string;
  mfu: number;
  currency: string;
  /** Currency units per USD; 1 for USD. */
  rate: number;
  /** The day the rate was set (YYYY-MM-DD), kept beside it as a workspace's rate is; '' for USD. */
  rateDate: string;
}

export const DEFAULT_TEMPLATE: TemplateOptions = {
  sheetTitle: 'distilplan',
  studentParams: 1e9,
  gpu: 'h100',
  provider: '',
  mfu: 0.4,
  currency: 'USD',
  rate: 1,
  rateDate: '',
};

/** The sheet as it stands, from spreadsheets.get. */
export interface ExistingSheets {
  sheets: { sheetId: number; title: string; chartIds: number[] }[];
  /** The spreadsheet's named ranges: the rate's names are replaced on every run. */
  namedRanges?: { namedRangeId: string; name: string }[];
}

export interface TemplatePlan {
  sheetId: number;
  /** spreadsheets.batchUpdate: make or clear the sheet, formats, chart. */
  requests: sheets_v4.Schema$Request[];
  /** spreadsheets.values.batchUpdate with USER_ENTERED, so formulas are formulas. */
  data: sheets_v4.Schema$ValueRange[];
}

const NEW_SHEET_ID = 1_000_001;

export function a1(sheetTitle: string, range: string): string {
  return `'${sheetTitle.replace(/'/g, "''")}'!${range}`;
}

export function layoutOptions(options: TemplateOptions): LayoutOptions {
  return {
    sheetTitle: options.sheetTitle,
    studentParams: options.studentParams,
    gpu: options.gpu,
    providerOrPrice: options.provider,
    mfu: options.mfu,
    currency: options.currency,
    rate: options.currency === 'USD' ? '' : options.rate,
    rateDate: options.currency === 'USD' ? '' : options.rateDate,
  };
}

export function buildTemplate(options: TemplateOptions, existing: ExistingSheets): TemplatePlan {
  const layout = budgetSheetLayout(layoutOptions(options));
  const main = prepareSheet(layout.title, existing, []);
  // The second tab: one run on every offer of the price table (COST_SCENARIOS), with a cost profile beside it.
  const tab = scenariosTab({
    sheetTitle: layout.title,
    currency: options.currency,
    rate: options.currency === 'USD' ? '' : options.rate,
  });
  const second = prepareSheet(tab.title, existing, [main.sheetId]);
  return {
    sheetId: main.sheetId,
    requests: [
      ...main.requests,
      ...second.requests,
      ...namedRangeRequests(main.sheetId, layout.namedRanges, existing),
      ...cellFormats(main.sheetId, layout),
      ...cellFormats(second.sheetId, tab),
      chartRequest(main.sheetId, layout.chart),
    ],
    data: [...layout.blocks, ...tab.blocks].map((block, i) => ({
      range: a1(i < layout.blocks.length ? layout.title : tab.title, blockRange(block)),
      values: block.values,
    })),
  };
}

/** The rate's names point at this sheet's rate cells: a name left from an earlier run is replaced, not doubled. */
function namedRangeRequests(
  sheetId: number,
  named: { name: string; range: string }[],
  existing: ExistingSheets,
): sheets_v4.Schema$Request[] {
  const names = new Set(named.map((entry) => entry.name));
  return [
    ...(existing.namedRanges ?? [])
      .filter((entry) => names.has(entry.name))
      .map((entry) => ({ deleteNamedRange: { namedRangeId: entry.namedRangeId } })),
    ...named.map(({ name, range }) => ({ addNamedRange: { namedRange: { name, range: gridRange(sheetId, range) } } })),
  ];
}

export { RATE_DATE_NAME, RATE_NAME };

/** Adds the sheet, or clears it and its charts when a re-run finds it. */
function prepareSheet(
  title: string,
  existing: ExistingSheets,
  taken: number[],
): { sheetId: number; requests: sheets_v4.Schema$Request[] } {
  const found = existing.sheets.find((sheet) => sheet.title === title);
  const sheetId = found?.sheetId ?? freeSheetId(existing, taken);
  const requests: sheets_v4.Schema$Request[] = found
    ? [
        ...found.chartIds.map((objectId) => ({ deleteEmbeddedObject: { objectId } })),
        // Fields without rows clear values and formats: a re-run starts from a clean sheet.
        { updateCells: { range: { sheetId }, fields: 'userEnteredValue,userEnteredFormat' } },
      ]
    : [{ addSheet: { properties: { sheetId, title } } }];
  return { sheetId, requests };
}

function cellFormats(
  sheetId: number,
  layout: Pick<ScenariosTab, 'bold' | 'numberFormats' | 'columnWidths'>,
): sheets_v4.Schema$Request[] {
  return [
    ...layout.bold.map((range) => bold(gridRange(sheetId, range))),
    ...layout.numberFormats.map((format) => numberFormat(sheetId, format)),
    ...layout.columnWidths.map(({ column, pixels }) => ({
      updateDimensionProperties: {
        range: { sheetId, dimension: 'COLUMNS' as const, startIndex: column - 1, endIndex: column },
        properties: { pixelSize: pixels },
        fields: 'pixelSize',
      },
    })),
  ];
}

function freeSheetId(existing: ExistingSheets, taken: number[] = []): number {
  const used = new Set([...existing.sheets.map((sheet) => sheet.sheetId), ...taken]);
  let id = NEW_SHEET_ID;
  while (used.has(id)) id++;
  return id;
}

/** "B20:E31" or "A1" → a 0-based GridRange, end exclusive. */
export function gridRange(sheetId: number, range: string): sheets_v4.Schema$GridRange {
  const [first, last = first] = range.split(':') as [string, string?];
  const start = parseA1(first);
  const end = parseA1(last!);
  return {
    sheetId,
    startRowIndex: start.row - 1,
    endRowIndex: end.row,
    startColumnIndex: start.column - 1,
    endColumnIndex: end.column,
  };
}

function numberFormat(sheetId: number, format: NumberFormat): sheets_v4.Schema$Request {
  return {
    repeatCell: {
      range: gridRange(sheetId, format.range),
      cell: { userEnteredFormat: { numberFormat: { type: format.type, pattern: format.pattern } } },
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

/** #RRGGBB → the Sheets API's 0–1 channels. */
function rgbOf(hex: string): { red: number; green: number; blue: number } {
  const channel = (at: number) => Number.parseInt(hex.slice(at, at + 2), 16) / 255;
  return { red: channel(1), green: channel(3), blue: channel(5) };
}

/** One line per series; each range's header row names its line. */
function chartRequest(sheetId: number, chart: LineChart): sheets_v4.Schema$Request {
  const source = (range: string) => ({ sourceRange: { sources: [gridRange(sheetId, range)] } });
  return {
    addChart: {
      chart: {
        spec: {
          title: chart.title,
          basicChart: {
            chartType: 'LINE',
            legendPosition: 'BOTTOM_LEGEND',
            headerCount: 1,
            axis: [
              { position: 'BOTTOM_AXIS', title: chart.xTitle },
              { position: 'LEFT_AXIS', title: chart.yTitle },
            ],
            domains: [{ domain: source(chart.domain) }],
            series: chart.series.map((range, i) => ({
              series: source(range),
              targetAxis: 'LEFT_AXIS',
              colorStyle: { rgbColor: rgbOf(chart.colours[i]!) },
            })),
          },
        },
        position: {
          overlayPosition: {
            anchorCell: { sheetId, rowIndex: chart.anchor.row - 1, columnIndex: chart.anchor.column - 1 },
            widthPixels: chart.widthPixels,
            heightPixels: chart.heightPixels,
          },
        },
      },
    },
  };
}
