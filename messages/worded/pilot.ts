/**
 * The pilot answer (core's PilotDescription) in words, once per language: the title, the headline (what the pilot
 * costs and how often it settles the call), the runs as a table, what each pilot size is worth (when simulated),
 * the stages with their go/no-go rules, and what comes next: the commands that fit the runs, or the command that
 * simulates the odds.
 */
import type { PilotDescription, PilotNext, PilotPlan } from '../../core/index.js';
import type { Lang } from '../catalogue.js';
import { pilotCommand, pilotLoopCommands } from '../cli.js';
import { PILOT_WORDS } from '../pilot.js';
import { readBackLine } from '../question.js';
import type { WordedAnswer } from './answer.js';
import type { WordedSection, WordedTable } from './table.js';

export function wordPilot(description: PilotDescription, lang: Lang): WordedAnswer {
  const words = PILOT_WORDS[lang];
  const { plan, next } = description;
  const title = words.titles.answer;
  return {
    kind: 'pilot',
    lang,
    question: description.question ? (readBackLine(description.question, lang) ?? '') : '',
    title,
    callLine: title,
    headline: [words.headline(plan), ...(plan.cappedBySize ? [words.cappedBySize] : [])],
    lawSays: '',
    money: '',
    decisive: [],
    summary: '',
    figures: [],
    table: runsTable(plan, lang),
    sections: [
      ...(plan.simulation ? [worthSection(description, lang)] : []),
      stagesSection(plan, lang),
      ...(next.code === 'fit-runs' ? [loopSection(plan, next, lang)] : []),
    ],
    serving: [],
    warnings: [],
    notes: next.code === 'simulate' ? [words.notSimulated(simulateCommand(plan, next))] : [],
  };
}

function runsTable(plan: PilotPlan, lang: Lang): WordedTable {
  const words = PILOT_WORDS[lang];
  const rows = plan.runs.map((run, i) => ({
    cells: [
      String(i + 1),
      words.runKind(run),
      words.count(run.params),
      words.count(run.tokens),
      words.flops(run.flops),
      words.money(run.cost?.base ?? null, plan.currency),
    ],
    line: words.runLine(run, i + 1, plan.currency),
  }));
  // Every run is shown everywhere: the pilot is these runs.
  return {
    heading: words.titles.runs,
    columns: [...words.runColumns],
    rows,
    short: { count: rows.length, heading: words.titles.runs },
  };
}

function worthSection(description: PilotDescription, lang: Lang): WordedSection {
  const words = PILOT_WORDS[lang];
  const { plan } = description;
  const lines = [
    ...plan.sizes.map((size, i) => words.size(size, plan.currency, i === description.chosenSize)),
    words.today(plan),
    words.simulation(plan),
  ];
  return { code: 'worth', heading: words.titles.worth, items: lines.map((line) => ({ line, points: [] })) };
}

function stagesSection(plan: PilotPlan, lang: Lang): WordedSection {
  const words = PILOT_WORDS[lang];
  return {
    code: 'stages',
    heading: words.titles.stages,
    items: plan.stages.map((stage, i) => ({
      line: words.stage(stage, i + 1, plan.currency),
      points: stage.rules.map((rule) => words.rule(rule)),
    })),
  };
}

/** The commands that close the loop, numbered: fit both laws as the simulation did, then decide with the fitted set. */
function loopSection(plan: PilotPlan, next: Extract<PilotNext, { code: 'fit-runs' }>, lang: Lang): WordedSection {
  const commands = pilotLoopCommands({
    dir: next.dir ?? 'DIR',
    supervisedFixed: plan.fit.supervisedFixed,
    distillationFixed: plan.fit.distillationFixed,
    question: next.question,
  });
  return {
    code: 'next',
    heading: PILOT_WORDS[lang].titles.loop,
    items: commands.map((command, i) => ({ line: `${i + 1}  ${command}`, points: [] })),
  };
}

function simulateCommand(plan: PilotPlan, next: Extract<PilotNext, { code: 'simulate' }>): string {
  return pilotCommand({
    studentParams: plan.studentParams,
    budgetFlops: plan.budgetFlops,
    teacher: next.teacher,
    share: plan.share,
  });
}
