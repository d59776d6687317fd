/**
 * A recording mock of the Apps Script services the add-on's menu uses:
 * SpreadsheetApp (spreadsheet, sheets, ranges, UI and add-on menu),
 * EmbeddedChartBuilder, Charts and HtmlService. Every call is appended to
 * `calls` as "receiver.method(args…)" with its arguments, so a test can assert
 * exactly what the add-on asked Google to do, and rebuild the sheet it wrote.
 */

export interface Call {
  target: string;
  method: string;
  args: unknown[];
}

export interface Recorder {
  calls: Call[];
  services: Record<string, unknown>;
  /** What setValues wrote: A1 range → values. */
  written(): { range: string; values: unknown[][] }[];
}

export function recordingServices(
  options: {
    locale?: string;
    existingSheets?: string[];
    /** What the person answers to a prompt: the text typed, or null for Cancel. */
    promptAnswer?: string | null;
    /** Named ranges the spreadsheet already has. */
    existingNames?: string[];
  } = {},
): Recorder {
  const calls: Call[] = [];
  /** Records the call and returns what the real method would. */
  const record = <T>(target: string, method: string, args: unknown[], result?: T): T => {
    calls.push({ target, method, args: JSON.parse(JSON.stringify(args)) });
    return result as T;
  };

  const range = (sheet: string, a1: string) => {
    const self = {
      setValues: (values: unknown[][]) => record(`range ${sheet}!${a1}`, 'setValues', [values], self),
      setNumberFormat: (pattern: string) => record(`range ${sheet}!${a1}`, 'setNumberFormat', [pattern], self),
      setFontWeight: (weight: string) => record(`range ${sheet}!${a1}`, 'setFontWeight', [weight], self),
      getA1Notation: () => a1,
    };
    return self;
  };

  const chartBuilder = (sheet: string) => {
    const builder: Record<string, (...args: unknown[]) => unknown> = {};
    for (const method of ['setChartType', 'setNumHeaders', 'setPosition', 'setOption']) {
      builder[method] = (...args: unknown[]) => record(`chart ${sheet}`, method, args, builder);
    }
    builder.addRange = (r: unknown) =>
      record(`chart ${sheet}`, 'addRange', [(r as { getA1Notation(): string }).getA1Notation()], builder);
    builder.build = () => record(`chart ${sheet}`, 'build', [], { chartOf: sheet });
    return builder;
  };

  const sheets = new Map<string, unknown>();
  const sheetNamed = (name: string) => {
    const sheet = {
      getRange: (a1: string) => range(name, a1),
      getCharts: () => record(`sheet ${name}`, 'getCharts', [], [{ old: true }]),
      removeChart: () => record(`sheet ${name}`, 'removeChart', [], undefined),
      clear: () => record(`sheet ${name}`, 'clear', [], sheet),
      setColumnWidth: (column: number, pixels: number) =>
        record(`sheet ${name}`, 'setColumnWidth', [column, pixels], sheet),
      newChart: () => record(`sheet ${name}`, 'newChart', [], chartBuilder(name)),
      insertChart: (chart: unknown) => record(`sheet ${name}`, 'insertChart', [chart], undefined),
      getName: () => name,
    };
    sheets.set(name, sheet);
    return sheet;
  };
  for (const name of options.existingSheets ?? []) sheetNamed(name);

  const namedRange = (name: string) => ({
    getName: () => name,
    remove: () => record('namedRange', 'remove', [name]),
  });
  const spreadsheet = {
    getSpreadsheetLocale: () => options.locale ?? 'en_US',
    getNamedRanges: () => (options.existingNames ?? []).map(namedRange),
    setNamedRange: (name: string, range: { getA1Notation(): string }) =>
      record('spreadsheet', 'setNamedRange', [name, range.getA1Notation()]),
    getSheetByName: (name: string) => record('spreadsheet', 'getSheetByName', [name], sheets.get(name) ?? null),
    insertSheet: (name: string) => record('spreadsheet', 'insertSheet', [name], sheetNamed(name)),
    setActiveSheet: (sheet: { getName(): string }) => record('spreadsheet', 'setActiveSheet', [sheet.getName()], sheet),
  };

  const menu = {
    addItem: (caption: string, functionName: string) => record('menu', 'addItem', [caption, functionName], menu),
    addSeparator: () => record('menu', 'addSeparator', [], menu),
    addToUi: () => record('menu', 'addToUi', []),
  };
  const ui = {
    createAddonMenu: () => record('ui', 'createAddonMenu', [], menu),
    createMenu: (name: string) => record('ui', 'createMenu', [name], menu),
    showSidebar: (output: { title: string; file: string }) => record('ui', 'showSidebar', [output]),
    ButtonSet: { OK_CANCEL: 'OK_CANCEL' },
    Button: { OK: 'OK', CANCEL: 'CANCEL' },
    prompt: (title: string, text: string, buttons: string) => {
      const answer = options.promptAnswer ?? null;
      return record('ui', 'prompt', [title, text, buttons], {
        getSelectedButton: () => (answer === null ? 'CANCEL' : 'OK'),
        getResponseText: () => answer ?? '',
      });
    },
    alert: (text: string) => record('ui', 'alert', [text]),
  };
  const htmlOutput = (file: string) => {
    const output = {
      file,
      title: '',
      setTitle(title: string) {
        record('html', 'setTitle', [title]);
        output.title = title;
        return output;
      },
    };
    return output;
  };

  return {
    calls,
    services: {
      SpreadsheetApp: {
        getActive: () => record('SpreadsheetApp', 'getActive', [], spreadsheet),
        getActiveSpreadsheet: () => record('SpreadsheetApp', 'getActiveSpreadsheet', [], spreadsheet),
        getUi: () => record('SpreadsheetApp', 'getUi', [], ui),
      },
      HtmlService: {
        createHtmlOutputFromFile: (file: string) =>
          record('HtmlService', 'createHtmlOutputFromFile', [file], htmlOutput(file)),
      },
      Charts: { ChartType: { LINE: 'LINE', AREA: 'AREA', BAR: 'BAR', COLUMN: 'COLUMN' } },
    },
    written: () =>
      calls
        .filter((call) => call.method === 'setValues')
        .map((call) => ({ range: call.target.split('!')[1]!, values: call.args[0] as unknown[][] })),
  };
}
