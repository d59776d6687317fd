/**
 * The template tool: the pure layout (exact ranges, formulas, formats, chart)
 * and the googleapis writer against nock'd oauth2.googleapis.com and
 * sheets.googleapis.com, with a throwaway service-account key. Google's
 * refusals come back as messages that say what to do, with a non-zero exit.
 */
import { createVerify, generateKeyPairSync } from 'node:crypto';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PRICES } from '../../core/index.js';
import { SHEET_WORDS } from '../../messages/index.js';
import { blockRange, budgetSheetLayout, GRID_BUDGETS_USD } from '../../sheets-addon/src/layout.js';
import {
  a1,
  buildTemplate,
  currencyPattern,
  DEFAULT_TEMPLATE,
  layoutOptions,
  type TemplatePlan,
} from '../../sheets-addon/tool/layout.js';
import { run, templateOptions } from '../../sheets-addon/tool/template.js';
import { SHEETS_SCOPE, TEMPLATE_FIELDS } from '../../sheets-addon/tool/writer.js';
import { loadGasBundle } from '../helpers/gasBundle.js';

const ID = 'sheet-123_abc';
const CLIENT_EMAIL = 'budget-bot@distilplan-test.iam.gserviceaccount.com';
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PRIVATE_KEY = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const KEY_JSON = JSON.stringify({
  type: 'service_account',
  client_email: CLIENT_EMAIL,
  private_key: PRIVATE_KEY,
  token_uri: 'https://oauth2.googleapis.com/token',
});
const ENV = { GOOGLE_SERVICE_ACCOUNT_JSON: KEY_JSON };
const FIELDS = TEMPLATE_FIELDS;

function capture() {
  const lines = { log: [] as string[], error: [] as string[] };
  return {
    lines,
    out: { log: (line: string) => lines.log.push(line), error: (line: string) => lines.error.push(line) },
  };
}

/** Checks the JWT Google would verify: signed with the service account's key, for the Sheets scope. */
function tokenEndpoint() {
  return nock('https://oauth2.googleapis.com')
    .post('/token', (body: Record<string, string>) => {
      const [header, claims, signature] = body.assertion!.split('.');
      const valid = createVerify('RSA-SHA256')
        .update(`${header}.${claims}`)
        .verify(publicKey, Buffer.from(signature!, 'base64url'));
      const payload = JSON.parse(Buffer.from(claims!, 'base64url').toString());
      return (
        valid &&
        body.grant_type === 'urn:ietf:params:oauth:grant-type:jwt-bearer' &&
        payload.iss === CLIENT_EMAIL &&
        payload.scope === SHEETS_SCOPE
      );
    })
    .reply(200, { access_token: 'test-access-token', expires_in: 3600, token_type: 'Bearer' });
}

const sheetsApi = () =>
  nock('https://sheets.googleapis.com', { reqheaders: { authorization: 'Bearer test-access-token' } });

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
});
afterAll(() => {
  nock.enableNetConnect();
});

