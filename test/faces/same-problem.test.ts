/**
 * The same bad input gives the same coded problem, worded the same, on every face: the Slack listener over
 * signed HTTP, the CLI (as a person runs it, through `run`), and the built Sheets bundle (its custom functions,
 * with the spreadsheet's locale deciding the language). Each row states the problem as core's data (field, code,
 * parameters, accepted form); messages/ words it once per language, and each face must show exactly those words,
 * naming the field in its own terms (--currency, currency=, the function's argument).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeMrkdwn, type Message } from '../../bot/src/blocks/kit.js';
import { buildProgram } from '../../cli/main.js';
import { CURRENCY_FORMS } from '../../core/cost/index.js';
import { type Accepted, type FieldId, InputError, type Problem } from '../../core/index.js';
import { CATALOGUES, type Lang, namesFor, renderError } from '../../messages/index.js';
import { argumentNames } from '../../sheets-addon/src/ranges.js';
import { type FunctionName, specOf } from '../../sheets-addon/src/registry.js';
import { runCli } from '../helpers/cli.js';
import { type GasBundle, loadGasBundle } from '../helpers/gasBundle.js';
import { useSignedBot } from '../helpers/signedBot.js';
import { commandForm } from '../helpers/slackSign.js';

interface Case {
  what: string;
  /** What follows /distil. */
  slack: string;
  /** The CLI's arguments. */
  cli: readonly string[];
  /** The Sheets function and its arguments. */
  sheets: readonly [FunctionName, ...unknown[]];
  /** The problem, as core states it. */
  field: FieldId;
  problem: Problem;
  accepted: Accepted;
}

const BUDGET_FORMS: Accepted = { form: 'budget' };

/** Budget cases go through each face's "what does this budget buy": cost budget=, cost --budget, BUDGET_FLOPS. */
const budgetCase = (what: string, budget: string, field: FieldId, problem: Problem, accepted: Accepted): Case => ({
  what,
  slack: `cost budget=${budget} gpu=h100`,
  cli: ['cost', '--budget', budget, '--gpu', 'h100'],
  sheets: ['BUDGET_FLOPS', budget, 'h100'],
  field,
  problem,
  accepted,
});

const CASES: readonly Case[] = [
  budgetCase(
    'an unknown currency after the amount',
    '3M YEX',
    'budget',
    { code: 'unknown-currency', value: 'YEX' },
    CURRENCY_FORMS,
  ),
  {
    what: 'an unknown currency code',
    slack: 'cost budget=$200k gpu=h100 currency=YEX rate=150',
    cli: ['cost', '--budget', '$200k', '--gpu', 'h100', '--currency', 'YEX', '--rate', '150'],
    sheets: ['BUDGET_FLOPS', '$200k', 'h100', '', '', 'YEX', 150],
    field: 'currency',
    problem: { code: 'unknown-currency', value: 'YEX' },
    accepted: CURRENCY_FORMS,
  },
  budgetCase(
    'a yen budget without a rate',
    '¥3M',
    'rate',
    { code: 'rate-needed', currency: 'JPY', value: '¥3M' },
    { form: 'rate', currency: 'JPY' },
  ),
  budgetCase(
    'yen as a word, without a rate',
    '3M yen',
    'rate',
    { code: 'rate-needed', currency: 'JPY', value: '3M yen' },
    { form: 'rate', currency: 'JPY' },
  ),
  budgetCase('a budget that is no budget', 'lots', 'budget', { code: 'not-a-budget', value: 'lots' }, BUDGET_FORMS),
  budgetCase(
    'a budget without its unit',
    '50k',
    'budget',
    { code: 'budget-unit-unclear', value: '50k' },
    { form: 'budget-with-unit', value: '50k', money: '$50k', gpuHours: '50k GPU-hours', flops: '5e4 FLOPs' },
  ),
  {
    what: 'a rate other than 1 for dollars',
    slack: 'cost budget=$200k gpu=h100 currency=USD rate=150',
    cli: ['cost', '--budget', '$200k', '--gpu', 'h100', '--currency', 'USD', '--rate', '150'],
    sheets: ['BUDGET_FLOPS', '$200k', 'h100', '', '', 'USD', 150],
    field: 'rate',
    problem: { code: 'rate-not-one-for-usd' },
    accepted: { form: 'currency-with-rate' },
  },
  {
    what: 'a student size that is no number',
    slack: 'decide student=1.5X budget=1e21',
    cli: ['decide', '--student-params', '1.5X', '--compute', '1e21'],
    sheets: ['DISTIL_OR_TRAIN', '1.5X', 1e21],
    field: 'studentParams',
    problem: { code: 'not-a-number', value: '1.5X' },
    accepted: { form: 'count' },
  },
  {
    what: 'a student of size zero',
    slack: 'decide student=0 budget=1e21',
    cli: ['decide', '--student-params', '0', '--compute', '1e21'],
    sheets: ['DISTIL_OR_TRAIN', 0, 1e21],
    field: 'studentParams',
    problem: { code: 'below-min', min: 0, inclusive: false },
    accepted: { form: 'count' },
  },
];

