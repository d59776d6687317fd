/**
 * Sheets in Japanese: the built bundle decides each call's language once, at the door — the function's own lang
 * argument where it has one (PILOT_PLAN), else the spreadsheet's locale (ja_JP) — and words every error, every
 * ERR: cell and every note through messages/ in it. The locale is read only when something is worded.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type GasBundle, loadGasBundle } from '../helpers/gasBundle.js';
import { expectJapanese } from '../helpers/japanese.js';

const column = (...values: unknown[]): unknown[][] => values.map((value) => [value]);

function sheetIn(locale: string): { gas: GasBundle; reads: () => number } {
  let reads = 0;
  const spreadsheet = {
    getSpreadsheetLocale: () => {
      reads++;
      return locale;
    },
  };
  const gas = loadGasBundle(undefined, { services: { SpreadsheetApp: { getActiveSpreadsheet: () => spreadsheet } } });
  return { gas, reads: () => reads };
}

function thrown(call: () => unknown): string {
  try {
    return `no error: ${JSON.stringify(call())}`;
  } catch (error) {
    return (error as Error).message;
  }
}

let ja: ReturnType<typeof sheetIn>;
let en: ReturnType<typeof sheetIn>;
beforeAll(() => {
  ja = sheetIn('ja_JP');
  en = sheetIn('en_US');
});

describe('a Japanese spreadsheet', () => {
  it('words a bad argument in Japanese, naming the argument as the function does', () => {
    const message = thrown(() => ja.gas.call('DISTIL_OR_TRAIN', '1.5X', 1e21));
    expect(message).toBe(
      'student_params の「1.5X」は数値ではありません。使える形式: 1.5B、7e9、7,000,000,000、20B、2T のような正の数',
    );
    expect(thrown(() => en.gas.call('DISTIL_OR_TRAIN', '1.5X', 1e21))).toMatch(
      /^student_params "1\.5X" is not a number/,
    );
  });

  it('words the range errors that were hand-written (sizes, columns) through the catalogue', () => {
    const sizes = thrown(() => ja.gas.call('DISTIL_LOSS', column(1e9, 2e9), column(2e10, 2e10, 2e10), 2.2));
    expect(sizes).toMatch(/^student_params（2行×1列）と tokens（3行×1列）の範囲の大きさがそろっていません。/);
    expectJapanese(sizes, 'sizes');
    const columns = thrown(() => ja.gas.call('OPTIMAL_SUPERVISED', [[1e21, 1e22]]));
    expect(columns).toMatch(/^compute：範囲が複数列です。/);
    expectJapanese(columns, 'columns');
    // English sheets keep their words.
    expect(thrown(() => en.gas.call('OPTIMAL_SUPERVISED', [[1e21, 1e22]]))).toMatch(
      /^compute: give a single column; each row gives one row of 3 results/,
    );
  });

  it('words a bad row of a range as ERR: in Japanese, the other rows still computed', () => {
    const rows = ja.gas.call('TRAINING_FLOPS', column(1e9, 'lots'), 2e10) as unknown[][];
    expect(typeof rows[0]![0]).toBe('number');
    expect(String(rows[1]![0])).toMatch(/^ERR: params の「lots」は数値ではありません$/);
  });

  it('writes the notes in Japanese', () => {
    const notes = String(ja.gas.call('DISTIL_NOTES', 1e9, 1e21, '', '7B@2T'));
    expect(notes).not.toBe('');
    expectJapanese(notes, 'notes');
  });

  it('heads the COST_SCENARIOS table in Japanese, with the same cells under it', () => {
    const [jaTable, enTable] = [ja, en].map(
      (sheet) => sheet.gas.call('COST_SCENARIOS', 1e22, 'h100', 'on-demand', 'JPY', 150) as unknown[][],
    );
    expect(jaTable[0]).toEqual([
      'オファー',
      '種類',
      'GPU',
      'ピーク TFLOP/s',
      'GPU時間あたりの価格（JPY）',
      '時点',
      'GPU時間',
      'MFU 高での費用（JPY）',
      '費用（JPY）',
      'MFU 低での費用（JPY）',
      '日数',
      'GPU 数',
      'オンデマンドとの差額（JPY）',
      '比べたオンデマンドのオファー',
    ]);
    expectJapanese(jaTable[0]!.join('、'), 'COST_SCENARIOS header');
    expect(enTable[0]![8]).toBe('cost (JPY)');
    expect(jaTable.slice(1)).toEqual(enTable.slice(1));
  });

  it("follows PILOT_PLAN's own lang over the locale", () => {
    const english = ja.gas.call('PILOT_PLAN', 1e9, 1e21, 2.1, 7e9, '', '', 'en') as unknown[][];
    expect(english[0]![0]).toMatch(/^[A-Za-z]/);
    const japanese = ja.gas.call('PILOT_PLAN', 1e9, 1e21, 2.1, 7e9) as unknown[][];
    expectJapanese(String(japanese[0]!.join(' ')), 'header from the locale');
  });

  it('reads the locale only when it words something', () => {
    const { gas, reads } = sheetIn('ja_JP');
    gas.call('TRAINING_FLOPS', column(1e9, 2e9), 2e10);
    expect(reads()).toBe(0);
    thrown(() => gas.call('TRAINING_FLOPS', 'lots', 2e10));
    expect(reads()).toBe(1);
  });
});
