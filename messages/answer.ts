/**
 * The words of an answer (Slack's decide, plan, cost, compare, help and error
 * messages): labels, fixed phrases and sentence templates. Numbers arrive
 * formatted by the face (bot/src/blocks/format.ts), so an entry only orders
 * words around them.
 */
import type { Call, FlopCounting, PriceKind, Scenario, Verdict } from '../core/index.js';

export type PartName = 'studentTraining' | 'teacherInference' | 'teacherPretraining';

export type LabelCode =
  | 'verdict'
  | 'distilled'
  | 'direct'
  | 'margin'
  | 'budget'
  | 'compute'
  | 'gpuHours'
  | 'cost'
  | 'costExact'
  | 'price'
  | 'total'
  | 'costByPart'
  | 'tokens'
  | 'studentTokens'
  | 'teacher'
  | 'teacherOptimal'
  | 'split'
  | 'flip'
  | 'computeRatio'
  | 'days'
  | 'keys'
  | 'plausible'
  | 'serving'
  | 'servingTotal';

export type HelpTopicName = 'decide' | 'plan' | 'cost' | 'compare' | 'presets' | 'pilot' | 'scenarios';
/**
 * Why a shared answer's chart did not follow it: the bot is not in the channel, lacks files:write, has too many
 * charts of this workspace in hand (busy), could not draw it (not-drawn: too slow, or a budget no chart can show),
 * or Slack did not take the upload in time (not-uploaded).
 */
export type ChartNotice = 'not-in-channel' | 'missing-scope' | 'busy' | 'not-drawn' | 'not-uploaded';

export interface AnswerWords {
  labels: Record<LabelCode, string>;
  parts: Record<PartName, string>;
  scenario: Record<Scenario, string>;
  counting: Record<FlopCounting, string>;
  priceKind: Record<PriceKind | 'user-given', string>;
  /** Both losses side by side: "distilled 2.1248 vs direct 2.1005 (−0.0243 nats)". */
  losses(p: { distilled: string; direct: string; margin: string }): string;
  /** When the call is not the verdict: "The law alone says train directly, by 0.0110 nats." */
  lawSays(p: { verdict: Verdict; margin: string }): string;
  tokens(p: { distilled: string; direct: string }): string;
  /** Serving's band with its MFU, then how much is served: "… for 2B tokens/day over 365 days". */
  servingBand(p: { band: string; tokensPerDay: string; days: number }): string;
  teacherExisting(p: { size: string; loss: string; tokens?: string }): string;
  /** tokensAtBound/sizeAtBound: the search stopped at its bound there, which is no plan (said, not shown as a figure). */
  teacherPlanned(p: {
    isNew: boolean;
    size: string;
    tokens: string;
    loss: string;
    students: number;
    tokensAtBound?: boolean;
    sizeAtBound?: boolean;
  }): string;
  noPrice: string;
  /** No price, and how to give one on this face (`example`: `--price 2.50`, `price=2.50`). */
  noPriceAt(example: string): string;
  /** A loss above ln(vocabulary): no prediction, said as such. */
  aboveUniform: string;
  flipNever: string;
  flipBelowEvidence: string;
  flipAt(p: { flops: string; money?: string; above: Verdict }): string;
  planTitle(p: { student: string; loss: string }): string;
  planIntro(p: { student: string; flops: string; scenario: string; loss: string; direct: string }): string;
  costTitle(p: { plan: boolean; amount: string }): string;
  compareTitle(p: { count: number; label: string; loss: string }): string;
  /** No best: the plausible laws do not separate the students (or two tie exactly). */
  compareNoBest(p: { count: number; share: number }): string;
  /** What a student's quality gap to the best is worth: direct training to the best's loss, or never. */
  compareGap(p: { label: string; gap: string; compute?: string; money?: string; best: string }): string;
  /** A student's outcome on one line: the call (its route when the call is not clear), both losses, FLOPs, money. */
  compareOutcome(p: {
    call: Call;
    verdict: Verdict;
    best: string;
    other: string;
    flops: string;
    money?: string;
  }): string;
  /** A student's heading: its size, budget as typed, teacher and GPU. */
  compareItem(p: { student: string; budget: string; teacher: string; gpu: string }): string;
  noTeacher(students: number): string;
  teacherOf(size: string): string;
  /** `fitted`: a set fitted to the team's own runs (the paper's form, not its coefficients). */
  law(p: { set: string; fitted: boolean; counting: FlopCounting }): string;
  hardware(p: { gpu: string; precision: string; peak: string; band: string }): string;
  priceMissing(gpu: string): string;
  priceMissingAt(p: { gpu: string; example: string }): string;
  priceOwn(perHour: string): string;
  /** A price the person typed in another currency, shown converted: never "your own" as it stands. */
  priceConverted(p: { perHour: string; quoted: string }): string;
  priceTable(p: {
    perHour: string;
    provider: string;
    offer?: string;
    kind: PriceKind | 'user-given';
    asOf: string;
  }): string;
  /** Where a table price comes from: its page, or the source's title where the table has no URL. */
  priceSource(source: string): string;
  /** In USD: how to get another currency (only Japanese says it). */
  currencyHint?: string;
  /** The same, with the face's own way to give a currency and rate (`--currency JPY --rate 150`). */
  currencyHintAt?(example: string): string;
  /** `workspace`: the workspace's standing rate (DISTILPLAN_RATES), said as such with its date. */
  rate(p: { code: string; rate: string; date?: string; workspace?: boolean }): string;
  basis: string;
  help: {
    text: string;
    title: string;
    intro: string;
    topics: Record<HelpTopicName, string>;
    keys(p: { scenarios: string }): string[];
    ids(p: { gpus: string; providers: string; sets: string }): string;
  };
  errorTry: string;
  errorExample: string;
  errorHelp: string;
  failure: string;
  shareButton: string;
  shareTooLong: string;
  sharedBy(who: string): string;
  chart: Record<ChartNotice, string>;
  /** The local playground's line naming the chart file it wrote. */
  chartFile(path: string): string;
}
