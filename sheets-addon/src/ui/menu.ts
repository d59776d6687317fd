/**
 * The add-on's menu and what it runs, inside Apps Script: "Insert budget
 * sheet" lays the neutral budget-sheet description (layout.ts) out with
 * SpreadsheetApp and an EmbeddedChartBuilder; "Distil or train?" opens the
 * sidebar (Sidebar.html, 300 px, answered by sidebar.ts). Scopes:
 * spreadsheets.currentonly and script.container.ui only.
 */
import { languageOfLocale } from '../../../core/index.js';
import { type Lang, SHEETS_WORDS } from '../../../messages/index.js';
import { blockRange, budgetSheetLayout, DEFAULT_LAYOUT, type SheetLayout } from '../layout.js';

/** The menu's items in a language (messages/ words them). */
export function menuItems(lang: Lang) {
  const words = SHEETS_WORDS[lang].menu;
  return [
    { caption: words.insertBudgetSheet, functionName: 'insertBudgetSheet' },
    { caption: words.sidebar, functionName: 'showDistilSidebar' },
  ] as const;
}

export const MENU_ITEMS = menuItems('en');

/**
 * The person's language, decided once at the door: their Google account's (Session), which onOpen may read in
 * any auth mode; English where it is not available.
 */
function userLang(): Lang {
  try {
    return languageOfLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

/** Runs in any auth mode (even before the add-on is enabled in this file): it only builds the menu. */
export function onOpen(_event?: unknown): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of menuItems(userLang())) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}

/** An add-on installed from the Marketplace gets its menu at once, without a reload. */
export function onInstall(event?: unknown): void {
  onOpen(event);
}

export function showDistilSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SHEETS_WORDS[userLang()].menu.sidebar);
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

/** Writes the budget sheet into the open spreadsheet, in its currency; a second run rewrites it. */
export function insertBudgetSheet(): void {
  const spreadsheet = SpreadsheetApp.getActive();
  const locale = spreadsheet.getSpreadsheetLocale();
  // The sheet's words follow the spreadsheet's locale, as its currency and its custom functions' errors do.
  writeLayout(
    spreadsheet,
    budgetSheetLayout({ ...DEFAULT_LAYOUT, currency: currencyOfLocale(locale), lang: languageOfLocale(locale) }),
  );
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
