/**
 * The chart every face draws: the distilled student's and the directly
 * trained student's predicted loss over a budget range around the question's
 * budget, the flip budgets, today's budget, where the laws have evidence, and
 * money on a second axis when a price is known. Pure data: each point is a
 * decision core made, so a face only draws.
 */

import { MAX_FLOPS } from '../cost/cost.js';
import type { Lang } from '../cost/format.js';
import type { CostOptions } from '../cost/options.js';
import { type Decision, type DecisionOptions, type DecisionRequest, decide, type Verdict } from '../decide.js';
import { InfeasibleBudgetError } from '../errors.js';
import { formatCount, formatLoss, formatScientific } from '../format.js';
import { computeTicks, type MoneyAxis, moneyAxis, type Tick } from './axes.js';
import { type ChartLabel, type ChartWords, chartLabel } from './text.js';

/** Okabe–Ito orange and blue: told apart with every common colour-vision deficiency. */
export const CHART_COLOURS = { distilled: '#E69F00', direct: '#0072B2', flip: '#D55E00', today: '#000000' } as const;

/** Decades each side of the question's budget; flips up to FLIP_REACH decades away widen the range to show them. */
const SPAN_DECADES = 2;
const FLIP_REACH_DECADES = 4;
const FLIP_MARGIN_DECADES = 0.5;
/** Budgets sampled per curve: smooth at any width the faces draw (the curves are smooth in log budget). */
const SAMPLES = 49;

export interface ChartPoint {
  compute: number;
  distilLoss: number;
  supervisedLoss: number;
  verdict: Verdict;
  /** Core's call at this budget is not `outside-evidence` (core/evidence.ts): the laws have evidence here. */
  inEvidence: boolean;
}

export interface ChartMarker {
  compute: number;
  /** Where the marker sits on the loss axis. */
  loss: number;
  label: ChartLabel;
}

export interface ChartDescription {
  lang: Lang;
  title: ChartLabel;
  /** Slack's alt text: the verdict in words. */
  alt: ChartLabel;
  axes: { budget: ChartLabel; loss: ChartLabel };
  series: {
    distilled: { label: ChartLabel; colour: string };
    direct: { label: ChartLabel; colour: string };
  };
  /** Ascending budgets; both curves share them. */
  points: ChartPoint[];
  domain: { compute: [number, number]; loss: [number, number] };
  computeTicks: Tick[];
  today: ChartMarker & { distilLoss: number; supervisedLoss: number; verdict: Verdict };
  /** Flip budgets inside the domain, each with the verdict above it. */
  flips: Array<ChartMarker & { above: Verdict }>;
  /** Budget intervals where the laws have evidence (core's evidence policy); `label` names the band. */
  evidence: { label: ChartLabel; intervals: Array<[number, number]> };
  /** A second budget axis in money; null when no price is known. */
  money: MoneyAxis | null;
}

export interface ChartOptions extends DecisionOptions {
  lang?: Lang;
  /** The labels' words in `lang` (messages/ chartWords). */
  words: ChartWords;
  /** Cost options of the answer: with a price (given or from the table), the chart adds a money axis. */
  cost?: CostOptions;
}

/** The chart for a question; `decision` is the face's own answer to it, when it has one, so it is not recomputed. */
export function describeChart(request: DecisionRequest, options: ChartOptions, decision?: Decision): ChartDescription {
  const lang = options.lang ?? 'en';
  const { words } = options;
  const asked = decision ?? decide(request, options);
  // Each sampled budget is a decision without the budget searches and the bootstrap samples (~100× faster);
  // neither changes its losses, its verdict or whether it is inside the evidence.
  const at = (compute: number): Decision =>
    decide({ ...request, compute }, { ...options, flipSearch: false, uncertainty: false });
  const [low, high] = budgetRange(request, asked, at);
  const flips = asked.flipComputes
    .map((compute, i) => ({ compute, above: aboveFlip(asked, i) }))
    .filter((flip) => flip.compute >= low && flip.compute <= high);
  const budgets = sampleBudgets(low, high, [request.compute, ...flips.map((flip) => flip.compute)]);
  const points = budgets.map((compute) => pointOf(compute === request.compute ? asked : at(compute)));
  const flipLabel = (compute: number) => chartLabel(words, 'chart.flip', { compute: formatScientific(compute, 2) });
  return {
    lang,
    title: chartLabel(words, 'chart.title', {
      student: formatCount(asked.plan.studentParams),
      teacher: teacherWords(words, asked),
    }),
    alt: altText(words, asked),
    axes: { budget: chartLabel(words, 'chart.axis.budget'), loss: chartLabel(words, 'chart.axis.loss') },
    series: {
      distilled: { label: chartLabel(words, 'chart.series.distilled'), colour: CHART_COLOURS.distilled },
      direct: { label: chartLabel(words, 'chart.series.direct'), colour: CHART_COLOURS.direct },
    },
    points,
    domain: { compute: [low, high], loss: lossDomain(points) },
    computeTicks: computeTicks(low, high),
    today: {
      compute: request.compute,
      loss: Math.min(asked.distilLoss, asked.supervisedLoss),
      distilLoss: asked.distilLoss,
      supervisedLoss: asked.supervisedLoss,
      verdict: asked.verdict,
      label: chartLabel(words, 'chart.today', { compute: formatScientific(request.compute) }),
    },
    flips: flips.map((flip) => ({
      ...flip,
      loss: points.find((point) => point.compute === flip.compute)!.supervisedLoss,
      label: flipLabel(flip.compute),
    })),
    evidence: { label: chartLabel(words, 'chart.evidence'), intervals: evidenceIntervals(points) },
    money: options.cost ? moneyAxis(words, low, high, options.cost) : null,
  };
}

