/**
 * The `distilplan` command: parse flags, call core, print. Bad input exits
 * with code 2 and one line on stderr naming the flag; nothing on stdout.
 */
import { type Command, CommanderError, Option } from 'commander';
import { isInputError, type LocaleVariables, localeLanguage } from '../core/index.js';
import { CLI_WORDS, type CliWords, type Lang, renderError } from '../messages/index.js';
import { register as registerAsk } from './commands/ask.js';
import { register as registerChart } from './commands/chart.js';
import { register as registerCompare } from './commands/compare.js';
import { register as registerCost } from './commands/cost.js';
import { register as registerDecide } from './commands/decide.js';
import { register as registerFit } from './commands/fit.js';
import { register as registerFlops } from './commands/flops.js';
import { register as registerGpus } from './commands/gpus.js';
import { register as registerLaw } from './commands/law.js';
import { register as registerModels } from './commands/models.js';
import { register as registerOptimize } from './commands/optimize.js';
import { register as registerPilot } from './commands/pilot.js';
import { register as registerPrices } from './commands/prices.js';
import { register as registerScenarios } from './commands/scenarios.js';
import type { CliContext } from './context.js';
import { WordedCommand } from './program.js';
import { todayOf } from './today.js';

export const USAGE_ERROR_EXIT = 2;

const LANGS: readonly Lang[] = ['en', 'ja'];

/** `context` defaults to English with a read-back, as a person runs the CLI with no locale. */
export function buildProgram(context: CliContext = { lang: 'en', langGiven: false, readBack: true }): Command {
  const words = CLI_WORDS[context.lang];
  const program = new WordedCommand('distilplan', words).description(words.help.program);
  for (const register of [
    registerLaw,
    registerFlops,
    registerOptimize,
    registerDecide,
    registerCompare,
    registerChart,
    registerFit,
    registerPilot,
    registerCost,
    registerGpus,
    registerPrices,
    registerScenarios,
    registerModels,
  ])
    register(program, context);
  registerAsk(program, context, (argv, lang) =>
    runCaptured(argv, { lang, langGiven: true, readBack: false, today: context.today }),
  );
  const titles: Readonly<Record<string, string>> = {
    'Usage:': words.help.titles.usage,
    'Arguments:': words.help.titles.arguments,
    'Options:': words.help.titles.options,
    'Commands:': words.help.titles.commands,
    'Global Options:': words.help.titles.globalOptions,
  };
  applyToAll(program, (command) => {
    if (command.commands.length > 0) command.helpCommand('help [command]', words.help.helpCommand);
    // Every command takes --lang; its value was read at the door, so the default shown is the language in use.
    command.addOption(new Option('--lang <lang>', words.help.options.lang).choices(LANGS).default(context.lang));
    command
      .helpOption('-h, --help', words.help.helpOption)
      .configureHelp({
        // Commander's own headings and its "(choices: …, default: …)", in the language of the answer.
        styleTitle: (title) => (Object.hasOwn(titles, title) ? titles[title]! : title),
        optionDescription: (option) => optionHelp(option, words),
      })
      .exitOverride()
      .configureOutput({ outputError: () => {} });
  });
  return program;
}

/** An option's help line and, after it, its choices and default as commander shows them. */
function optionHelp(option: Option, words: CliWords): string {
  const shown =
    option.defaultValue !== undefined &&
    (option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean'));
  const extra = words.help.extra({
    ...(option.argChoices ? { choices: option.argChoices } : {}),
    ...(shown
      ? {
          default: {
            value: option.defaultValue,
            ...(option.defaultValueDescription ? { description: option.defaultValueDescription } : {}),
          },
        }
      : {}),
  });
  return `${option.description}${extra}`;
}

function applyToAll(command: Command, apply: (command: Command) => void): void {
  apply(command);
  for (const child of command.commands) applyToAll(child, apply);
}

/**
 * Runs one command of a fresh program and returns what it printed on stdout (`distilplan ask` answers with
 * the very command the question stands for). Its errors propagate as they are.
 */
async function runCaptured(argv: string[], context: CliContext): Promise<string> {
  let printed = '';
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    printed += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    await buildProgram(context).parseAsync(argv, { from: 'user' });
  } finally {
    process.stdout.write = write;
  }
  return printed;
}

/**
 * Runs the CLI; returns the exit code instead of exiting, so tests and the bin share it. The language is decided
 * here, once: --lang when typed, else the locale of `env` (LC_ALL, then LC_MESSAGES, then LANG).
 */
export async function run(
  argv: readonly string[],
  env: LocaleVariables & { DISTILPLAN_TODAY?: string } = process.env,
): Promise<number> {
  const { lang, given } = cliLanguage(argv, env);
  try {
    // DISTILPLAN_TODAY as given with the command (a README example's `DISTILPLAN_TODAY=… distilplan …`), else the process's.
    const today = todayOf({ DISTILPLAN_TODAY: env.DISTILPLAN_TODAY ?? process.env.DISTILPLAN_TODAY });
    await buildProgram({ lang, langGiven: given, readBack: true, today }).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0; // --help, --version
      process.stderr.write(`distilplan: ${error.message.replace(/^error: /, '')}\n`);
      return USAGE_ERROR_EXIT;
    }
    if (isInputError(error)) {
      process.stderr.write(`distilplan: ${renderError(error, lang, 'cli').full}\n`);
      return USAGE_ERROR_EXIT;
    }
    throw error;
  }
}

/**
 * --lang en|ja as typed (the last one wins, as commander reads it), else the locale's language. A value that is
 * neither is left for commander to refuse by its choices.
 */
function cliLanguage(argv: readonly string[], env: LocaleVariables): { lang: Lang; given: boolean } {
  let typed: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--lang') typed = argv[i + 1];
    else if (arg.startsWith('--lang=')) typed = arg.slice('--lang='.length);
  });
  const lang = LANGS.find((name) => name === typed);
  if (lang) return { lang, given: true };
  return { lang: localeLanguage(env), given: false };
}
