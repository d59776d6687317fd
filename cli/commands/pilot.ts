/**
 * `distilplan pilot`: the small runs that would settle a distil-or-train decision, what they cost, how often
 * they would settle it (simulated in core/pilot) and the staged plan after them. `--out DIR` writes the runs as
 * the CSV files `distilplan fit supervised|distil --runs` read, losses left blank to fill in.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import {
  checkGpus,
  DEFAULT_GPUS,
  DEFAULT_PILOT_NOISE,
  DEFAULT_PILOT_SEED,
  DEFAULT_PILOT_SHARE,
  DEFAULT_PILOT_WORLDS,
  describePilot,
  InputError,
  MAX_PILOT_NOISE,
  MAX_PILOT_SHARE,
  type PilotPlan,
  parseShare,
  planPilot,
  RUN_COLUMNS,
} from '../../core/index.js';
import { CLI_WORDS, type Lang, wordPilot } from '../../messages/index.js';
import { answerText } from '../answer-text.js';
import type { CliContext } from '../context.js';
import { addDecideFlags, type DecideFlags, decisionQuestion } from '../decision.js';
import { count } from '../flags.js';
import { printResult } from '../output.js';

interface PilotFlags extends DecideFlags {
  pilotShare?: string;
  noise?: string;
  seed: string;
  worlds: string;
  out?: string;
}

export function register(program: Command, context: CliContext): void {
  const help = CLI_WORDS[context.lang].help;
  addDecideFlags(program.command('pilot').description(help.commands.pilot), context.lang)
    .option('--pilot-share <S>', help.pilotShare(DEFAULT_PILOT_SHARE))
    .option('--noise <σ>', help.pilotNoise(DEFAULT_PILOT_NOISE))
    .option('--seed <S>', help.options.pilotSeed, String(DEFAULT_PILOT_SEED))
    .option('--worlds <W>', help.options.pilotWorlds, String(DEFAULT_PILOT_WORLDS))
    .option('--gpus <N>', help.options.pilotGpus, String(DEFAULT_GPUS))
    .option('--out <DIR>', help.options.pilotOut)
    .action((flags: PilotFlags) => runPilot(flags, context.lang));
}

function runPilot(flags: PilotFlags, lang: Lang): void {
  const gpus = checkGpus('gpus', flags.gpus ?? String(DEFAULT_GPUS));
  const share = parseShare('pilotShare', flags.pilotShare ?? DEFAULT_PILOT_SHARE, MAX_PILOT_SHARE);
  const noise = parseShare('noise', flags.noise ?? DEFAULT_PILOT_NOISE, MAX_PILOT_NOISE, true);
  const seed = count('seed', flags.seed);
  const worlds = count('worlds', flags.worlds);
  const { request, options, budget } = decisionQuestion(flags, true);
  const bar = progressBar(CLI_WORDS[lang].pilot.simulating);
  const plan = planPilot(request, {
    ...options,
    share,
    noise,
    seed,
    worlds,
    gpus,
    cost: budget.costOptions ?? {},
    progress: bar.tick,
  });
  bar.done();
  const written = flags.out === undefined ? [] : writeRuns(flags.out, plan);
  printResult(pilotText(plan, flags, written, lang), pilotJson(plan, written), flags);
}

/** A bar on stderr when it is a terminal and the simulation has run for more than a second. */
function progressBar(label: string): { tick: (done: number, total: number) => void; done: () => void } {
  const start = Date.now();
  let drawn = false;
  return {
    tick(done, total) {
      if (!process.stderr.isTTY || Date.now() - start < 1000) return;
      const width = 30;
      const filled = Math.round((width * done) / total);
      process.stderr.write(`\r${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
      drawn = true;
    },
    done() {
      if (drawn) process.stderr.write('\r\x1b[2K');
    },
  };
}

/** The runs as the CSV files `fit` reads: one row per run, the loss columns empty. */
function writeRuns(dir: string, plan: PilotPlan): string[] {
  const supervised = plan.runs.filter((run) => run.kind === 'supervised');
  const distil = plan.runs.filter((run) => run.kind === 'distil');
  const files: [string, string][] = [
    [
      path.join(dir, 'supervised.csv'),
      [RUN_COLUMNS.supervised.join(','), ...supervised.map((run) => `${run.params},${run.tokens},`)].join('\n'),
    ],
    [
      path.join(dir, 'distil.csv'),
      // An existing teacher's given loss is its teacher_loss; a pilot teacher's is measured in its own run.
      [
        RUN_COLUMNS.distillation.join(','),
        ...distil.map((run) => `${run.params},${run.tokens},${run.teacher!.loss ?? ''},`),
      ].join('\n'),
    ],
  ];
  try {
    mkdirSync(dir, { recursive: true });
    for (const [file, text] of files) writeFileSync(file, `${text}\n`);
  } catch (error) {
    throw new InputError(
      'out',
      { code: 'file-unwritable', reason: String((error as { code?: string }).code) },
      { form: 'writable-path' },
    );
  }
  return files.map(([file]) => file);
}

function pilotJson(plan: PilotPlan, written: string[]): object {
  return { ...plan, ...(written.length > 0 ? { written } : {}) };
}

function pilotText(plan: PilotPlan, flags: PilotFlags, written: string[], lang: Lang): string {
  const dir = written.length > 0 ? path.dirname(written[0]!) : null;
  return answerText(wordPilot(describePilot(plan, { code: 'fit-runs', dir, question: typedQuestion(flags) }), lang));
}

/** The question's flags as typed, for the command that decides with the fitted set. */
function typedQuestion(flags: PilotFlags): string[] {
  return [
    `--student-params ${flags.studentParams}`,
    flags.budget !== undefined ? `--budget "${flags.budget}"` : `--compute ${flags.compute}`,
    ...(flags.teacherParams !== undefined ? [`--teacher-params ${flags.teacherParams}`] : []),
    ...(flags.teacherLoss !== undefined ? [`--teacher-loss ${flags.teacherLoss}`] : []),
    ...(flags.teacherTokens !== undefined ? [`--teacher-tokens ${flags.teacherTokens}`] : []),
    ...(flags.students !== undefined ? [`--students ${flags.students}`] : []),
  ];
}
