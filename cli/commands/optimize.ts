/** `distilplan optimize supervised|distil`: compute-optimal plans (Busbridge et al. 2025, §4 and Eq. 10). */
import { type Command, Option } from 'commander';
import {
  formatCount,
  formatLoss,
  formatScientific,
  optimalDistillation,
  optimalSupervised,
  SCENARIO_IDS,
} from '../../core/index.js';
import { addBudgetFlags, type BudgetFlags, costingRows, resolveBudget } from '../budget.js';
import { type CommonFlags, count, optionalCount, planOptions, withCommonFlags } from '../flags.js';
import { printResult, section } from '../output.js';
import { assumptionNotes, distillationPlanRows } from '../plan-text.js';

export function register(program: Command): void {
  const optimize = program.command('optimize').description('compute-optimal plans for a budget');
  addBudgetFlags(
    withCommonFlags(
      optimize.command('supervised').description('the best model size and tokens for a budget, trained directly'),
    ),
    'budget in FLOPs, e.g. 1e21',
  ).action((flags: CommonFlags & BudgetFlags) => {
    const budget = resolveBudget(flags);
    const plan = optimalSupervised(budget.compute, planOptions(flags));
    const costing = budget.costing?.();
    printResult(
      section(
        `Compute-optimal supervised model for ${formatScientific(plan.compute)} FLOPs`,
        [
          ['params', formatCount(plan.params)],
          ['tokens', formatCount(plan.tokens)],
          ['tokens per param', plan.tokensPerParam.toFixed(1)],
          ['loss', `${formatLoss(plan.loss)} nats/token`],
          ...(costing ? costingRows(costing) : []),
        ],
        assumptionNotes(plan.coefficients, plan.flopCounting),
      ),
      costing ? { ...plan, costing } : plan,
      flags,
    );
  });
  const distil = withCommonFlags(
    optimize.command('distil').description('the best teacher and token split for a student and budget'),
  ).requiredOption('--student-params <N>', 'student non-embedding parameters, e.g. 1B');
  addBudgetFlags(distil, 'total budget in FLOPs, e.g. 1e21')
    .addOption(
      new Option('--scenario <id>', 'what the student pays for')
        .choices([...SCENARIO_IDS])
        .default('pretraining-and-inference'),
    )
    .option('--students <K>', 'students sharing one teacher (its pretraining split K ways)', '1')
    .action((flags: CommonFlags & BudgetFlags & { studentParams: string; scenario: string; students: string }) => {
      const studentParams = count('studentParams', flags.studentParams);
      const budget = resolveBudget(flags);
      const plan = optimalDistillation(
        {
          studentParams,
          compute: budget.compute,
          scenario: flags.scenario,
          students: optionalCount('students', flags.students),
        },
        planOptions(flags),
      );
      const costing = budget.costing?.(plan);
      printResult(
        section(
          `Compute-optimal distillation (${plan.scenario}${plan.students > 1 ? `, ${plan.students} students` : ''}) for ${formatScientific(plan.compute)} FLOPs`,
          [...distillationPlanRows(plan), ...(costing ? costingRows(costing) : [])],
          assumptionNotes(plan.coefficients, plan.flopCounting),
        ),
        costing ? { ...plan, costing } : plan,
        flags,
      );
    });
}
