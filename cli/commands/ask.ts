/**
 * `distilplan ask "<question>"`: a question in Japanese or English (or key=value words) read by core's
 * question reader, answered by the command it stands for (decide, compare, cost, pilot or scenarios) with the same flags a
 * person would type. --json prints that command's object plus `question`: how it was read. Words the reader
 * could not place exit 2 with a question back on stderr that repeats every value it did read.
 */
import { type Command, CommanderError } from 'commander';
import {
  commandOf,
  isInputError,
  isNoTeacher,
  type QuestionReading,
  type ReadValue,
  readQuestion,
} from '../../core/index.js';
import { CLI_WORDS, type Lang, questionBack, readBackLine, renderError } from '../../messages/index.js';
import type { CliContext } from '../context.js';

export interface AskFlags {
  json?: boolean;
}

/** How the answer's command was read: what `question` holds in --json. */
export interface QuestionJson {
  /** The CLI command that answered: decide, compare, cost, pilot or scenarios. */
  command: string;
  /** The same question as explicit flags. */
  argv: string[];
  /** The explicit key=value form (Slack's /distil words). */
  words: string;
  values: { key: string; value: string; typed: string; model?: string }[];
  unread: string[];
}

/** Runs a CLI command in this process (the program's own parser) in a language and returns what it printed. */
export type RunCommand = (argv: string[], lang: Lang) => Promise<string>;

export function register(program: Command, context: CliContext, runCommand: RunCommand): void {
  const help = CLI_WORDS[context.lang].help;
  program
    .command('ask')
    .description(help.commands.ask)
    .argument('<question...>', help.askArgument)
    .option('--json', help.options.askJson)
    .action(async (words: string[], flags: AskFlags) => {
      const reading = readQuestion(words.join(' '), { today: context.today });
      // A typed --lang wins; then the language the question asks for or is written in; then the locale.
      const lang = context.langGiven ? context.lang : (reading.lang ?? context.lang);
      if (reading.unread.length > 0)
        throw new CommanderError(2, 'distilplan.ask', questionBack(reading, lang, 'distilplan ask').full);
      if (reading.intent === 'models')
        return void process.stdout.write(
          await runCommand(['models', '--lang', lang, ...(flags.json ? ['--json'] : [])], lang),
        );
      if (reading.intent === 'help' || reading.intent === 'presets')
        throw new CommanderError(
          2,
          'distilplan.ask',
          questionBack({ ...reading, intent: 'decide' }, lang, 'distilplan ask').full,
        );
      const argv = argvOf(reading, lang);
      let printed: string;
      try {
        printed = await runCommand([...argv, ...(flags.json ? ['--json'] : [])], lang);
      } catch (error) {
        // A value that reads but cannot be answered (a yen budget without a rate): said in the question's
        // language, under how the question was read.
        if (!isInputError(error)) throw error;
        const readBack = readBackLine(reading, lang);
        throw new CommanderError(
          2,
          'distilplan.ask',
          `${readBack ? `${readBack}\n` : ''}${renderError(error, lang, 'cli').full}`,
        );
      }
      if (flags.json) {
        const answer = JSON.parse(printed) as Record<string, unknown>;
        process.stdout.write(`${JSON.stringify({ ...answer, question: questionJson(reading, argv) }, null, 2)}\n`);
        return;
      }
      const readBack = readBackLine(reading, lang);
      process.stdout.write(`${readBack === undefined ? '' : `${readBack}\n\n`}${printed}`);
    });
}

export function questionJson(reading: QuestionReading, argv: string[]): QuestionJson {
  return {
    command: argv[0]!,
    argv,
    words: commandOf(reading),
    values: reading.values.map((value) => ({
      key: value.key,
      value: value.value,
      typed: value.typed,
      ...(value.model ? { model: value.model.id } : {}),
    })),
    unread: reading.unread,
  };
}

/** The CLI flag of each key (Slack's key=value words, read by core). */
const FLAG: Readonly<Record<string, string>> = {
  budget: '--budget',
  'teacher-loss': '--teacher-loss',
  'teacher-tokens': '--teacher-tokens',
  students: '--students',
  gpus: '--gpus',
  gpu: '--gpu',
  provider: '--provider',
  price: '--price',
  mfu: '--mfu',
  precision: '--precision',
  currency: '--currency',
  rate: '--rate',
  serve: '--serve-tokens-per-day',
  days: '--serve-days',
  deadline: '--deadline',
  share: '--pilot-share',
  kind: '--kind',
  preset: '--preset',
  counting: '--flops-counting',
};

/** Keys the CLI's cost command takes (it costs a budget; a student makes the question a decide). */
const COST_KEYS = new Set(['budget', 'gpu', 'provider', 'price', 'mfu', 'precision', 'currency', 'rate']);

/**
 * The question as the flags of decide, compare or cost. A cost question naming a student or anything only
 * decide reads is answered by decide (which costs the run too), so no value is left out.
 */
export function argvOf(reading: QuestionReading, lang: Lang): string[] {
  const values = reading.scenarios ? reading.scenarios[0]!.values : reading.values;
  const students = reading.scenarios
    ? reading.scenarios.flatMap((scenario) => scenario.values.filter((value) => value.key === 'student'))
    : values.filter((value) => value.key === 'student');
  const costOnly = values.every((value) => COST_KEYS.has(value.key) || value.key === 'lang');
  const command =
    students.length >= 2
      ? 'compare'
      : reading.intent === 'pilot' || reading.intent === 'scenarios'
        ? reading.intent
        : reading.intent === 'cost' && costOnly
          ? 'cost'
          : 'decide';
  const argv: string[] = [command];
  if (students.length > 0) argv.push('--student-params', ...students.map((value) => value.value));
  for (const value of values) argv.push(...flagsOf(value, command));
  if (command !== 'decide') argv.push('--lang', lang);
  return argv;
}

function flagsOf(value: ReadValue, command: string): string[] {
  if (value.key === 'student' || value.key === 'lang') return [];
  if (value.key === 'teacher') {
    if (isNoTeacher(value.value)) return ['--no-teacher'];
    const [params, tokens] = value.value.split('@');
    return ['--teacher-params', params!, ...(tokens === undefined ? [] : ['--teacher-tokens', tokens])];
  }
  const flag = FLAG[value.key];
  return flag === undefined ? [`--${value.key}`, value.value] : [flag, value.value];
}
