/** `distilplan optimize supervised|distil`: compute-optimal plans (Busbridge et al. 2025, §4 and Eq. 10). */
import { type Command, Option } from 'commander';
import { describePlan, optimalDistillation, optimalSupervised, SCENARIO_IDS } from '../../core/index.js';
import { CLI_WORDS, namesFor, wordPlan } from '../../messages/index.js';
import { answerText } from '../answer-text.js';
import { addBudgetFlags, type BudgetFlags, costingRows, resolveBudget } from '../budget.js';
import type { CliContext } from '../context.js';
import { type CommonFlags, count, optionalCount, planOptions, withCommonFlags } from '../flags.js';
import { printResult, section } from '../output.js';
import { assumptionNotes } from '../plan-text.js';

export function register(program: Command, context: CliContext): void {
  const { lang } = context;
  const words = CLI_WORDS[lang];
  const help = words.help;
  const optimize = program.command('optimize').description(help.commands.optimize);
  addBudgetFlags(
    withCommonFlags(optimize.command('supervised').description(help.commands.optimizeSupervised), lang),
    help.options.computeSupervised,
    lang,
  ).action((flags: CommonFlags & BudgetFlags) => {
    const budget = resolveBudget(flags);
    const plan = optimalSupervised(budget.compute, planOptions(flags));
    const costing = budget.costing?.();
    printResult(
      section(
        words.supervisedPlanTitle(plan.compute),
        [...words.supervisedPlanRows(plan), ...(costing ? costingRows(costing, lang) : [])],
        assumptionNotes(plan.coefficients, plan.flopCounting, lang),
      ),
      costing ? { ...plan, costing } : plan,
      flags,
    );
  });
  const distil = withCommonFlags(
    optimize.command('distil').description(help.commands.optimizeDistil),
    lang,
  ).requiredOption('--student-params <N>', help.options.studentParams);
  addBudgetFlags(distil, help.options.computeDistil, lang)
    .addOption(
      new Option('--scenario <id>', help.options.scenario)
        .choices([...SCENARIO_IDS])
        .default('pretraining-and-inference'),
    )
    .option('--students <K>', help.options.optimizeStudents, '1')
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
        answerText(wordPlan(describePlan(plan, costing), lang, namesFor('cli'))),
        costing ? { ...plan, costing } : plan,
        flags,
      );
    });
}
