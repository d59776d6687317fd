/**
 * A parsed request → the core's answers. Nothing is computed here that the
 * core does not compute: the budget becomes FLOPs through core/cost, the
 * decision and plans come from core, and the costs from core/cost, so Slack
 * shows the CLI's numbers to the last digit.
 */
import {
  COEFFICIENT_SETS,
  coefficientSet,
  compareLifetimes,
  compareStudents,
  costScenarios,
  type Decision,
  type DecisionRequest,
  type DistillationPlan,
  decide,
  InputError,
  isInputError,
  type LifetimeComparison,
  type LifetimeCost,
  lifetimeCost,
  MAX_PILOT_SHARE,
  optimalDistillation,
  type PilotPlan,
  type PlanOptions,
  parseShare,
  planPilot,
  routeTokens,
  type Scenarios,
  type StudentComparison,
  withServingCosted,
} from '../../../core/index.js';
import type {
  Common,
  CostInputs,
  DecideInputs,
  Lang,
  PilotInputs,
  PlanInputs,
  Request,
  ScenarioInputs,
  ServingWords,
} from '../command/parse.js';
import { slackCostProfile } from '../costs.js';
import { listPresets, type PresetList, slackPreset } from '../presets.js';
import {
  type Budgeted,
  budgetFor,
  type Costing,
  type CostOptions,
  costingOf,
  type WorkspaceRate,
  withJapaneseYen,
} from './cost-api.js';

export type { Costing };

export interface DecideResult {
  kind: 'decide';
  lang: Lang;
  inputs: DecideInputs;
  decision: Decision;
  costing: Costing;
  /** The question as core took it, so the chart describes the same decision. */
  question: DecisionQuestion;
  /** With serve= and days=: training + serving over the horizon. */
  serving?: LifetimeCost;
}

export interface DecisionQuestion {
  request: DecisionRequest;
  options: PlanOptions;
  /** With the answer's currency settled. */
  cost: CostOptions;
}
export interface PlanResult {
  kind: 'plan';
  lang: Lang;
  inputs: PlanInputs;
  plan: DistillationPlan;
  costing: Costing;
}
export interface CostResult {
  kind: 'cost';
  lang: Lang;
  inputs: CostInputs;
  plan?: DistillationPlan;
  costing: Costing;
}
export interface CompareItem {
  label: string;
  inputs: DecideInputs;
  decision: Decision;
  costing: Costing;
  question: DecisionQuestion;
}
export interface CompareResult {
  kind: 'compare';
  lang: Lang;
  items: CompareItem[];
  /** With serve= and days=: each scenario's training + serving, the cheapest in all and the break-even. */
  serving?: LifetimeComparison;
  /** The lowest-loss student when the plausible laws separate it (core/compare-students.ts). */
  comparison: StudentComparison;
}
export interface PresetsResult {
  kind: 'presets';
  lang: Lang;
  list: PresetList;
}
export interface ScenariosResult {
  kind: 'scenarios';
  lang: Lang;
  inputs: ScenarioInputs;
  scenarios: Scenarios;
}
/** The pilot's design, costs and stages; Slack does not simulate (it takes seconds): the CLI gives the odds. */
export interface PilotResult {
  kind: 'pilot';
  lang: Lang;
  inputs: PilotInputs;
  plan: PilotPlan;
}
export type Result =
  | PilotResult
  | { kind: 'help'; lang: Lang }
  | ScenariosResult
  | PresetsResult
  | DecideResult
  | PlanResult
  | CostResult
  | CompareResult;

/** What the workspace set for every answer (from the environment at start-up). */
export interface Workspace {
  /** DISTILPLAN_RATES: the rate and its date for a currency the command gives none for. */
  rates?: readonly WorkspaceRate[];
}