const { post } = useSignedBot();
const sheets: Record<Lang, GasBundle> = {} as Record<Lang, GasBundle>;

beforeAll(async () => {
  for (const [lang, locale] of [
    ['en', 'en_US'],
    ['ja', 'ja_JP'],
  ] as const) {
    const spreadsheet = { getSpreadsheetLocale: () => locale };
    sheets[lang] = loadGasBundle(undefined, {
      services: { SpreadsheetApp: { getActiveSpreadsheet: () => spreadsheet } },
    });
  }
});

/** The problem's section of Slack's answer (the first one: what is wrong and what is accepted). */
async function slackSays(text: string): Promise<string> {
  const reply = await post(commandForm(text));
  expect(reply.status).toBe(200);
  const first = (reply.json as Message).blocks.find((block) => block.type === 'section');
  return first?.type === 'section' ? (first.text?.text ?? '') : JSON.stringify(reply.json);
}

async function cliSays(args: readonly string[]): Promise<string> {
  const result = await runCli(args);
  expect(result.code, args.join(' ')).toBe(2);
  expect(result.stdout).toBe('');
  return result.stderr;
}

function sheetsSays(lang: Lang, [name, ...args]: Case['sheets']): string {
  try {
    const value = sheets[lang].call(name, ...args);
    return `no error: ${JSON.stringify(value)}`;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Whether a CLI command takes --lang (its errors then follow it). */
function cliTakesLang(command: string): boolean {
  return buildProgram()
    .commands.find((c) => c.name() === command)!
    .options.some((option) => option.long === '--lang');
}

describe('the same bad input, the same coded problem, worded the same on every face', () => {
  for (const lang of ['en', 'ja'] as const) {
    for (const c of CASES) {
      it(`${lang}: ${c.what}`, async () => {
        const error = new InputError(c.field, c.problem, c.accepted);
        const slack = renderError(error, lang, namesFor('slack'));
        const cli = renderError(error, lang, namesFor('cli'));
        const sheet = renderError(error, lang, argumentNames(specOf(c.sheets[0])));
        // The words of the problem do not depend on the face; only the field's name does.
        expect(new Set([slack.predicate, cli.predicate, sheet.predicate]).size).toBe(1);

        const langWord = lang === 'ja' ? ' lang=ja' : '';
        const label = CATALOGUES[lang].acceptedLabel;
        expect(await slackSays(`${c.slack}${langWord}`)).toBe(
          `:warning: *${escapeMrkdwn(slack.subject)}*${escapeMrkdwn(slack.predicate)}\n${label}: ${escapeMrkdwn(slack.accepted)}`,
        );

        if (lang === 'en' || cliTakesLang(c.cli[0]!)) {
          const args = lang === 'ja' ? [...c.cli, '--lang', 'ja'] : c.cli;
          expect(await cliSays(args)).toBe(`distilplan: ${cli.full}\n`);
        }

        expect(sheetsSays(lang, c.sheets)).toBe(sheet.full);
      });
    }
  }
});