describe('the layout (what gets written)', () => {
  const plan = buildTemplate(DEFAULT_TEMPLATE, { sheets: [{ sheetId: 0, title: 'Sheet1', chartIds: [] }] });
  const range = (name: string) => plan.data.find((block) => block.range === a1('distilplan', name));

  it('adds the sheet with a chosen id, so formats and chart can refer to it in the same batch', () => {
    expect(plan.sheetId).toBe(1_000_001);
    expect(plan.requests[0]).toEqual({ addSheet: { properties: { sheetId: 1_000_001, title: 'distilplan' } } });
  });

  it("writes the neutral layout's blocks, the same cells the add-on's menu writes", () => {
    const layout = budgetSheetLayout(layoutOptions(DEFAULT_TEMPLATE));
    const main = plan.data.filter((block) => block.range!.startsWith(a1('distilplan', '')));
    expect(main).toEqual(
      layout.blocks.map((block) => ({ range: a1('distilplan', blockRange(block)), values: block.values })),
    );
    expect(main.map((block) => block.range)).toEqual([
      "'distilplan'!A1:A2",
      "'distilplan'!A3:C12",
      "'distilplan'!A13:B13",
      "'distilplan'!A15:B17",
      "'distilplan'!A19:I19",
      "'distilplan'!A20:A31",
      "'distilplan'!B20:C20",
      "'distilplan'!G20:H20",
      "'distilplan'!I20:I31",
    ]);
    expect(range('A3:C12')!.values).toEqual([
      ['Inputs', ''],
      ['Student parameters', 1e9],
      ['GPU', 'h100'],
      ['Provider, or your own price per GPU-hour (blank: reference price)', ''],
      ['MFU', 0.4],
      ['Currency', 'USD'],
      ['Rate (blank for USD; named DISTILPLAN_RATE)', '', ''],
      ['Existing teacher loss (blank: a teacher is trained)', ''],
      ['Existing teacher parameters, or size@tokens such as 8B@15T', ''],
      ['Students sharing a new teacher', 1],
    ]);
    expect(range('A20:A31')!.values).toEqual(GRID_BUDGETS_USD.map((budget) => [budget]));
    expect(range('B20:C20')!.values).toEqual([
      [
        '=BUDGET_FLOPS(A20:A31, $B$5, $B$6, $B$7, $B$8, DISTILPLAN_RATE)',
        '=DISTIL_OR_TRAIN($B$4, B20:B31, $B$10, $B$11, $B$12)',
      ],
    ]);
    expect(range('A15:B17')!.values![1]![1]).toBe(
      '=IF(AND($B$10="", $B$11=""), FLIP_COMPUTE($B$4, "pretraining-and-inference", $B$12), "with an existing teacher: read the verdicts")',
    );
    // The flip in money only where the call at the flip is inside the evidence; outside, the words instead.
    expect(range('A15:B17')!.values![2]![1]).toBe(
      `=IF(NOT(ISNUMBER(B16)), "", IF(INDEX(DISTIL_OR_TRAIN($B$4, B16, "", "", $B$12), 1, 1) = "outside-evidence", "${SHEET_WORDS.en.flipOutsideEvidence}", TRAINING_COST(B16, $B$5, $B$6, $B$7, $B$8, DISTILPLAN_RATE)))`,
    );
  });

  it('names the rate cell and its day (DISTILPLAN_RATE, DISTILPLAN_RATE_DATE) on the budget sheet; a re-run replaces the names', () => {
    const named = plan.requests.filter((request) => request.addNamedRange);
    expect(named.map((request) => request.addNamedRange!.namedRange)).toEqual([
      {
        name: 'DISTILPLAN_RATE',
        range: { sheetId: 1_000_001, startRowIndex: 8, endRowIndex: 9, startColumnIndex: 1, endColumnIndex: 2 },
      },
      {
        name: 'DISTILPLAN_RATE_DATE',
        range: { sheetId: 1_000_001, startRowIndex: 8, endRowIndex: 9, startColumnIndex: 2, endColumnIndex: 3 },
      },
    ]);
    const again = buildTemplate(DEFAULT_TEMPLATE, {
      sheets: [{ sheetId: 42, title: 'distilplan', chartIds: [] }],
      namedRanges: [
        { namedRangeId: 'n1', name: 'DISTILPLAN_RATE' },
        { namedRangeId: 'n2', name: 'SOMEONE_ELSES' },
      ],
    });
    expect(again.requests.filter((request) => request.deleteNamedRange)).toEqual([
      { deleteNamedRange: { namedRangeId: 'n1' } },
    ]);
  });

  it('a yen sheet: budgets ×100, the rate and its day given, Japanese labels, the money formats in yen', () => {
    const yen = buildTemplate(
      { ...DEFAULT_TEMPLATE, currency: 'JPY', rate: 150, rateDate: '2026-11-01' },
      { sheets: [] },
    );
    const block = (name: string) => yen.data.find((b) => b.range === a1('distilplan', name));
    expect(block('A20:A31')!.values).toEqual(GRID_BUDGETS_USD.map((budget) => [budget * 100]));
    expect(block('A3:C12')!.values![6]).toEqual([SHEET_WORDS.ja.rate('JPY', 'DISTILPLAN_RATE'), 150, '2026-11-01']);
    expect(block('A3:C12')!.values![1]).toEqual(['生徒モデルのパラメータ数', 1e9]);
    expect(block('A19:I19')!.values![0]).toEqual([...SHEET_WORDS.ja.headings]);
    expect(JSON.stringify(yen.requests)).toContain('"pattern":"\\"¥\\"#,##0"');
  });

  it('formats: the budgets column in the currency, FLOPs scientific, losses, GPU-hours', () => {
    const formats = plan.requests.flatMap((request) =>
      request.repeatCell?.cell?.userEnteredFormat?.numberFormat && request.repeatCell.range?.sheetId === 1_000_001
        ? [request.repeatCell]
        : [],
    );
    expect(
      formats.find((format) => format.range!.startRowIndex === 19 && format.range!.startColumnIndex === 0),
    ).toEqual({
      range: { sheetId: 1_000_001, startRowIndex: 19, endRowIndex: 31, startColumnIndex: 0, endColumnIndex: 1 },
      cell: { userEnteredFormat: { numberFormat: { type: 'CURRENCY', pattern: '"$"#,##0.00' } } },
      fields: 'userEnteredFormat.numberFormat',
    });
    expect(formats.map((format) => format.cell!.userEnteredFormat!.numberFormat!.type)).toEqual([
      'NUMBER',
      'PERCENT',
      'DATE',
      'CURRENCY',
      'SCIENTIFIC',
      'CURRENCY',
      'CURRENCY',
      'SCIENTIFIC',
      'NUMBER',
      'NUMBER',
      'NUMBER',
    ]);
    expect(currencyPattern('JPY')).toBe('"¥"#,##0');
    expect(currencyPattern('EUR')).toBe('"€"#,##0.00');
    expect(currencyPattern('CHF')).toBe('#,##0.00 "CHF"');
  });

  it('adds a scenarios tab: COST_SCENARIOS under its inputs, with a cost profile of labels and values beside it', () => {
    expect(plan.requests[1]).toEqual({
      addSheet: { properties: { sheetId: 1_000_002, title: 'distilplan scenarios' } },
    });
    const tab = (name: string) => plan.data.find((block) => block.range === a1('distilplan scenarios', name));
    expect(tab('A20:A20')!.values).toEqual([['=COST_SCENARIOS($B$4, $B$5, $B$6, $B$7, DISTILPLAN_RATE, $D$4:$E$13)']]);
    expect(tab('A3:B8')!.values![1]).toEqual(['FLOPs of the run', 1e22]);
    const profile = tab('D3:E13')!.values!;
    expect(profile[0]).toEqual(['Cost profile: label', 'value']);
    // The formula's own arguments, given to the built bundle as Sheets would: the table it spills.
    const inputs = tab('A3:B8')!
      .values!.slice(1)
      .map((row) => row[1]);
    const table = loadGasBundle().call('COST_SCENARIOS', ...inputs, profile.slice(1)) as unknown[][];
    expect(table[0]!.at(-1)).toBe('total cost of ownership (USD)');
    expect(table.length).toBe(PRICES.length + 1);
    const yen = buildTemplate(
      { ...DEFAULT_TEMPLATE, currency: 'JPY', rate: 150, rateDate: '2026-11-01' },
      { sheets: [] },
    );
    // The tab reads the spreadsheet's one rate through its name.
    expect(yen.data.find((block) => block.range === a1('distilplan scenarios', 'A3:B8'))!.values![5]![1]).toBe(
      '=DISTILPLAN_RATE',
    );
    const yenProfile = yen.data.find((block) => block.range === a1('distilplan scenarios', 'D3:E13'))!.values!;
    expect(yenProfile.find((row) => row[0] === 'people.price')).toEqual(['people.price', 120000]);
  });

  it("charts both routes' loss against budget", () => {
    const chart = plan.requests.at(-1)!.addChart!.chart!;
    const source = (column: number) => ({
      sourceRange: {
        sources: [
          {
            sheetId: 1_000_001,
            startRowIndex: 18,
            endRowIndex: 31,
            startColumnIndex: column,
            endColumnIndex: column + 1,
          },
        ],
      },
    });
    expect(chart.spec!.basicChart).toEqual({
      chartType: 'LINE',
      legendPosition: 'BOTTOM_LEGEND',
      headerCount: 1,
      axis: [
        { position: 'BOTTOM_AXIS', title: 'Budget (log10 USD)' },
        { position: 'LEFT_AXIS', title: 'predicted loss (nats/token)' },
      ],
      domains: [{ domain: source(8) }],
      // Distilled and trained directly, in the chart description's colours (#E69F00, #0072B2).
      series: [
        {
          series: source(3),
          targetAxis: 'LEFT_AXIS',
          colorStyle: { rgbColor: { red: 0xe6 / 255, green: 0x9f / 255, blue: 0 } },
        },
        {
          series: source(4),
          targetAxis: 'LEFT_AXIS',
          colorStyle: { rgbColor: { red: 0, green: 0x72 / 255, blue: 0xb2 / 255 } },
        },
      ],
    });
  });

  it("--rate-date defaults to the day the sheet is written (UTC); a USD sheet keeps no rate's day", () => {
    const at = new Date('2026-12-05T23:30:00Z');
    expect(templateOptions({ currency: 'JPY', rate: '150' }, at).rateDate).toBe('2026-12-05');
    expect(templateOptions({ currency: 'JPY', rate: '150', 'rate-date': '2026-11-01' }, at).rateDate).toBe(
      '2026-11-01',
    );
    expect(templateOptions({}, at).rateDate).toBe('');
  });

  it('a re-run clears the existing sheet and its charts instead of adding another', () => {
    const again = buildTemplate(
      { ...DEFAULT_TEMPLATE, sheetTitle: "Bob's plan" },
      { sheets: [{ sheetId: 42, title: "Bob's plan", chartIds: [7, 9] }] },
    );
    expect(again.sheetId).toBe(42);
    expect(again.requests.slice(0, 3)).toEqual([
      { deleteEmbeddedObject: { objectId: 7 } },
      { deleteEmbeddedObject: { objectId: 9 } },
      { updateCells: { range: { sheetId: 42 }, fields: 'userEnteredValue,userEnteredFormat' } },
    ]);
    expect(again.data[0]!.range).toBe("'Bob''s plan'!A1:A2");
  });
});