export function compute(request: Request, workspace: Workspace = {}): Result {
  switch (request.kind) {
    case 'help':
      return request;
    case 'presets':
      return { ...request, list: listPresets(COEFFICIENT_SETS) };
    case 'decide': {
      const answer = decideWith(request.inputs, workspace);
      const serving = request.inputs.serving && servingOf(request.inputs.serving, request.inputs, answer);
      // Serving is a part of the total cost of ownership too (and, under a profile, its infrastructure).
      const costing = serving ? answer.recost(serving.serving.costExact.base) : answer.costing;
      return { ...request, ...answer, costing, ...(serving ? { serving } : {}) };
    }
    case 'scenarios':
      return { ...request, scenarios: scenariosOf(request.inputs, workspace) };
    case 'plan':
      return planResult(request.lang, request.inputs, workspace);
    case 'pilot':
      return pilotResult(request.lang, request.inputs, workspace);
    case 'cost':
      return costResult(request.lang, request.inputs, workspace);
    case 'compare': {
      const items = request.scenarios.map(({ label, inputs }) => {
        try {
          return { label, inputs, ...decideWith(inputs, workspace) };
        } catch (error) {
          throw isInputError(error) ? error.within(label) : error;
        }
      });
      // With serving, each student's total cost of ownership counts its serving, and under a profile the cheapest in
      // all is the one whose total cost of ownership is least.
      const lives = compareServing(items);
      const served = lives && withServingCosted(items, lives);
      const costed = served ? served.items : items;
      // Each quality gap's reach is priced as that student's answer is (what the gap is worth, beside serving).
      const comparison = compareStudents(
        items.map((item) => ({ name: item.label, decision: item.decision, cost: item.question.cost })),
        coefficientSet(planOptions(items[0]!.inputs).preset),
      );
      const owned = served?.comparison;
      return { kind: 'compare', lang: request.lang, items: costed, comparison, ...(owned ? { serving: owned } : {}) };
    }
  }
}

/** Training (the budget's FLOPs) + serving the student, priced as the answer is. */
function servingOf(
  serving: ServingWords,
  inputs: DecideInputs,
  answer: { costing: Costing; question: DecisionQuestion },
): LifetimeCost {
  return lifetimeCost(lifetimeInput(serving, inputs, answer));
}

function lifetimeInput(
  serving: ServingWords,
  inputs: DecideInputs,
  { costing, question }: { costing: Costing; question: DecisionQuestion },
) {
  return { ...question.cost, trainingFlops: costing.flops, params: inputs.student, ...serving };
}

/** One serving plan for every scenario (the first's, inherited): a break-even needs the same tokens and days. */
function compareServing(items: readonly CompareItem[]): LifetimeComparison | undefined {
  const first = items[0]!.inputs.serving;
  for (const item of items) {
    const own = item.inputs.serving;
    const field =
      own?.tokensPerDay !== first?.tokensPerDay ? 'tokensPerDay' : own?.days !== first?.days ? 'days' : null;
    if (field)
      throw new InputError(
        field,
        { code: 'compare-serving-differs' },
        { form: field === 'days' ? 'days-count' : 'tokens-per-day' },
      ).within(item.label);
  }
  if (!first) return undefined;
  return compareLifetimes(items.map((item) => ({ name: item.label, ...lifetimeInput(first, item.inputs, item) })));
}

function decideWith(
  inputs: DecideInputs,
  workspace: Workspace,
): { decision: Decision; costing: Costing; question: DecisionQuestion; recost: (servingExact: string) => Costing } {
  const budget = budgetOf(inputs, workspace);
  const question = {
    request: { studentParams: inputs.student, compute: budget.flops, teacher: inputs.teacher },
    options: planOptions(inputs),
    cost: budget.options,
  };
  const decision = decide(question.request, question.options);
  const extras = {
    flipEvidence: decision.evidence.flip,
    computeRatio: decision.computeRatio,
    evidenceBudgets: decision.evidence.budgets,
    gpus: inputs.gpus,
    deadlineDays: inputs.deadlineDays,
    tokens: routeTokens(decision),
  };
  const recost = (servingExact: string) =>
    costingOf(budget, decision.plan, decision.flipCompute, { ...extras, servingExact });
  return { decision, costing: costingOf(budget, decision.plan, decision.flipCompute, extras), question, recost };
}

