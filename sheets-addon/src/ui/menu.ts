/**
 * The add-on's menu and what it runs, inside Apps Script: "Insert budget
 * sheet" lays the neutral budget-sheet description (layout.ts) out with
 * SpreadsheetApp and an EmbeddedChartBuilder; "Distil or train?" opens the
 * sidebar (Sidebar.html, 300 px, answered by sidebar.ts). Scopes:
 * spreadsheets.currentonly and script.container.ui only.
 */
import { clipTyped, isInputError, parseWorkspaceRates } from '../../../core/index.js';
import { SHEET_WORDS } from '../../../messages/index.js';
import { blockRange, budgetSheetLayout, DEFAULT_LAYOUT, layoutLang, type SheetLayout } from '../layout.js';

export const MENU_ITEMS = [
  { caption: 'Insert budget sheet', functionName: 'insertBudgetSheet' },
  { caption: 'Distil or train?', functionName: 'showDistilSidebar' },
] as const;

/** Runs in any auth mode (even before the add-on is enabled in this file): it only builds the menu. */
export function onOpen(_event?: unknown): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}

/** An add-on installed from the Marketplace gets its menu at once, without a reload. */
export function onInstall(event?: unknown): void {
  onOpen(event);
}

export function showDistilSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Distil or train?');
  SpreadsheetApp.getUi().showSidebar(page);
}

/** Sheets' locale country → the sheet's currency; anything else is USD. */
const CURRENCY_OF_COUNTRY: ReadonlyMap<string, string> = new Map([
  ['US', 'USD'],
  ['JP', 'JPY'],
  ['GB', 'GBP'],
  ['CA', 'CAD'],
  ['AU', 'AUD'],
  ['CH', 'CHF'],
  ['KR', 'KRW'],
  ['IN', 'INR'],
  ['CN', 'CNY'],
  ...['DE', 'FR', 'IT', 'ES', 'NL', 'IE', 'AT', 'BE', 'FI', 'PT', 'GR'].map((country): [string, string] => [
    country,
    'EUR',
  ]),
]);

export function currencyOfLocale(locale: string): string {
  return CURRENCY_OF_COUNTRY.get(locale.split(/[_-]/)[1]?.toUpperCase() ?? '') ?? 'USD';
}

/**
 * Writes the budget sheet into the open spreadsheet, in its currency; a second run rewrites it. A sheet in
 * another currency than USD first asks for the rate and its day (150@2026-11-01; the rate alone means today), so it
 * opens computing, never as a grid of "rate needed" errors; cancelled or unreadable, nothing is written.
 */
export function insertBudgetSheet(): void {
  const spreadsheet = SpreadsheetApp.getActive();
  const currency = currencyOfLocale(spreadsheet.getSpreadsheetLocale());
  const rate = currency === 'USD' ? { rate: '' as const, rateDate: '' } : askRate(currency);
  if (rate === null) return;
  writeLayout(spreadsheet, budgetSheetLayout({ ...DEFAULT_LAYOUT, currency, ...rate }));
}

/** The rate as a workspace gives it (core's DISTILPLAN_RATES reader), or null when cancelled or refused. */
function askRate(currency: string): { rate: number; rateDate: string } | null {
  const ui = SpreadsheetApp.getUi();
  const lang = layoutLang({ currency });
  const words = SHEET_WORDS[lang];
  const response = ui.prompt(words.ratePromptTitle(currency), words.ratePromptText(currency), ui.ButtonSet.OK_CANCEL);
  if (response.getSelectedButton() !== ui.Button.OK) return null;
  const typed = response.getResponseText().trim();
  const today = new Date().toISOString().slice(0, 10);
  try {
    const [read] = parseWorkspaceRates(`${currency}=${typed.includes('@') ? typed : `${typed}@${today}`}`);
    return { rate: Number(read!.ratePerUsd), rateDate: read!.date };
  } catch (error) {
    if (!isInputError(error)) throw error;
    ui.alert(words.rateUnreadable(clipTyped(typed), currency));
    return null;
  }
}

export function writeLayout(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, layout: SheetLayout): void {
  const existing = spreadsheet.getSheetByName(layout.title);
  const sheet = existing ?? spreadsheet.insertSheet(layout.title);
  if (existing) {
    for (const chart of existing.getCharts()) existing.removeChart(chart);
    existing.clear();
  }
  for (const block of layout.blocks) {
    const width = Math.max(...block.values.map((row) => row.length));
    // setValues wants a rectangle; text starting with "=" is entered as a formula, as if typed.
    const values = block.values.map((row) => [...row, ...new Array<string>(width - row.length).fill('')]);
    sheet.getRange(blockRange(block)).setValues(values);
  }
  for (const format of layout.numberFormats) sheet.getRange(format.range).setNumberFormat(format.pattern);
  for (const range of layout.bold) sheet.getRange(range).setFontWeight('bold');
  for (const { column, pixels } of layout.columnWidths) sheet.setColumnWidth(column, pixels);
  // The rate's names point at this sheet's rate cells; a name from an earlier run is replaced, not doubled.
  const names = new Set(layout.namedRanges.map((named) => named.name));
  for (const old of spreadsheet.getNamedRanges()) if (names.has(old.getName())) old.remove();
  for (const { name, range } of layout.namedRanges) spreadsheet.setNamedRange(name, sheet.getRange(range));
  sheet.insertChart(chartOf(sheet, layout.chart));
  spreadsheet.setActiveSheet(sheet);
}

function chartOf(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  chart: SheetLayout['chart'],
): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  // The first range added is the domain (x axis); each later one is a line named by its header cell.
  let builder = sheet.newChart().setChartType(Charts.ChartType.LINE).addRange(sheet.getRange(chart.domain));
  for (const series of chart.series) builder = builder.addRange(sheet.getRange(series));
  return builder
    .setNumHeaders(1)
    .setPosition(chart.anchor.row, chart.anchor.column, 0, 0)
    .setOption('title', chart.title)
    .setOption('hAxis', { title: chart.xTitle })
    .setOption('vAxis', { title: chart.yTitle })
    .setOption('legend', { position: 'bottom' })
    .setOption('series', Object.fromEntries(chart.colours.map((color, i) => [i, { color }])))
    .setOption('width', chart.widthPixels)
    .setOption('height', chart.heightPixels)
    .build();
}
