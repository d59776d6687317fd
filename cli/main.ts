/**
 * The `distilplan` command: parse flags, call core, print. Bad input exits
 * with code 2 and one line on stderr naming the flag; nothing on stdout.
 */
import { Command, CommanderError } from 'commander';
import { isInputError } from '../core/index.js';
import { renderError } from '../messages/index.js';
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

export const USAGE_ERROR_EXIT = 2;

export function buildProgram(): Command {
  const program = new Command('distilplan')
    .description(
      'Distil a model from a teacher, or train it directly? Predicted losses, plans and costs from the distillation scaling law of Busbridge et al. (2025).',
    )
    .showSuggestionAfterError(true);
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
    registerModels,
  ])
    register(program);
  registerAsk(program, runCaptured);
  applyToAll(program, (command) => command.exitOverride().configureOutput({ outputError: () => {} }));
  return program;
}

function applyToAll(command: Command, apply: (command: Command) => void): void {
  apply(command);
  for (const child of command.commands) applyToAll(child, apply);
}

/**
 * Runs one command of a fresh program and returns what it printed on stdout (`distilplan ask` answers with
 * the very command the question stands for). Its errors propagate as they are.
 */
async function runCaptured(argv: string[]): Promise<string> {
  let printed = '';
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    printed += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
  } finally {
    process.stdout.write = write;
  }
  return printed;
}

/** Runs the CLI; returns the exit code instead of exiting, so tests and the bin share it. */
export async function run(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0; // --help, --version
      process.stderr.write(`distilplan: ${error.message.replace(/^error: /, '')}\n`);
      return USAGE_ERROR_EXIT;
    }
    if (isInputError(error)) {
      process.stderr.write(`distilplan: ${renderError(error, langOf(argv), 'cli').full}\n`);
      return USAGE_ERROR_EXIT;
    }
    throw error;
  }
}

/** Errors follow --lang where a command has it (cost's human output). */
function langOf(argv: readonly string[]): 'en' | 'ja' {
  const at = argv.indexOf('--lang');
  return argv[at + 1] === 'ja' || argv.includes('--lang=ja') ? 'ja' : 'en';
}
