/**
 * `distilplan compare`: the same question for several student sizes side by side (each at its own budget or one
 * shared), and with --serve-tokens-per-day and --serve-days what each costs to train and then to serve, with the
 * break-even point: after how many days the model cheapest to run pays back a higher training cost, or never.
 */
import type { Command } from 'commander';
import {
  type Costing,
  type CostOptions,
  checkGpus,
  coefficientSet,
  compareLifetimes,
  compareStudents,
  type Decision,
  decide,
  describeCompare,
  InputError,
  type IsoDate,
  type LifetimeComparison,
  parseDeadlineDays,
  routeTokens,
  type StudentComparison,
  withServingCosted,
} from '../../core/index.js';
import { CLI_WORDS, type Lang, namesFor, wordCompare } from '../../messages/index.js';
import { answerText } from '../answer-text.js';
import type { CliContext } from '../context.js';
import { addCostFlags } from '../cost-flags.js';
import { type DecideFlags, decisionQuestion, servingFlags } from '../decision.js';
import { withCommonFlags } from '../flags.js';
import { printResult } from '../output.js';
import { withWarningMessages } from '../plan-text.js';
import { readingOf, typedQuestion } from '../read-back.js';

interface CompareFlags extends Omit<DecideFlags, 'studentParams' | 'compute' | 'budget'> {
  studentParams: string[];
  compute?: string[];
  budget?: string[];
  servingMfu?: string;
}

/** Up to four students, as Slack's compare. */
const MAX_STUDENTS_COMPARED = 4;

export function register(program: Command, context: CliContext): void {
  const help = CLI_WORDS[context.lang].help;
  const command = withCommonFlags(program.command('compare').description(help.commands.compare), context.lang)
    .requiredOption('--student-params <N...>', help.options.compareStudentParams)
    .option('--compute <C...>', help.options.compareCompute)
    .option('--budget <B...>', help.options.compareBudget)
    .option('--teacher-loss <L>', help.options.teacherLoss)
    .option('--teacher-params <NT>', help.options.teacherParams)
    .option('--teacher-tokens <DT>', help.options.teacherTokens)
    .option('--no-teacher', help.options.noTeacherDefault)
    .option('--students <K>', help.options.students)
    .option('--serve-tokens-per-day <T>', help.options.compareServeTokensPerDay)
    .option('--serve-days <D>', help.options.compareServeDays)
    .option('--serving-mfu <M>', help.options.servingMfu)
    .option('--gpus <N>', help.options.compareGpus)
    .option('--deadline <D>', help.options.compareDeadline);
  addCostFlags(command, context.lang).action((flags: CompareFlags) => {
    const questions = questionsOf(flags);
    const run = runOf(flags, context.today);
    const rentals = questions.map((question) => answerOf(question, run));
    const lives = servingComparison(flags, rentals);
    // With serving, each student's total cost of ownership counts its serving, and under a profile the cheapest in
    // all is the one whose total cost of ownership is least.
    const served = lives && withServingCosted(rentals, lives);
    const items = served ? served.items : rentals;
    const serving = served?.comparison;
    const set = coefficientSet(decisionQuestion(questions[0]!.flags, true).options.preset);
    // Each quality gap's reach is priced as that student's answer is.
    const comparison = compareStudents(
      items.map((item) => ({ name: item.name, decision: item.decision, cost: item.costOptions })),
      set,
    );
    const lang = context.lang;
    const question = context.readBack
      ? readingOf(
          'compare',
          typedQuestion(flags, flags.studentParams, flags.budget ?? flags.compute ?? []),
          context.today,
        )
      : null;
    const description = describeCompare(items, comparison, { question, serving: serving ?? null });
    printResult(
      answerText(wordCompare(description, lang, namesFor('cli'))),
      compareJson(items, serving, comparison, lang),
      flags,
    );
  });
}

/**
 * The GPUs and the deadline every student's run is spread over, as decide reads them: a deadline without --gpus
 * sets each run's GPUs (the whole GPUs that finish it in time); typed GPUs are kept and the deadline says how many
 * it would take. Neither given: the default GPUs, and no days line (the answer reads as before).
 */
interface Run {
  gpus?: number;
  deadlineDays?: number;
}