describe('npm run sheet:template against the (mocked) Google APIs', () => {
  it('authenticates as the service account and sends exactly the planned requests, in three calls', async () => {
    const sent: { batch?: unknown; values?: unknown } = {};
    const token = tokenEndpoint();
    const api = sheetsApi()
      .get(`/v4/spreadsheets/${ID}`)
      .query({ fields: FIELDS })
      .reply(200, { sheets: [{ properties: { sheetId: 0, title: 'Sheet1' } }] })
      .post(`/v4/spreadsheets/${ID}:batchUpdate`, (body) => {
        sent.batch = body;
        return true;
      })
      .reply(200, { spreadsheetId: ID, replies: [] })
      .post(`/v4/spreadsheets/${ID}/values:batchUpdate`, (body) => {
        sent.values = body;
        return true;
      })
      .reply(200, { spreadsheetId: ID, totalUpdatedCells: 60 });
    const { lines, out } = capture();
    const code = await run(
      [
        '--spreadsheet',
        `https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`,
        '--gpu',
        'a100',
        '--currency',
        'JPY',
        '--rate',
        '150',
        '--rate-date',
        '2026-11-01',
      ],
      ENV,
      out,
    );
    expect(lines.error).toEqual([]);
    expect(code).toBe(0);
    token.done();
    api.done();
    const expected: TemplatePlan = buildTemplate(
      { ...DEFAULT_TEMPLATE, gpu: 'a100', currency: 'JPY', rate: 150, rateDate: '2026-11-01' },
      { sheets: [{ sheetId: 0, title: 'Sheet1', chartIds: [] }] },
    );
    expect(sent.batch).toEqual({ requests: expected.requests });
    expect(sent.values).toEqual({ valueInputOption: 'USER_ENTERED', data: expected.data });
    expect(JSON.stringify(sent.batch)).toContain('"pattern":"\\"¥\\"#,##0"');
    expect(lines.log.join('\n')).toContain(`https://docs.google.com/spreadsheets/d/${ID}/edit`);
    expect(lines.log.join('\n')).not.toContain('PRIVATE KEY');
  });

  it('403: says to share the sheet with the service account, exit 1', async () => {
    tokenEndpoint();
    sheetsApi()
      .get(`/v4/spreadsheets/${ID}`)
      .query(true)
      .reply(403, {
        error: { code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED' },
      });
    const { lines, out } = capture();
    expect(await run(['--spreadsheet', ID], ENV, out)).toBe(1);
    expect(lines.error).toEqual([
      `Google refused access to spreadsheet ${ID} (403: The caller does not have permission). Share the spreadsheet with the service account ${CLIENT_EMAIL} as Editor (Share, then add that address), and check that the Google Sheets API is enabled in the service account's project.`,
    ]);
  });

  it('429 on the write: says to wait and retry, without retrying by itself', async () => {
    tokenEndpoint();
    sheetsApi()
      .get(`/v4/spreadsheets/${ID}`)
      .query(true)
      .reply(200, { sheets: [] })
      .post(`/v4/spreadsheets/${ID}:batchUpdate`)
      .once()
      .reply(429, {
        error: { code: 429, message: "Quota exceeded for quota metric 'Write requests'", status: 'RESOURCE_EXHAUSTED' },
      });
    const { lines, out } = capture();
    expect(await run(['--spreadsheet', ID], ENV, out)).toBe(1);
    expect(lines.error[0]).toMatch(
      /^Google's Sheets API quota is used up for now \(429: Quota exceeded.*\)\. Wait a minute and run the command again/,
    );
  });

  it('404: says to check the ID', async () => {
    tokenEndpoint();
    sheetsApi()
      .get(`/v4/spreadsheets/${ID}`)
      .query(true)
      .reply(404, { error: { code: 404, message: 'Requested entity was not found.' } });
    const { lines, out } = capture();
    expect(await run(['--spreadsheet', ID], ENV, out)).toBe(1);
    expect(lines.error[0]).toMatch(
      /^Spreadsheet sheet-123_abc was not found \(404: Requested entity was not found\.\)\. Check the ID/,
    );
  });

  it('a refused key: says which account, never prints the key', async () => {
    nock('https://oauth2.googleapis.com')
      .post('/token')
      .reply(400, { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' });
    const { lines, out } = capture();
    expect(await run(['--spreadsheet', ID], ENV, out)).toBe(1);
    expect(lines.error[0]).toMatch(
      new RegExp(
        `^Google refused the service-account key \\(400: invalid_grant: Invalid JWT Signature\\.\\)\\. Check that the key for ${CLIENT_EMAIL}`,
      ),
    );
    expect(lines.error.join('\n')).not.toContain('PRIVATE KEY');
  });
});

describe('problems found before anything is sent (exit 2)', () => {
  const noCalls = async (argv: string[], env: NodeJS.ProcessEnv) => {
    const { lines, out } = capture();
    const code = await run(argv, env, out);
    expect(nock.pendingMocks()).toEqual([]);
    return { code, message: lines.error.join('\n') };
  };

  it('no credentials, unreadable or invalid keys — and the key content is never echoed', async () => {
    expect(await noCalls(['--spreadsheet', ID], {})).toMatchObject({
      code: 2,
      message: expect.stringMatching(/^No Google credentials: set GOOGLE_APPLICATION_CREDENTIALS/),
    });
    expect(await noCalls(['--spreadsheet', ID], { GOOGLE_APPLICATION_CREDENTIALS: '/nonexistent/key.json' })).toEqual({
      code: 2,
      message: 'GOOGLE_APPLICATION_CREDENTIALS points at /nonexistent/key.json, which cannot be read',
    });
    const broken = await noCalls(['--spreadsheet', ID], { GOOGLE_SERVICE_ACCOUNT_JSON: `${KEY_JSON.slice(0, 200)}` });
    expect(broken).toEqual({
      code: 2,
      message:
        'GOOGLE_SERVICE_ACCOUNT_JSON is not valid JSON (expected a service-account key downloaded from the Cloud console)',
    });
  });

  it('bad options name the flag', async () => {
    expect(await noCalls([], ENV)).toMatchObject({
      code: 2,
      message: expect.stringMatching(/^--spreadsheet is required/),
    });
    expect(await noCalls(['--spreadsheet', ID, '--gpu', 'k80'], ENV)).toMatchObject({
      code: 2,
      message: expect.stringMatching(/^--gpu "k80" is not a known GPU/),
    });
    expect(await noCalls(['--spreadsheet', ID, '--currency', 'JPY'], ENV)).toMatchObject({
      code: 2,
      message: expect.stringMatching(/^--rate is needed to show costs in JPY/),
    });
    expect(
      await noCalls(['--spreadsheet', ID, '--currency', 'JPY', '--rate', '150', '--rate-date', '2026-02-30'], ENV),
    ).toEqual({ code: 2, message: '--rate-date "2026-02-30" is not a day. Accepted: YYYY-MM-DD, e.g. 2026-11-01' });
    expect(await noCalls(['--spreadsheet', ID, '--student-params', 'big'], ENV)).toMatchObject({
      code: 2,
      message: expect.stringMatching(/^--student-params "big" is not a number/),
    });
    expect(await noCalls(['--spreadsheet', ID, '--bogus'], ENV)).toMatchObject({
      code: 2,
      message: expect.stringMatching(/bogus/),
    });
  });
});