function pointOf(decision: Decision): ChartPoint {
  return {
    compute: decision.plan.compute,
    distilLoss: decision.distilLoss,
    supervisedLoss: decision.supervisedLoss,
    verdict: decision.verdict,
    inEvidence: decision.call !== 'outside-evidence',
  };
}

/** The verdict above the i-th flip: flips alternate, and the last one's side is the verdict at the top of the scan. */
function aboveFlip(decision: Decision, index: number): Verdict {
  const flips = decision.flipComputes;
  const nearest = flips.indexOf(decision.flipCompute ?? Number.NaN);
  const other = (verdict: Verdict): Verdict => (verdict === 'distil' ? 'train' : 'distil');
  const known = decision.verdictAboveFlip ?? 'train';
  return (index - nearest) % 2 === 0 ? known : other(known);
}

/**
 * ±2 decades around the budget, widened to show flips within 4 decades, never below the smallest feasible
 * budget nor above the largest budget a decision takes (MAX_FLOPS): a chart exists for every budget `decide`
 * answers (from ~3e33 its range ran past the limit and the chart was refused).
 */
function budgetRange(request: DecisionRequest, asked: Decision, at: (compute: number) => Decision): [number, number] {
  const centre = Math.log10(request.compute);
  let low = centre - SPAN_DECADES;
  let high = centre + SPAN_DECADES;
  for (const flip of asked.flipComputes) {
    const x = Math.log10(flip);
    if (Math.abs(x - centre) > FLIP_REACH_DECADES) continue;
    low = Math.min(low, x - FLIP_MARGIN_DECADES);
    high = Math.max(high, x + FLIP_MARGIN_DECADES);
  }
  return [feasibleFloor(10 ** low, at), Math.min(10 ** high, MAX_FLOPS)];
}

/** The lowest budget of the range that buys a plan: a budget below the minimum moves up to it. */
function feasibleFloor(low: number, at: (compute: number) => Decision): number {
  try {
    at(low);
    return low;
  } catch (error) {
    if (!(error instanceof InfeasibleBudgetError)) throw error;
    return error.minimumCompute * 1.01;
  }
}

/** SAMPLES budgets evenly spaced in log, plus the budgets that carry markers, so the curves pass through them. */
function sampleBudgets(low: number, high: number, exact: number[]): number[] {
  const step = (Math.log10(high) - Math.log10(low)) / (SAMPLES - 1);
  const budgets = Array.from({ length: SAMPLES }, (_, i) => 10 ** (Math.log10(low) + i * step));
  budgets[0] = low;
  budgets[SAMPLES - 1] = high;
  return [...new Set([...budgets, ...exact.filter((compute) => compute >= low && compute <= high)])].sort(
    (a, b) => a - b,
  );
}

function lossDomain(points: ChartPoint[]): [number, number] {
  const losses = points.flatMap((point) => [point.distilLoss, point.supervisedLoss]);
  const min = Math.min(...losses);
  const max = Math.max(...losses);
  const pad = 0.05 * (max - min || 0.1);
  return [min - pad, max + pad];
}

/** Runs of consecutive in-evidence samples as [from, to] budgets. */
function evidenceIntervals(points: ChartPoint[]): Array<[number, number]> {
  const intervals: Array<[number, number]> = [];
  let start: number | null = null;
  points.forEach((point, i) => {
    if (point.inEvidence && start === null) start = point.compute;
    const last = i === points.length - 1 || !points[i + 1]!.inEvidence;
    if (point.inEvidence && last && start !== null) {
      intervals.push([start, point.compute]);
      start = null;
    }
  });
  return intervals;
}

function teacherWords(words: ChartWords, decision: Decision): string {
  if (decision.teacherSource !== 'trained-for-this') return chartLabel(words, 'chart.teacher.existing').text;
  if (decision.students > 1)
    return chartLabel(words, 'chart.teacher.shared', { students: String(decision.students) }).text;
  return chartLabel(words, 'chart.teacher.trained').text;
}

function altText(words: ChartWords, decision: Decision): ChartLabel {
  const flip =
    decision.flipCompute === null
      ? chartLabel(words, 'chart.alt.noFlip')
      : chartLabel(words, 'chart.alt.flip', { compute: formatScientific(decision.flipCompute, 2) });
  return chartLabel(words, 'chart.alt', {
    student: formatCount(decision.plan.studentParams),
    compute: formatScientific(decision.plan.compute),
    verdict: chartLabel(words, decision.verdict === 'distil' ? 'chart.verdict.distil' : 'chart.verdict.train').text,
    distilLoss: formatLoss(decision.distilLoss),
    directLoss: formatLoss(decision.supervisedLoss),
    flip: flip.text,
  });
}