function runOf(flags: CompareFlags, today: IsoDate | undefined): Run {
  const deadlineDays = flags.deadline === undefined ? undefined : parseDeadlineDays(flags.deadline, today);
  return {
    ...(flags.gpus === undefined ? {} : { gpus: checkGpus('gpus', flags.gpus) }),
    ...(deadlineDays === undefined ? {} : { deadlineDays }),
  };
}

interface Item {
  name: string;
  decision: Decision;
  costing: Costing;
  /** The cost options as resolved (the answer's currency settled), for the serving costs. */
  costOptions: CostOptions;
  /** The same costing with serving's exact cost as a part of the total. */
  recost(servingExact: string): Costing;
}

/** One decide question per student, each with its budget (one shared, or one each). */
function questionsOf(flags: CompareFlags): Array<{ name: string; flags: DecideFlags }> {
  const sizes = flags.studentParams;
  if (sizes.length < 2 || sizes.length > MAX_STUDENTS_COMPARED)
    throw new InputError(
      'studentParams',
      { code: 'compare-count', count: sizes.length, max: MAX_STUDENTS_COMPARED },
      { form: 'compare-form' },
    );
  const budgets = flags.budget ?? flags.compute ?? [];
  const field = flags.budget ? 'budget' : 'compute';
  if (budgets.length > 1 && budgets.length !== sizes.length)
    throw new InputError(
      field,
      { code: 'compare-budgets', budgets: budgets.length, students: sizes.length },
      {
        form: 'compare-budgets',
      },
    );
  return sizes.map((size, i) => {
    const budget = budgets.length > 1 ? budgets[i] : budgets[0];
    const { studentParams: _all, compute: _c, budget: _b, ...rest } = flags;
    const own: DecideFlags = { ...rest, studentParams: size, [field]: budget };
    return { name: nameOf(sizes, i), flags: own };
  });
}

/** The size as typed; a size given twice is told apart by its place ("1B #2"). */
function nameOf(sizes: readonly string[], index: number): string {
  const size = sizes[index]!;
  return sizes.indexOf(size) === index ? size : `${size} #${index + 1}`;
}

function answerOf(question: { name: string; flags: DecideFlags }, run: Run): Item {
  try {
    const { request, options, budget } = decisionQuestion(question.flags, true);
    const decision = decide(request, options);
    const extras = {
      flipEvidence: decision.evidence.flip,
      computeRatio: decision.computeRatio,
      tokens: routeTokens(decision),
      ...run,
    };
    const costing = budget.costing!(decision.plan, decision.flipCompute, extras);
    const recost = (servingExact: string) =>
      budget.costing!(decision.plan, decision.flipCompute, { ...extras, servingExact });
    return { name: question.name, decision, costing, costOptions: budget.costOptions ?? {}, recost };
  } catch (error) {
    throw error instanceof InputError ? error.within(question.name) : error;
  }
}

function servingComparison(flags: CompareFlags, items: readonly Item[]): LifetimeComparison | undefined {
  const serve = servingFlags(flags);
  if (!serve) return undefined;
  return compareLifetimes(
    items.map((item) => ({
      ...item.costOptions,
      name: item.name,
      trainingFlops: item.costing.flops,
      params: item.decision.plan.studentParams,
      tokensPerDay: serve.tokensPerDay,
      days: serve.days,
      servingMfu: flags.servingMfu,
    })),
  );
}

function compareJson(
  items: readonly Item[],
  serving: LifetimeComparison | undefined,
  comparison: StudentComparison,
  lang: Lang,
): object {
  return {
    /** The lowest-loss student, or null when the plausible laws do not separate them. */
    best: comparison.best,
    bestShare: comparison.bestShare,
    qualityGaps: comparison.gaps,
    students: items.map((item, i) => ({
      name: item.name,
      ...withWarningMessages(item.decision, lang),
      // With --deadline, as decide: the days it was given and the whole GPUs that finish this run within them.
      ...(item.costing.wallClock.deadline ? { deadline: item.costing.wallClock.deadline } : {}),
      costing: item.costing,
      ...(serving ? { serving: serving.routes[i] } : {}),
    })),
    ...(serving
      ? {
          serving: {
            currency: serving.currency,
            cheapestTotal: serving.cheapestTotal,
            cheapestToRun: serving.cheapestToRun,
            cheapestToTrain: serving.cheapestToTrain,
          },
        }
      : {}),
  };
}
