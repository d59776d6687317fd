/**
 * The add-on's menu inside the built Code.js, against a recording mock of
 * SpreadsheetApp, Charts and HtmlService: onOpen builds the menu, the sidebar
 * opens, and "Insert budget sheet" issues the expected calls. The sheet it
 * wrote is then evaluated by HyperFormula over the same bundle: budgets in
 * money → FLOPs → verdicts, losses, calls, notes and GPU-hours.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { flopsForBudget } from '../../core/cost/index.js';
import { crossoverCompute, decide } from '../../core/index.js';
import { renderWarning, SHEET_WORDS } from '../../messages/index.js';
import { GRID_BUDGETS_USD, RATE_DATE_NAME, RATE_NAME } from '../../sheets-addon/src/layout.js';
import { loadGasBundle } from '../helpers/gasBundle.js';
import { recordingServices } from '../helpers/gasRecorder.js';
import { buildSheet, registerGasFunctions } from '../helpers/hyperformulaBridge.js';

const summary = (calls: { target: string; method: string; args: unknown[] }[]) =>
  calls.map((call) => `${call.target}.${call.method}(${call.args.map((arg) => JSON.stringify(arg)).join(', ')})`);

describe('the add-on menu', () => {
  it('onOpen and onInstall add "Insert budget sheet" and "Distil or train?" to the add-on menu', () => {
    for (const trigger of ['onOpen', 'onInstall']) {
      const recorder = recordingServices();
      loadGasBundle(undefined, { services: recorder.services }).call(trigger, { authMode: 'NONE' });
      expect(summary(recorder.calls)).toEqual([
        'SpreadsheetApp.getUi()',
        'ui.createAddonMenu()',
        'menu.addItem("Insert budget sheet", "insertBudgetSheet")',
        'menu.addItem("Distil or train?", "showDistilSidebar")',
        'menu.addToUi()',
      ]);
    }
  });

  it('"Distil or train?" opens Sidebar.html as a sidebar', () => {
    const recorder = recordingServices();
    loadGasBundle(undefined, { services: recorder.services }).call('showDistilSidebar');
    expect(summary(recorder.calls)).toEqual([
      'HtmlService.createHtmlOutputFromFile("Sidebar")',
      'html.setTitle("Distil or train?")',
      'SpreadsheetApp.getUi()',
      'ui.showSidebar({"file":"Sidebar","title":"Distil or train?"})',
    ]);
  });
});

describe('"Insert budget sheet"', () => {
  it('writes the template into the current spreadsheet: cells, formats, widths, a line chart', () => {
    const recorder = recordingServices({ locale: 'en_US' });
    loadGasBundle(undefined, { services: recorder.services }).call('insertBudgetSheet');
    const calls = summary(recorder.calls);
    expect(calls.slice(0, 3)).toEqual([
      'SpreadsheetApp.getActive()',
      'spreadsheet.getSheetByName("distilplan")',
      'spreadsheet.insertSheet("distilplan")',
    ]);
    expect(calls).toContain(`range distilplan!A20:A31.setValues(${JSON.stringify(GRID_BUDGETS_USD.map((b) => [b]))})`);
    expect(calls).toContain(
      'range distilplan!B20:C20.setValues([["=BUDGET_FLOPS(A20:A31, $B$5, $B$6, $B$7, $B$8, DISTILPLAN_RATE)","=DISTIL_OR_TRAIN($B$4, B20:B31, $B$10, $B$11, $B$12)"]])',
    );
    expect(calls).toContain(
      'range distilplan!G20:H20.setValues([["=DISTIL_NOTES($B$4, B20:B31, $B$10, $B$11, $B$12)","=GPU_HOURS(B20:B31, $B$5, $B$7)"]])',
    );
    expect(calls).toContain('range distilplan!A20:A31.setNumberFormat("\\"$\\"#,##0.00")');
    expect(calls).toContain('sheet distilplan.setColumnWidth(1, 320)');
    // The rate is one named cell (and its day beside it) that every formula reads; a USD sheet asks for none.
    expect(calls).toContain(`spreadsheet.setNamedRange("${RATE_NAME}", "B9")`);
    expect(calls).toContain(`spreadsheet.setNamedRange("${RATE_DATE_NAME}", "C9")`);
    expect(calls.filter((call) => call.startsWith('ui.prompt'))).toEqual([]);
    expect(calls.slice(calls.indexOf('sheet distilplan.newChart()'))).toEqual([
      'sheet distilplan.newChart()',
      'chart distilplan.setChartType("LINE")',
      'chart distilplan.addRange("I19:I31")',
      'chart distilplan.addRange("D19:D31")',
      'chart distilplan.addRange("E19:E31")',
      'chart distilplan.setNumHeaders(1)',
      'chart distilplan.setPosition(2, 11, 0, 0)',
      'chart distilplan.setOption("title", "Predicted student loss against budget")',
      'chart distilplan.setOption("hAxis", {"title":"Budget (log10 USD)"})',
      'chart distilplan.setOption("vAxis", {"title":"predicted loss (nats/token)"})',
      'chart distilplan.setOption("legend", {"position":"bottom"})',
      // The chart description's colours: distilled orange, trained directly blue.
      'chart distilplan.setOption("series", {"0":{"color":"#E69F00"},"1":{"color":"#0072B2"}})',
      'chart distilplan.setOption("width", 640)',
      'chart distilplan.setOption("height", 380)',
      'chart distilplan.build()',
      'sheet distilplan.insertChart({"chartOf":"distilplan"})',
      'spreadsheet.setActiveSheet("distilplan")',
    ]);
    // Writing only: no sheet-wide clear, no other sheet touched.
    expect(calls.filter((call) => call.includes('.clear(') || call.includes('removeChart'))).toEqual([]);
  });

  it("a second run rewrites the sheet (old chart removed, cells cleared, the rate's names replaced); a Japanese sheet's budgets are in yen", () => {
    const recorder = recordingServices({
      locale: 'ja_JP',
      existingSheets: ['distilplan'],
      promptAnswer: '150@2026-11-01',
      existingNames: [RATE_NAME, 'MY_OWN_NAME'],
    });
    loadGasBundle(undefined, { services: recorder.services }).call('insertBudgetSheet');
    const calls = summary(recorder.calls);
    expect(calls.slice(0, 5)).toEqual([
      'SpreadsheetApp.getActive()',
      'SpreadsheetApp.getUi()',
      `ui.prompt(${JSON.stringify(SHEET_WORDS.ja.ratePromptTitle('JPY'))}, ${JSON.stringify(SHEET_WORDS.ja.ratePromptText('JPY'))}, "OK_CANCEL")`,
      'spreadsheet.getSheetByName("distilplan")',
      'sheet distilplan.getCharts()',
    ]);
    expect(calls.slice(5, 7)).toEqual(['sheet distilplan.removeChart()', 'sheet distilplan.clear()']);
    expect(calls.filter((call) => call.startsWith('namedRange.remove'))).toEqual([`namedRange.remove("${RATE_NAME}")`]);
    expect(calls).toContain(`spreadsheet.setNamedRange("${RATE_NAME}", "B9")`);
    expect(calls).not.toContain('spreadsheet.insertSheet("distilplan")');
    expect(calls).toContain(
      `range distilplan!A20:A31.setValues(${JSON.stringify(GRID_BUDGETS_USD.map((b) => [b * 100]))})`,
    );
    expect(calls).toContain('range distilplan!A20:A31.setNumberFormat("\\"¥\\"#,##0")');
  });
});

describe('the sheet it wrote, evaluated by HyperFormula over the bundle', () => {
  const gas = loadGasBundle();
  beforeAll(() => {
    registerGasFunctions(gas);
  });

  /** The named ranges the menu set (setNamedRange calls). */
  function namedFrom(recorder: { calls: { method: string; args: unknown[] }[] }) {
    return recorder.calls
      .filter((call) => call.method === 'setNamedRange')
      .map((call) => ({ name: String(call.args[0]), range: String(call.args[1]) }));
  }

  /** The recorded setValues calls placed at their A1 ranges, as Sheets would hold them. */
  function sheetFrom(written: { range: string; values: unknown[][] }[]): unknown[][] {
    const rows: unknown[][] = Array.from({ length: 40 }, () => []);
    for (const { range, values } of written) {
      const [, letters, row] = /^([A-Z])(\d+)/.exec(range)!;
      values.forEach((line, r) => {
        line.forEach((value, c) => {
          rows[Number(row) - 1 + r]![letters!.charCodeAt(0) - 65 + c] = value === '' ? null : value;
        });
      });
    }
    return rows;
  }

  it('money budgets → FLOPs (as the CLI) → verdict, losses, call, notes and GPU-hours in every row', () => {
    const recorder = recordingServices({ locale: 'en_US' });
    loadGasBundle(undefined, { services: recorder.services }).call('insertBudgetSheet');
    const sheet = buildSheet(sheetFrom(recorder.written()), namedFrom(recorder));
    const values = sheet.getSheetValues(0);
    const grid = values.slice(19, 31);
    expect(grid).toHaveLength(GRID_BUDGETS_USD.length);
    for (const [i, row] of grid.entries()) {
      const budget = GRID_BUDGETS_USD[i]!;
      const flops = flopsForBudget({ kind: 'money', amount: String(budget), currency: 'USD' }, { gpu: 'h100' }).flops
        .base;
      expect(row[0]).toBe(budget);
      expect(row[1]).toBe(flops);
      const decision = decide(
        { studentParams: 1e9, compute: flops, teacher: { kind: 'none', students: 1 } },
        { flipSearch: false },
      );
      // The call first, the law's bare verdict last.
      expect(row.slice(2, 6)).toEqual([decision.call, decision.distilLoss, decision.supervisedLoss, decision.verdict]);
      expect(row[6]).toBe(decision.warnings.map((w) => renderWarning(w, 'en')).join(' · '));
      expect(typeof row[7]).toBe('number');
    }
    // The flip budget uses the verdicts' scenario: a teacher trained for the student.
    expect(values[15]![1]).toBe(
      crossoverCompute({ studentParams: 1e9, scenario: 'pretraining-and-inference' }).flipCompute ?? 'none',
    );
    expect(values[12]!.slice(1, 5)).toEqual((gas.call('GPU_PRICE', 'h100') as unknown[][])[0]);
  });

  it('a yen sheet asks for its rate and its day, then opens computing in Japanese: no error cell, no flip priced below the evidence', () => {
    const recorder = recordingServices({ locale: 'ja_JP', promptAnswer: '150@2026-11-01' });
    loadGasBundle(undefined, { services: recorder.services }).call('insertBudgetSheet');
    const sheet = buildSheet(sheetFrom(recorder.written()), namedFrom(recorder));
    const values = sheet.getSheetValues(0);
    // Nothing typed yet, and not one error: no HyperFormula error, no "ERR:" cell, no #-code.
    const errors = values
      .flat()
      .filter((value) => (typeof value === 'object' && value !== null) || /^(ERR|#)/.test(String(value)));
    expect(errors).toEqual([]);
    // The rate and the day it was set, side by side, as a workspace's rate is given.
    expect(values[8]!.slice(0, 3)).toEqual([SHEET_WORDS.ja.rate('JPY', RATE_NAME), 150, '2026-11-01']);
    expect(values[3]![0]).toBe(SHEET_WORDS.ja.student);
    expect(values[18]).toEqual([...SHEET_WORDS.ja.headings]);
    // ¥10,000 at 150 per USD buys what $66.67 buys.
    const at = (rate: number) =>
      flopsForBudget({ kind: 'money', amount: '10000', currency: 'JPY' }, { gpu: 'h100', rate }).flops.base;
    expect(values[19]![1]).toBe(at(150));
    expect(values[19]![2]).toMatch(/^(distil|train|close-call|outside-evidence)$/);
    // 1B flips near 4e17 FLOPs, far below the fitted runs: said, not "¥179".
    expect(values[16]![1]).toBe(SHEET_WORDS.ja.flipOutsideEvidence);
    sheet.setCellContents({ sheet: 0, col: 1, row: 8 }, [[160]]);
    expect(sheet.getCellValue({ sheet: 0, col: 1, row: 19 })).toBe(at(160));
  });

  it('the rate alone means today; Cancel writes nothing; an unreadable rate is explained and nothing is written', () => {
    const today = new Date().toISOString().slice(0, 10);
    const alone = recordingServices({ locale: 'ja_JP', promptAnswer: '１５０' });
    loadGasBundle(undefined, { services: alone.services }).call('insertBudgetSheet');
    const rateRow = alone.written().find((block) => block.range.startsWith('A3:'))!.values[6];
    expect(rateRow!.slice(1)).toEqual([150, today]);

    const cancelled = recordingServices({ locale: 'ja_JP', promptAnswer: null });
    loadGasBundle(undefined, { services: cancelled.services }).call('insertBudgetSheet');
    expect(cancelled.written()).toEqual([]);

    const unreadable = recordingServices({ locale: 'ja_JP', promptAnswer: 'about 150' });
    loadGasBundle(undefined, { services: unreadable.services }).call('insertBudgetSheet');
    expect(unreadable.written()).toEqual([]);
    const alert = unreadable.calls.find((call) => call.method === 'alert')!;
    // In the sheet's language, echoing what was typed (not the DISTILPLAN_RATES form it is read with).
    expect(alert.args[0]).toBe(SHEET_WORDS.ja.rateUnreadable('about 150', 'JPY'));
  });
});
