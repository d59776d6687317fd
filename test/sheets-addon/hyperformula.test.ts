/**
 * Real formulas over the shipped bundle: HyperFormula evaluates the sheet
 * (ranges, spills, SUM over spilled cells, recalculation on edits) and a
 * bridge plugin calls Code.js's custom functions in node:vm.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { costFlops, flopsForBudget, Money } from '../../core/cost/index.js';
import { crossoverCompute, decide, distilledLoss, optimalDistillation } from '../../core/index.js';
import { SHEET_WORDS } from '../../messages/index.js';
import { budgetSheetLayout, GRID_BUDGETS_USD } from '../../sheets-addon/src/layout.js';
import { buildTemplate, DEFAULT_TEMPLATE, layoutOptions } from '../../sheets-addon/tool/layout.js';
import { loadGasBundle } from '../helpers/gasBundle.js';
import { buildSheet, registerGasFunctions } from '../helpers/hyperformulaBridge.js';

// The Figure-1 measurements, kept in the repository (data/fig1/README.md has their provenance).
const FIG1 = join(import.meta.dirname, '..', '..', 'data', 'fig1', 'fig1_measured.csv');

function readFig1(): number[][] {
  const [header, ...lines] = readFileSync(FIG1, 'utf8').trim().split(/\r?\n/);
  expect(header).toBe('NS,DS,LT,LS');
  return lines.map((line) => line.split(',').map(Number));
}

const cell = (col: number, row: number) => ({ sheet: 0, col, row });

beforeAll(() => {
  registerGasFunctions(loadGasBundle());
});

describe('Figure 1 of the paper through =DISTIL_LOSS over ranges', () => {
  it('spills 354 predictions equal to core, within 0.35% MAPE of the measured losses', () => {
    const data = readFig1();
    expect(data).toHaveLength(354);
    const rows: unknown[][] = [['NS', 'DS', 'LT', 'LS', 'predicted'], ...data.map((row) => [...row])];
    rows[1]![4] = '=DISTIL_LOSS(A2:A355, B2:B355, C2:C355)';
    const sheet = buildSheet(rows);
    const predicted = data.map((_, i) => sheet.getCellValue(cell(4, i + 1)));
    data.forEach(([ns, ds, lt], i) => {
      expect(predicted[i]).toBe(distilledLoss(ns!, ds!, lt!).loss);
    });
    const mape =
      data.reduce((sum, row, i) => sum + Math.abs((predicted[i] as number) - row[3]!) / row[3]!, 0) / data.length;
    console.log(`Figure 1 through the Sheets bundle: MAPE ${(100 * mape).toFixed(3)}% over ${data.length} points`);
    expect(mape).toBeLessThanOrEqual(0.0035);
  });
});

describe('spills, SUM and recalculation', () => {
  const flops = [1e21, 3.5e21, 1e22, 2.5e22, 1e23, 4e23, 1e24];

  it("=SUM over a spilled TRAINING_COST column equals core's total", () => {
    const rows: unknown[][] = flops.map((f) => [f]);
    rows[0]![1] = '=TRAINING_COST(A1:A7, "h100", "aws")';
    rows[0]![2] = '=SUM(B1:B7)';
    const sheet = buildSheet(rows);
    const costs = flops.map((f) => costFlops(f, { gpu: 'h100', provider: 'aws' }));
    flops.forEach((_, i) => {
      expect(sheet.getCellValue(cell(1, i))).toBe(Number(costs[i]!.costExact.base));
    });
    const exactTotal = costs.reduce((sum, cost) => sum.plus(cost.costExact.base), new Money(0));
    const total = sheet.getCellValue(cell(2, 0)) as number;
    expect(total).toBe(costs.reduce((sum, cost) => sum + Number(cost.costExact.base), 0));
    expect(Math.abs(total - exactTotal.toNumber()) / exactTotal.toNumber()).toBeLessThan(1e-15);
  });

  it('a bad row shows its error in its own cell; SUM skips it; fixing it recalculates', () => {
    const rows: unknown[][] = flops.map((f) => [f]);
    rows[2]![0] = -1;
    rows[0]![1] = '=TRAINING_COST(A1:A7, "h100")';
    rows[0]![2] = '=SUM(B1:B7)';
    const sheet = buildSheet(rows);
    const cost = (f: number) => Number(costFlops(f, { gpu: 'h100' }).costExact.base);
    expect(sheet.getCellValue(cell(1, 2))).toBe('ERR: flops must be ≥ 0');
    expect(sheet.getCellValue(cell(1, 3))).toBe(cost(2.5e22));
    const withoutBad = flops.filter((_, i) => i !== 2).reduce((sum, f) => sum + cost(f), 0);
    expect(sheet.getCellValue(cell(2, 0))).toBeCloseTo(withoutBad, 6);
    sheet.setCellContents(cell(0, 2), [[1e22]]);
    expect(sheet.getCellValue(cell(1, 2))).toBe(cost(1e22));
  });

  it('OPTIMAL_DISTIL spills N×5 and DISTIL_OR_TRAIN N×4', () => {
    const sheet = buildSheet([
      [
        1e9,
        1e21,
        '=OPTIMAL_DISTIL(A1:A2, B1:B2, "best-case")',
        null,
        null,
        null,
        null,
        '=DISTIL_OR_TRAIN(A1:A2, B1:B2, 1.9, "7B")',
      ],
      [3e9, 1e23],
    ]);
    const values = sheet.getSheetValues(0);
    const plan = optimalDistillation({ studentParams: 3e9, compute: 1e23, scenario: 'best-case' });
    expect(values[1]!.slice(2, 7)).toEqual([
      plan.loss,
      plan.studentTokens,
      plan.teacherParams,
      plan.teacherTokens,
      plan.teacherLoss,
    ]);
    expect(values[0]![7]).toMatch(/^(distil|train)$/);
    expect(values[1]!.slice(8, 10).every((v) => typeof v === 'number')).toBe(true);
  });

  it('a bad single value errors the formula with the argument named (Sheets: #ERROR!)', () => {
    const sheet = buildSheet([['=SUPERVISED_LOSS(1e9, 0)']]);
    const value = sheet.getCellValue(cell(0, 0)) as { type: string; message: string };
    expect(value.type).toBe('VALUE');
    expect(value.message).toMatch(/^tokens must be > 0/);
  });
});

describe('the budget sheet the template tool writes', () => {
  /** Places each value block at its A1 range, as values.batchUpdate would. */
  const OPTIONS = { ...DEFAULT_TEMPLATE, provider: 'aws' };
  const NAMED = budgetSheetLayout(layoutOptions(OPTIONS)).namedRanges;

  function sheetFromTemplate(): unknown[][] {
    const rows: unknown[][] = Array.from({ length: 40 }, () => []);
    const column = (letters: string) => letters.charCodeAt(0) - 65;
    // The budget sheet's own blocks (its scenarios tab is checked through the bundle in test/sheets-api).
    const blocks = buildTemplate(OPTIONS, { sheets: [] }).data.filter((block) =>
      block.range!.startsWith("'distilplan'!"),
    );
    for (const block of blocks) {
      const [, letters, row] = /!([A-Z])(\d+)/.exec(block.range!)!;
      block.values!.forEach((values, r) => {
        values.forEach((value, c) => {
          rows[Number(row) - 1 + r]![column(letters!) + c] = value === '' ? null : value;
        });
      });
    }
    return rows;
  }

  it('evaluates: FLOPs from money, verdicts, both losses, calls, GPU-hours, the price row and the flip budget', () => {
    const sheet = buildSheet(sheetFromTemplate(), NAMED);
    const values = sheet.getSheetValues(0);
    const grid = values.slice(19, 19 + GRID_BUDGETS_USD.length);
    expect(grid).toHaveLength(12);
    for (const [i, row] of grid.entries()) {
      expect(row[0]).toBe(GRID_BUDGETS_USD[i]);
      expect(row[1]).toBe(
        flopsForBudget(
          { kind: 'money', amount: String(GRID_BUDGETS_USD[i]), currency: 'USD' },
          { gpu: 'h100', provider: 'aws' },
        ).flops.base,
      );
      expect(row[2]).toMatch(/^(distil|train|close-call|outside-evidence)$/);
      expect(row[5]).toMatch(/^(distil|train)$/);
      for (const value of [row[3], row[4], row[7]]) expect(typeof value).toBe('number');
    }
    expect(values[12]![4]).toMatch(/^aws /);
    expect(values.flat().filter((value) => typeof value === 'object' && value !== null)).toEqual([]);
  });

  const flipOf = (studentParams: number) =>
    crossoverCompute({ studentParams, scenario: 'pretraining-and-inference' }).flipCompute!;
  const callAt = (studentParams: number, compute: number) =>
    decide({ studentParams, compute, teacher: { kind: 'none', students: 1 } }, { flipSearch: false }).call;

  it('a flip far below the evidence is said as such, never priced (1B flips near 4e17 FLOPs: "$1" would read as a plan)', () => {
    const sheet = buildSheet(sheetFromTemplate(), NAMED);
    const flip = flipOf(1e9);
    expect(flip).toBeLessThan(1e18);
    expect(callAt(1e9, flip)).toBe('outside-evidence');
    expect(sheet.getCellValue(cell(1, 15))).toBe(flip);
    expect(sheet.getCellValue(cell(1, 16))).toBe(SHEET_WORDS.en.flipOutsideEvidence);
  });

  it('a flip inside the evidence is priced: 100M flips near 5e20 FLOPs, a close call there', () => {
    const sheet = buildSheet(sheetFromTemplate(), NAMED);
    sheet.setCellContents(cell(1, 3), [[1e8]]);
    const flip = flipOf(1e8);
    expect(callAt(1e8, flip)).not.toBe('outside-evidence');
    expect(sheet.getCellValue(cell(1, 15))).toBe(flip);
    expect(sheet.getCellValue(cell(1, 16))).toBe(
      Number(costFlops(flip, { gpu: 'h100', provider: 'aws' }).costExact.base),
    );
  });
});
