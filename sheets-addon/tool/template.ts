/**
 * `npm run sheet:template -- --spreadsheet ID [options]`: writes a ready
 * budget sheet into a Google spreadsheet with a service account. Exit codes:
 * 0 written; 2 bad options or credentials (nothing sent); 1 Google refused
 * or failed (the message says what to do).
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { costFlops, isCalendarDate, parseCurrencyCode, parseMfu } from '../../core/cost/index.js';
import { isInputError, parseCount } from '../../core/index.js';
import { renderError } from '../../messages/index.js';
import { DEFAULT_TEMPLATE, type TemplateOptions } from './layout.js';
import { GoogleApiError, SetupError, serviceAccountFromEnv, sheetsClient, writeTemplate } from './writer.js';

export const USAGE = `Usage: npm run sheet:template -- --spreadsheet ID [options]

Writes a budget sheet (inputs, a grid of budgets whose cells use the add-on's
functions, currency formats, a chart of loss against budget) into a spreadsheet,
and a scenarios tab (COST_SCENARIOS over every offer, with a cost profile).

  --spreadsheet ID|URL   the spreadsheet (share it with the service account as Editor)
  --sheet NAME           sheet to create or rewrite (default: distilplan)
  --student-params N     student size, e.g. 1B (default 1B)
  --gpu ID               e.g. h100, a100, h200 (default h100)
  --provider NAME        price source, e.g. aws (default: the GPU's reference price)
  --mfu M                utilisation, e.g. 0.4 or 40% (default 0.4)
  --currency CODE        e.g. USD (default), JPY
  --rate R               currency units per USD (needed with a currency other than USD)
  --rate-date YYYY-MM-DD the day the rate was set, kept beside it (default: today, UTC)

Credentials: GOOGLE_APPLICATION_CREDENTIALS=path/to/key.json, or
GOOGLE_SERVICE_ACCOUNT_JSON='{...}' (a service-account key).`;

export interface Output {
  log(line: string): void;
  error(line: string): void;
}

const FLAGS = {
  spreadsheet: { type: 'string' },
  sheet: { type: 'string' },
  'student-params': { type: 'string' },
  gpu: { type: 'string' },
  provider: { type: 'string' },
  mfu: { type: 'string' },
  currency: { type: 'string' },
  rate: { type: 'string' },
  'rate-date': { type: 'string' },
  help: { type: 'boolean' },
} as const;

/** The ID from an ID or a full https://docs.google.com/spreadsheets/d/ID/edit URL. */
export function spreadsheetIdOf(input: string): string {
  return /\/d\/([\w-]+)/.exec(input)?.[1] ?? input.trim();
}

/** The rate's day: as given (a real day, YYYY-MM-DD), else today in UTC. */
function rateDateOf(given: string | undefined, today: Date): string {
  if (given === undefined) return today.toISOString().slice(0, 10);
  const text = given.trim();
  if (!isCalendarDate(text))
    throw new SetupError(`--rate-date "${text.slice(0, 40)}" is not a day. Accepted: YYYY-MM-DD, e.g. 2026-11-01`);
  return text;
}

/** Options checked by core before anything is sent; errors name the flag. */
export function templateOptions(
  values: Partial<Record<keyof typeof FLAGS, string | boolean>>,
  today: Date = new Date(),
): TemplateOptions {
  const text = (key: keyof typeof FLAGS) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
  const studentParams =
    text('student-params') === undefined
      ? DEFAULT_TEMPLATE.studentParams
      : parseCount('studentParams', text('student-params'));
  const options: TemplateOptions = {
    sheetTitle: text('sheet')?.trim() || DEFAULT_TEMPLATE.sheetTitle,
    studentParams,
    gpu: text('gpu') ?? DEFAULT_TEMPLATE.gpu,
    provider: text('provider') ?? DEFAULT_TEMPLATE.provider,
    mfu: text('mfu') === undefined ? DEFAULT_TEMPLATE.mfu : parseMfu('mfu', text('mfu')),
    currency:
      text('currency') === undefined ? DEFAULT_TEMPLATE.currency : parseCurrencyCode('currency', text('currency')),
    rate: text('rate') === undefined ? DEFAULT_TEMPLATE.rate : parseCount('rate', text('rate')),
    rateDate: '',
  };
  if (options.currency !== 'USD') options.rateDate = rateDateOf(text('rate-date'), today);
  // The sheet's own TRAINING_COST will see these inputs: let core refuse them now rather than in every cell.
  costFlops(1e21, {
    gpu: options.gpu,
    provider: options.provider || undefined,
    mfu: options.mfu,
    currency: options.currency,
    rate: text('rate') === undefined && options.currency !== 'USD' ? undefined : options.rate,
  });
  return options;
}

export async function run(argv: string[], env: NodeJS.ProcessEnv, out: Output): Promise<number> {
  let spreadsheetId: string;
  let options: TemplateOptions;
  let account: ReturnType<typeof serviceAccountFromEnv>;
  try {
    const { values } = parseArgs({ args: argv, options: FLAGS, allowPositionals: false });
    if (values.help) {
      out.log(USAGE);
      return 0;
    }
    if (!values.spreadsheet) throw new SetupError(`--spreadsheet is required\n\n${USAGE}`);
    spreadsheetId = spreadsheetIdOf(values.spreadsheet);
    options = templateOptions(values);
    account = serviceAccountFromEnv(env);
  } catch (error) {
    out.error(setupMessage(error));
    return 2;
  }
  try {
    const plan = await writeTemplate(
      sheetsClient(account),
      { spreadsheetId, clientEmail: account.client_email },
      options,
    );
    out.log(
      `Wrote sheet "${options.sheetTitle}" (id ${plan.sheetId}): inputs, flip budgets, a ${plan.data.length}-block grid and a chart.`,
    );
    out.log(
      `Open https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit — the formulas need the add-on's functions in that spreadsheet (sheets-addon/README.md).`,
    );
    return 0;
  } catch (error) {
    out.error(error instanceof GoogleApiError ? error.message : `Unexpected failure: ${(error as Error).message}`);
    return 1;
  }
}

function setupMessage(error: unknown): string {
  if (isInputError(error)) return renderError(error, 'en', 'cli').full;
  return (error as Error).message;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await run(process.argv.slice(2), process.env, {
    log: (line) => console.log(line),
    error: (line) => console.error(line),
  });
}