/** One run on every offer: the budget's FLOPs (and with a student, the route's tokens for the profile's data). */
function scenariosOf(inputs: ScenarioInputs, workspace: Workspace): Scenarios {
  const { gpu, provider, price, ...rest } = costOptions(inputs, workspace);
  if (price !== undefined)
    throw new InputError(
      'price',
      { code: 'key-not-for-subcommand', subcommand: 'scenarios' },
      { form: 'example', field: 'provider', value: 'aws,lambda' },
    );
  // A money budget becomes FLOPs at the one GPU named (the default GPU's price when several or none are).
  const named = gpu
    ?.split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const budget = budgetFor(inputs.budget, { ...rest, ...(named?.length === 1 ? { gpu: named[0] } : {}) });
  const { gpu: _gpu, provider: _provider, ...money } = budget.options;
  const tokens = inputs.decide
    ? routeTokens(
        decide(
          { studentParams: inputs.decide.student, compute: budget.flops, teacher: inputs.decide.teacher },
          { ...planOptions(inputs), flipSearch: false },
        ),
      )
    : undefined;
  return costScenarios({
    ...money,
    flops: budget.flops,
    ...(gpu ? { gpuIds: gpu } : {}),
    ...(provider ? { providers: provider } : {}),
    ...(inputs.kinds ? { kinds: inputs.kinds } : {}),
    ...(inputs.gpus ? { gpus: inputs.gpus } : {}),
    ...(tokens ? { tokens } : {}),
  });
}

function pilotResult(lang: Lang, inputs: PilotInputs, workspace: Workspace): PilotResult {
  const budget = budgetOf(inputs, workspace);
  const plan = planPilot(
    { studentParams: inputs.student, compute: budget.flops, teacher: inputs.teacher },
    {
      ...planOptions(inputs),
      ...(inputs.share === undefined ? {} : { share: parseShare('pilotShare', inputs.share, MAX_PILOT_SHARE) }),
      cost: budget.options,
      gpus: inputs.gpus,
      simulate: false,
    },
  );
  return { kind: 'pilot', lang, inputs, plan };
}

function planResult(lang: Lang, inputs: PlanInputs, workspace: Workspace): PlanResult {
  const budget = budgetOf(inputs, workspace);
  const plan = optimalDistillation(
    { studentParams: inputs.student, compute: budget.flops, scenario: inputs.scenario, students: inputs.students },
    planOptions(inputs),
  );
  return { kind: 'plan', lang, inputs, plan, costing: costingOf(budget, plan) };
}

function costResult(lang: Lang, inputs: CostInputs, workspace: Workspace): CostResult {
  const budget = budgetOf(inputs, workspace);
  const { plan: wanted } = inputs;
  const plan =
    wanted &&
    optimalDistillation(
      { studentParams: wanted.student, compute: budget.flops, scenario: wanted.scenario, students: wanted.students },
      planOptions(inputs),
    );
  return { kind: 'cost', lang, inputs, plan, costing: costingOf(budget, plan) };
}

/** The budget as FLOPs through core/cost; a money budget sets the answer's currency unless currency= says otherwise. */
function budgetOf(inputs: Common, workspace: Workspace): Budgeted {
  return budgetFor(inputs.budget, costOptions(inputs, workspace));
}

function costOptions(inputs: Common, workspace: Workspace): CostOptions {
  const { gpu, provider, mfu, price, currency, rate, precision } = inputs.cost;
  const profile = slackCostProfile(inputs.costs);
  return withJapaneseYen(
    {
      gpu,
      provider,
      mfu,
      price,
      currency,
      rate,
      precision,
      workspaceRates: workspace.rates,
      ...(profile ? { profile } : {}),
    },
    inputs.lang,
  );
}

function planOptions(inputs: Common): PlanOptions {
  return { preset: slackPreset(inputs.preset), flopCounting: inputs.counting };
}
