/**
 * `/distil pilot`: the pilot's runs (the same design as `distilplan pilot`), what it costs, and the staged plan
 * with its go/no-go rules, in the person's language. The odds of settling are the CLI's (a simulation takes
 * seconds); the answer names the command.
 */
import { formatScientific } from '../../../core/index.js';
import { PILOT_WORDS } from '../../../messages/index.js';
import type { PilotResult } from '../results/compute.js';
import { type Block, type Built, context, escapeMrkdwn, header, section } from './kit.js';

export function pilotBlocks(result: PilotResult): Built {
  const words = PILOT_WORDS[result.lang];
  const { plan } = result;
  const runs = plan.runs.map(
    (run, i) =>
      `${String(i + 1).padStart(2)}  ${words.runKind(run)}  ${words.count(run.params)} · ${words.count(run.tokens)} · ${formatScientific(run.flops)} FLOPs · ${words.money(run.cost?.base ?? null, plan.currency)}`,
  );
  const stages = plan.stages.map((stage, i) =>
    [words.stage(stage, i + 1, plan.currency), ...stage.rules.map((rule) => `• ${words.rule(rule)}`)].join('\n'),
  );
  const headline = words.headline(plan);
  const blocks: Block[] = [
    header(words.titles.answer),
    section(`*${escapeMrkdwn(headline)}*`),
    section(`*${words.titles.runs}*\n\`\`\`${escapeMrkdwn(runs.join('\n'))}\`\`\``),
    section(`*${words.titles.stages}*\n${escapeMrkdwn(stages.join('\n'))}`),
    context([escapeMrkdwn(words.notSimulated(cliCommand(result)))]),
  ];
  if (plan.cappedBySize) blocks.splice(2, 0, context([escapeMrkdwn(words.cappedBySize)]));
  return { text: headline, blocks };
}

/** The same question as a `distilplan pilot` command (the budget as typed). */
function cliCommand(result: PilotResult): string {
  const { inputs, plan } = result;
  const teacher = inputs.teacher;
  const parts = [
    'distilplan pilot',
    `--student-params ${plan.studentParams}`,
    `--compute ${formatScientific(plan.budgetFlops)}`,
    ...(teacher.kind === 'loss'
      ? [`--teacher-params ${teacher.teacherParams} --teacher-loss ${teacher.teacherLoss}`]
      : []),
    ...(teacher.kind === 'size'
      ? [`--teacher-params ${teacher.teacherParams} --teacher-tokens ${teacher.teacherTokens}`]
      : []),
    ...(teacher.kind === 'none' && (teacher.students ?? 1) > 1 ? [`--students ${teacher.students}`] : []),
    `--pilot-share ${plan.share}`,
  ];
  return parts.join(' ');
}
