/**
 * `distilplan compare`: the same question for several student sizes side by side (each at its own budget or one
 * shared), and with --serve-tokens-per-day and --serve-days what each costs to train and then to serve, with the
 * break-even point: after how many days the model cheapest to run pays back a higher training cost, or never.
 */
import { type Command, Option } from 'commander';
import {
  type Costing,
  type CostOptions,
  coefficientSet,
  compareLifetimes,
  compareStudents,
  type Decision,
  decide,
  formatLoss,
  formatMoney,
  formatScientific,
  InputError,
  type Lang,
  type LifetimeComparison,
  reachedLoss,
  routeTokens,
  type StudentComparison,
  withOwnership,
} from '../../core/index.js';
import { CATALOGUES, servingWords } from '../../messages/index.js';
import { addCostFlags } from '../cost-flags.js';
import { type DecideFlags, decisionQuestion, servingFlags } from '../decision.js';
import { withCommonFlags } from '../flags.js';
import { printResult, type Row, section } from '../output.js';
import { withWarningMessages } from '../plan-text.js';

interface CompareFlags extends Omit<DecideFlags, 'studentParams' | 'compute' | 'budget'> {
  studentParams: string[];
  compute?: string[];
  budget?: string[];
  servingMfu?: string;
  lang?: Lang;
}

/** Up to four students, as Slack's compare. */
const MAX_STUDENTS_COMPARED = 4;

export function register(program: Command): void {
  const command = withCommonFlags(
    program.command('compare').description('several student sizes side by side, with training + serving cost'),
  )
    .requiredOption('--student-params <N...>', 'two to four student sizes, e.g. 1B 3B')
    .option('--compute <C...>', 'one budget in FLOPs for all, or one per student, e.g. 1e21 3e21')
    .option('--budget <B...>', "one budget for all or one per student: '$200k' '$500k', '500 GPU-hours'")
    .option('--teacher-loss <L>', "an existing teacher's cross-entropy, nats/token")
    .option('--teacher-params <NT>', "an existing teacher's non-embedding parameters")
    .option('--teacher-tokens <DT>', 'the tokens an existing teacher was trained on')
    .option('--no-teacher', 'no teacher yet: it must be trained (the default when no teacher flag is given)')
    .option('--students <K>', 'with no teacher: students that will share the one trained')
    .option('--serve-tokens-per-day <T>', 'tokens each model will serve per day, e.g. 2B')
    .option('--serve-days <D>', 'days each will serve, e.g. 365')
    .option('--serving-mfu <M>', 'MFU while serving (decoding is memory-bound), default 0.25')
    .addOption(new Option('--lang <lang>', 'language of the serving sentences').choices(['en', 'ja']).default('en'));
  addCostFlags(command).action((flags: CompareFlags) => {
    const questions = questionsOf(flags);
    const rentals = questions.map(answerOf);
    const lives = servingComparison(flags, rentals);
    // With serving, each student's total cost of ownership counts its serving (and a profile's infrastructure on it).
    const items = lives
      ? rentals.map((item, i) => ({ ...item, costing: item.recost(lives.routes[i]!.serving.costExact.base) }))
      : rentals;
    // Under a profile, the cheapest in all is the one whose total cost of ownership is least.
    const serving =
      lives &&
      withOwnership(
        lives,
        items.map((item) => item.costing.ownership),
      );
    const set = coefficientSet(decisionQuestion(questions[0]!.flags, true).options.preset);
    // Each quality gap's reach is priced as that student's answer is.
    const comparison = compareStudents(
      items.map((item) => ({ name: item.name, decision: item.decision, cost: item.costOptions })),
      set,
    );
    const lang = flags.lang ?? 'en';
    printResult(compareText(items, serving, lang, comparison), compareJson(items, serving, comparison), flags);
  });
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

function answerOf(question: { name: string; flags: DecideFlags }): Item {
  try {
    const { request, options, budget } = decisionQuestion(question.flags, true);
    const decision = decide(request, options);
    const extras = {
      flipEvidence: decision.evidence.flip,
      computeRatio: decision.computeRatio,
      tokens: routeTokens(decision),
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
): object {
  return {
    /** The lowest-loss student, or null when the plausible laws do not separate them. */
    best: comparison.best,
    bestShare: comparison.bestShare,
    qualityGaps: comparison.gaps,
    students: items.map((item, i) => ({
      name: item.name,
      ...withWarningMessages(item.decision),
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

function compareText(
  items: readonly Item[],
  serving: LifetimeComparison | undefined,
  lang: Lang,
  comparison: StudentComparison,
): string {
  const words = CATALOGUES[lang].answer;
  const best = items.find((item) => item.name === comparison.best);
  const title = best
    ? words.compareTitle({
        count: items.length,
        label: best.name,
        loss: formatLoss(reachedLoss(best.decision)),
      })
    : words.compareNoBest({ count: items.length, share: comparison.bestShare });
  // With serving, what each quality gap is worth: the cheapest to run is not the best unless the gap is cheap.
  const gapLines =
    serving && comparison.lowest
      ? comparison.gaps
          .filter((gap) => gap.lossGap > 0)
          .map((gap) =>
            words.compareGap({
              label: gap.name,
              best: comparison.lowest!,
              gap: formatLoss(gap.lossGap),
              ...(gap.reach ? { compute: formatScientific(gap.reach.compute) } : {}),
              ...(gap.reach?.cost
                ? { money: formatMoney(gap.reach.cost.cost.base, gap.reach.cost.currency, { compact: true, lang }) }
                : {}),
            }),
          )
      : [];
  const lines = [title, ...(serving ? servingWords(lang).sentences(serving) : []), ...gapLines];
  const rows: Row[] = items.map((item) => [item.name, outcome(item)]);
  const figures = serving ? servingWords(lang).figures(serving) : [];
  return [...lines, section(`Compare ${items.length} students`, rows, figures)].join('\n');
}

/** "close-call, train directly 1.9636 (distilled 1.9924) on 9.53e22 FLOPs, $200k" */
function outcome({ decision, costing }: Item): string {
  const won = decision.verdict === 'distil' ? 'distil' : 'train directly';
  const best = reachedLoss(decision);
  const other =
    decision.verdict === 'distil'
      ? `direct ${formatLoss(decision.supervisedLoss)}`
      : `distilled ${formatLoss(decision.distilLoss)}`;
  const owned = costing.ownership?.profile ? costing.ownership : undefined;
  const rental = costing.total && formatMoney(costing.total.cost.base, costing.total.currency, { compact: true });
  const money = !rental
    ? ''
    : owned
      ? `, ${CATALOGUES.en.costs.withTotal({ rental, total: formatMoney(owned.total, owned.currency, { compact: true }) })}`
      : `, ${rental}`;
  const call = decision.call === 'close-call' || decision.call === 'outside-evidence' ? `${decision.call}, ` : '';
  return `${call}${won} ${formatLoss(best)} (${other}) on ${formatScientific(costing.flops)} FLOPs${money}`;
}
