/**
 * The thin googleapis side of the template tool: service-account credentials
 * from the environment, three API calls (read the sheet list, one
 * spreadsheets.batchUpdate for structure, formats and chart, one
 * values.batchUpdate for labels, inputs and formulas), and Google's errors
 * turned into what to do next. Credentials are never printed.
 */
import { readFileSync } from 'node:fs';
import { google, type sheets_v4 } from 'googleapis';
import { buildTemplate, type ExistingSheets, type TemplateOptions, type TemplatePlan } from './layout.js';

export const SHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

export interface ServiceAccount {
  client_email: string;
  private_key: string;
  [field: string]: unknown;
}

/** A problem the user fixes before anything is sent (exit code 2). */
export class SetupError extends Error {}

/** A refusal or failure from Google, explained (exit code 1). */
export class GoogleApiError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
  }
}

/** GOOGLE_SERVICE_ACCOUNT_JSON (the key's content) or GOOGLE_APPLICATION_CREDENTIALS (its path). */
export function serviceAccountFromEnv(env: NodeJS.ProcessEnv): ServiceAccount {
  const inline = env.GOOGLE_SERVICE_ACCOUNT_JSON;
  const path = env.GOOGLE_APPLICATION_CREDENTIALS;
  if (inline) return parseKey(inline, 'GOOGLE_SERVICE_ACCOUNT_JSON');
  if (path) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new SetupError(`GOOGLE_APPLICATION_CREDENTIALS points at ${path}, which cannot be read`);
    }
    return parseKey(text, `the key file ${path}`);
  }
  throw new SetupError(
    'No Google credentials: set GOOGLE_APPLICATION_CREDENTIALS to a service-account key file, or GOOGLE_SERVICE_ACCOUNT_JSON to its content',
  );
}

function parseKey(text: string, where: string): ServiceAccount {
  let key: unknown;
  try {
    key = JSON.parse(text);
  } catch {
    // The content is a secret: say where it came from, never what it was.
    throw new SetupError(
      `${where} is not valid JSON (expected a service-account key downloaded from the Cloud console)`,
    );
  }
  const account = key as Partial<ServiceAccount>;
  if (typeof account.client_email !== 'string' || typeof account.private_key !== 'string') {
    throw new SetupError(`${where} is not a service-account key (client_email and private_key are missing)`);
  }
  return account as ServiceAccount;
}

export function sheetsClient(account: ServiceAccount): sheets_v4.Sheets {
  const auth = new google.auth.GoogleAuth({ credentials: account, scopes: [SHEETS_SCOPE] });
  // No silent retries: a 429 is reported at once with what to do.
  return google.sheets({ version: 'v4', auth, retry: false });
}

export interface WriteContext {
  spreadsheetId: string;
  clientEmail: string;
}

export async function writeTemplate(
  sheets: sheets_v4.Sheets,
  context: WriteContext,
  options: TemplateOptions,
): Promise<TemplatePlan> {
  const { spreadsheetId } = context;
  try {
    const current = await sheets.spreadsheets.get({
      spreadsheetId,
      fields: TEMPLATE_FIELDS,
    });
    const plan = buildTemplate(options, existingSheets(current.data));
    await sheets.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests: plan.requests } });
    await sheets.spreadsheets.values.batchUpdate({
      spreadsheetId,
      requestBody: { valueInputOption: 'USER_ENTERED', data: plan.data },
    });
    return plan;
  } catch (error) {
    throw new GoogleApiError(explainGoogleError(error, context), statusOf(error));
  }
}

/** What a re-run needs to know: each sheet and its charts, and the named ranges (the rate's names are replaced). */
export const TEMPLATE_FIELDS = 'sheets(properties(sheetId,title),charts(chartId)),namedRanges(namedRangeId,name)';

function existingSheets(spreadsheet: sheets_v4.Schema$Spreadsheet): ExistingSheets {
  return {
    namedRanges: (spreadsheet.namedRanges ?? []).flatMap((named) =>
      named.namedRangeId && named.name ? [{ namedRangeId: named.namedRangeId, name: named.name }] : [],
    ),
    sheets: (spreadsheet.sheets ?? []).map((sheet) => ({
      sheetId: sheet.properties?.sheetId ?? 0,
      title: sheet.properties?.title ?? '',
      chartIds: (sheet.charts ?? []).flatMap((chart) => (chart.chartId == null ? [] : [chart.chartId])),
    })),
  };
}

interface ErrorLike {
  status?: number;
  code?: string | number;
  message?: string;
  config?: { url?: string | URL };
  response?: { status?: number; data?: { error?: { message?: string } | string; error_description?: string } };
}

function statusOf(error: unknown): number | undefined {
  const e = error as ErrorLike;
  return e?.response?.status ?? e?.status;
}

function googleMessage(error: ErrorLike): string {
  const data = error.response?.data;
  if (data && typeof data.error === 'object' && data.error?.message) return data.error.message;
  if (data && typeof data.error === 'string')
    return data.error_description ? `${data.error}: ${data.error_description}` : data.error;
  return error.message ?? 'no details';
}

/** What went wrong, in terms of what the user can do about it. */
export function explainGoogleError(error: unknown, context: WriteContext): string {
  const e = (error ?? {}) as ErrorLike;
  const status = statusOf(error);
  const details = googleMessage(e);
  const { spreadsheetId, clientEmail } = context;
  if (String(e.config?.url ?? '').includes('oauth2.googleapis.com')) {
    return `Google refused the service-account key (${status ?? 'no status'}: ${details}). Check that the key for ${clientEmail} still exists and is enabled in the Cloud console, and that the machine's clock is right.`;
  }
  switch (status) {
    case 403:
      return `Google refused access to spreadsheet ${spreadsheetId} (403: ${details}). Share the spreadsheet with the service account ${clientEmail} as Editor (Share, then add that address), and check that the Google Sheets API is enabled in the service account's project.`;
    case 404:
      return `Spreadsheet ${spreadsheetId} was not found (404: ${details}). Check the ID (the part of the sheet's URL between /d/ and /edit), and share the spreadsheet with ${clientEmail}.`;
    case 429:
      return `Google's Sheets API quota is used up for now (429: ${details}). Wait a minute and run the command again; each run sends 3 requests.`;
    case undefined:
      return `Could not reach Google (${e.code ?? details}). Check the network connection and try again.`;
    default:
      return `The Google Sheets API answered ${status}: ${details}`;
  }
}
