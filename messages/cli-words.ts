/**
 * The shape of the `distilplan` command line's words, in English (cli-en.ts) and Japanese (cli-ja.ts): its help, every
 * table's labels and values, headings and notes. Core's results arrive as data and every number is formatted here
 * (counts, losses, FLOPs, money, percentages, dates), so the CLI only lays the parts out.
 */
import type {
  CostAssumptions,
  DistillationPlan,
  FlopsPerToken,
  GpuSpec,
  Ownership,
  PriceEntry,
  SupervisedPlan,
  UncertaintyBasis,
} from '../core/index.js';
import type { MfuOfBand } from './catalogue.js';

export type CliCommandName =
  | 'law'
  | 'lawSupervised'
  | 'lawDistil'
  | 'flops'
  | 'optimize'
  | 'optimizeSupervised'
  | 'optimizeDistil'
  | 'decide'
  | 'compare'
  | 'chart'
  | 'fit'
  | 'pilot'
  | 'cost'
  | 'gpus'
  | 'prices'
  | 'scenarios'
  | 'models'
  | 'ask';

/** Every option's help line, by the flag it explains (a flag explained differently by two commands has two). */
export type CliOptionName =
  | 'lang'
  | 'json'
  | 'flopsCounting'
  | 'params'
  | 'tokens'
  | 'distilTokens'
  | 'studentParams'
  | 'teacherLoss'
  | 'lawTeacherLoss'
  | 'teacherParams'
  | 'teacherTokens'
  | 'noTeacher'
  | 'noTeacherDefault'
  | 'students'
  | 'computeDecide'
  | 'computeSupervised'
  | 'computeDistil'
  | 'budget'
  | 'gpu'
  | 'precision'
  | 'mfu'
  | 'mfuBand'
  | 'price'
  | 'provider'
  | 'currency'
  | 'rate'
  | 'rateDate'
  | 'costs'
  | 'chart'
  | 'gpusDays'
  | 'serveTokensPerDay'
  | 'serveDays'
  | 'deadline'
  | 'scenario'
  | 'optimizeStudents'
  | 'compareStudentParams'
  | 'compareCompute'
  | 'compareBudget'
  | 'compareServeTokensPerDay'
  | 'compareServeDays'
  | 'compareGpus'
  | 'compareDeadline'
  | 'servingMfu'
  | 'costFlops'
  | 'costBudget'
  | 'pricesGpu'
  | 'pricesProvider'
  | 'fitFix'
  | 'fitBase'
  | 'fitBootstrap'
  | 'fitSeed'
  | 'fitOut'
  | 'fitName'
  | 'pilotSeed'
  | 'pilotWorlds'
  | 'pilotGpus'
  | 'pilotOut'
  | 'scenariosBudget'
  | 'scenariosCompute'
  | 'scenariosStudentParams'
  | 'scenariosGpu'
  | 'scenariosKind'
  | 'scenariosProvider'
  | 'scenariosGpus'
  | 'scenariosRate'
  | 'scenariosCosts'
  | 'askJson'
  | 'chartOut';

/** A table row: its label and its value, both worded here. */
export type CliRow = readonly [label: string, value: string];

/** What `law` evaluated, for its rows. */
export interface LawFigures {
  params: number;
  tokens: number;
  loss: number;
  /** The 90% interval over the plausible laws, and what they rest on (worded by phrases.lawInterval). */
  interval: { low: number; high: number; samples: number; basis: readonly UncertaintyBasis[] };
  teacherLoss?: number;
  supervisedLoss?: number;
}

export interface CliWords {
  help: {
    program: string;
    commands: Record<CliCommandName, string>;
    /** `fit supervised|distil`: the law and its CSV header. */
    fitLaw(p: { law: 'supervised' | 'distillation'; header: string }): string;
    fitRuns(header: string): string;
    options: Record<CliOptionName, string>;
    /** --preset and --base: the shipped ids. */
    presetOption(ids: readonly string[]): string;
    pilotShare(defaultShare: number): string;
    pilotNoise(defaultNoise: number): string;
    chartWidth(pixels: number): string;
    chartHeight(pixels: number): string;
    askArgument: string;
    /** Commander's own headings ("Usage:", "Options:"…) and its help option. */
    titles: { usage: string; arguments: string; options: string; commands: string; globalOptions: string };
    helpOption: string;
    helpCommand: string;
    /** After an option's help, with its leading space: its choices and default (" (choices: "en", "ja", default: "en")"). */
    extra(p: { choices?: readonly string[]; default?: { value: unknown; description?: string } }): string;
  };
  /** A table of a plan: losses, sizes, tokens and the compute split. */
  planRows(plan: DistillationPlan): CliRow[];
  supervisedPlanTitle(compute: number): string;
  supervisedPlanRows(plan: SupervisedPlan): CliRow[];
  distillationPlanTitle(plan: DistillationPlan): string;
  /** The notes under a plan: the coefficient set and how FLOPs are counted. */
  coefficientsNote(p: { id: string; shippedNote?: string }): string;
  /** `law`'s note names the set with its citation. */
  lawCoefficientsNote(p: { id: string; citation: string; note: string; distil: boolean }): string;
  countingNote(counting: string): string;
  warningNote(warning: string): string;
  costing: {
    gpuHours(hours: { low: number; base: number; high: number }): CliRow;
    cost(p: { cost: { low: string; base: string; high: string }; currency: string; mfu: MfuOfBand }): CliRow;
    noPrice(gpu: string): CliRow;
    /** GPU, MFU, price, its source, what a profile did, the rate. */
    assumptions(a: CostAssumptions): CliRow[];
    gpu(gpu: CostAssumptions['gpu']): CliRow;
    mfu(p: { band: MfuOfBand; precision: string }): CliRow;
  };
  /** The total cost of ownership as rows, and the notes on what it leaves out or converted. */
  ownership(ownership: Ownership): { rows: CliRow[]; notes: string[] };
  law: {
    supervisedTitle: string;
    distilTitle: string;
    rows(p: LawFigures): CliRow[];
  };
  flops: { title: string; rows(result: FlopsPerToken): CliRow[]; counting(counting: string): string };
  gpus: {
    header(precisions: readonly string[]): string[];
    row(gpu: GpuSpec, precisions: readonly string[]): string[];
    sourcesTitle: string;
    source(gpu: GpuSpec): string;
  };
  prices: {
    none: string;
    header: string[];
    row(entry: PriceEntry): string[];
    sourcesTitle: string;
    source(entry: PriceEntry): string;
  };
  fit: {
    title(p: { law: string; runs: string }): string;
    held(p: { value: string; base: string }): string;
    interval(p: { value: string; low: string; high: string }): string;
    rows(quality: { runs: number; mape: number; maxError: number; objective: number }): CliRow[];
    intervals(p: { resamples: number; seed: number }): string;
    written(out: string): string;
  };
  pilot: { simulating: string };
  /** The command line's own refusals (commander finds them; each names the flag or word as typed). */
  usage: {
    missingOption(flag: string): string;
    optionMissingValue(flag: string): string;
    missingArgument(name: string): string;
    unknownOption(p: { flag: string; near?: string }): string;
    unknownCommand(p: { name: string; near?: string }): string;
    excessArguments(p: { command?: string; expected: number; got: number }): string;
    invalidChoice(p: { flag: string; value: string; choices: readonly string[] }): string;
  };
  chartWritten(path: string): string;
}
