/**
 * The compare answer as data, once for every face: the question as read, the best student (only when the plausible
 * laws agree on it, core/compare-students.ts) or how far they fall short of agreeing, each student's call, verdict,
 * losses, budget, cost, tokens, teacher, flip and days with its own hardware and price, what each quality gap is worth
 * beside serving, the serving comparison where asked, and the law. messages/ words it (wordCompare); the CLI and
 * Slack only lay those words out.
 */

import { reachedLoss, type StudentComparison } from '../compare-students.js';
import type { Costing } from '../cost/costing.js';
import type { LifetimeComparison } from '../cost/payback.js';
import type { Decision, Verdict } from '../decide.js';
import type { Call } from '../evidence.js';
import { type DaysLine, daysLineOf, type MoneyAmount, ownershipLineOf } from '../headline.js';
import type { QuestionReading } from '../question/read.js';
import type { Warning } from '../validity.js';
import { type DecideFigures, decideFigures } from './decide.js';
import {
  type CoversFigure,
  describeHardware,
  describeLaw,
  describeMoneyNotes,
  type HardwareFigure,
  type LawNote,
  type PriceFigure,
  type RateFigure,
} from './parts.js';

/** The teacher a student's answer assumes: an existing one of a size, or none yet (trained for `students`). */
export type CompareTeacher = { kind: 'none'; students: number } | { kind: 'existing'; params: number };

export interface CompareStudent {
  /** The student as the person named it (its size as typed, or a scenario's label). */
  name: string;
  studentParams: number;
  call: Call;
  verdict: Verdict;
  /** The loss the recommended route reaches, and the other route's. */
  reached: number;
  other: number;
  /** The FLOPs the budget buys. */
  flops: number;
  teacher: CompareTeacher;
  figures: DecideFigures;
  /** Under a cost profile: the rental and the total cost of ownership. */
  owned: { rental: MoneyAmount; total: MoneyAmount } | null;
  /** With a deadline: the GPUs that finish the run in time and the days on them (null when none was asked). */
  days: DaysLine | null;
  warnings: Warning[];
  notes: { hardware: HardwareFigure; price: PriceFigure; rate: RateFigure | null; covers: CoversFigure | null };
}

/** What a student's quality gap to the lowest loss is worth: direct training that closes it, or never. */
export interface CompareGap {
  name: string;
  behind: string;
  lossGap: number;
  reach: { compute: number; cost?: MoneyAmount } | null;
}

export interface CompareDescription {
  kind: 'compare';
  question: QuestionReading | null;
  /** The best student and its loss, or null when the plausible laws do not separate them. */
  best: { name: string; loss: number } | null;
  /** Share of plausible laws in which the lowest-loss student is strictly lowest. */
  bestShare: number;
  students: CompareStudent[];
  /** Beside serving only: the cheapest to run is not the best unless its quality gap is cheap to close. */
  gaps: CompareGap[];
  serving: LifetimeComparison | null;
  notes: { law: LawNote };
}

export interface ComparedStudent {
  name: string;
  decision: Decision;
  costing: Costing;
}

export function describeCompare(
  students: readonly ComparedStudent[],
  comparison: StudentComparison,
  extras: { question?: QuestionReading | null; serving?: LifetimeComparison | null } = {},
): CompareDescription {
  const serving = extras.serving ?? null;
  const best = students.find((student) => student.name === comparison.best);
  const first = students[0]!.decision;
  return {
    kind: 'compare',
    question: extras.question ?? null,
    best: best ? { name: best.name, loss: reachedLoss(best.decision) } : null,
    bestShare: comparison.bestShare,
    students: students.map(describeStudent),
    gaps: serving ? gapsOf(comparison) : [],
    serving,
    notes: { law: describeLaw(first.coefficients, first.flopCounting) },
  };
}

function describeStudent({ name, decision, costing }: ComparedStudent): CompareStudent {
  const owned = ownershipLineOf(costing);
  const money = describeMoneyNotes(costing);
  return {
    name,
    studentParams: decision.plan.studentParams,
    call: decision.call,
    verdict: decision.verdict,
    reached: reachedLoss(decision),
    other: decision.verdict === 'distil' ? decision.supervisedLoss : decision.distilLoss,
    flops: costing.flops,
    teacher:
      decision.teacherSource === 'trained-for-this'
        ? { kind: 'none', students: decision.plan.students }
        : { kind: 'existing', params: decision.plan.teacherParams },
    figures: decideFigures(decision, costing),
    owned: owned ? { rental: owned.rental, total: owned.total } : null,
    days: costing.wallClock.deadline ? daysLineOf(costing) : null,
    warnings: [...decision.warnings],
    notes: { hardware: describeHardware(costing), ...money },
  };
}

function gapsOf(comparison: StudentComparison): CompareGap[] {
  const behind = comparison.lowest;
  if (behind === null) return [];
  return comparison.gaps
    .filter((gap) => gap.lossGap > 0)
    .map((gap) => ({
      name: gap.name,
      behind,
      lossGap: gap.lossGap,
      reach: gap.reach
        ? {
            compute: gap.reach.compute,
            ...(gap.reach.cost
              ? { cost: { amount: gap.reach.cost.cost.base, currency: gap.reach.cost.currency } }
              : {}),
          }
        : null,
    }));
}
