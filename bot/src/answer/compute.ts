/**
 * A parsed request → the core's answers. Nothing is computed here that the
 * core does not compute: the budget becomes FLOPs through core/cost, the
 * decision and plans come from core, and the costs from core/cost, so Slack
 * shows the CLI's numbers to the last digit.
 */
import {
  COEFFICIENT_SETS,
  compareLifetimes,
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
} from '../../../core/index.js';
import type {
  Common,
  CostInputs,
  DecideInputs,
  Lang,
  PilotInputs,
  PlanInputs,
  Request,
  ServingWords,
} from '../command/parse.js';
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
}
export interface PresetsResult {
  kind: 'presets';
  lang: Lang;
  list: PresetList;
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
      return { ...request, ...answer, ...(serving ? { serving } : {}) };
    }
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
      const serving = compareServing(items);
      return { kind: 'compare', lang: request.lang, items, ...(serving ? { serving } : {}) };
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
): { decision: Decision; costing: Costing; question: DecisionQuestion } {
  const budget = budgetOf(inputs, workspace);
  const question = {
    request: { studentParams: inputs.student, compute: budget.flops, teacher: inputs.teacher },
    options: planOptions(inputs),
    cost: budget.options,
  };
  const decision = decide(question.request, question.options);
  const extras = { flipEvidence: decision.evidence.flip, computeRatio: decision.computeRatio, gpus: inputs.gpus };
  return { decision, costing: costingOf(budget, decision.plan, decision.flipCompute, extras), question };
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
  return withJapaneseYen(
    { gpu, provider, mfu, price, currency, rate, precision, workspaceRates: workspace.rates },
    inputs.lang,
  );
}

function planOptions(inputs: Common): PlanOptions {
  return { preset: slackPreset(inputs.preset), flopCounting: inputs.counting };
}
