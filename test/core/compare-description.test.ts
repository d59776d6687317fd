/**
 * describeCompare: what every face shows of a compare, decided once in core. Checked against decisions computed
 * apart (decide() for each size on its own) and hand arithmetic, not against its own output: the best student's
 * loss is the lower of its two routes, no best on an exact tie, quality gaps only beside serving, each student's
 * call and losses as decide gives them, and a deadline's GPUs (1e22 FLOPs at 40% of the H100's 989.4 TFLOP/s is
 * 7,018.8 GPU-hours; within 30 days = 720 hours that is 9.75 → 10 GPUs).
 */
import { describe, expect, it } from 'vitest';
import {
  budgetFor,
  coefficientSet,
  compareLifetimes,
  compareStudents,
  costingOf,
  decide,
  describeCompare,
} from '../../core/index.js';

const budgeted = budgetFor('1e22', { gpu: 'h100' });
const none = { kind: 'none', students: 1 } as const;

function student(name: string, params: number, deadlineDays?: number) {
  const decision = decide({ studentParams: params, compute: 1e22, teacher: none });
  const extras = { flipEvidence: decision.evidence.flip, ...(deadlineDays ? { deadlineDays } : {}) };
  return { name, decision, costing: costingOf(budgeted, decision.plan, decision.flipCompute, extras) };
}

function described(students: ReturnType<typeof student>[], withServing = false) {
  const comparison = compareStudents(
    students.map((s) => ({ ...s, cost: budgeted.options })),
    coefficientSet(),
  );
  const serving = withServing
    ? compareLifetimes(
        students.map((s) => ({
          ...budgeted.options,
          name: s.name,
          trainingFlops: s.costing.flops,
          params: s.decision.plan.studentParams,
          tokensPerDay: 1e9,
          days: 365,
        })),
      )
    : null;
  return describeCompare(students, comparison, { serving });
}

describe('describeCompare', () => {
  it('names the best student with the lower of its two losses, and each student as decide answers it alone', () => {
    const description = described([student('1B', 1e9), student('3B', 3e9)]);
    const alone = decide({ studentParams: 3e9, compute: 1e22, teacher: none });
    expect(description.best).toEqual({ name: '3B', loss: Math.min(alone.distilLoss, alone.supervisedLoss) });
    const [small, big] = description.students;
    const one = decide({ studentParams: 1e9, compute: 1e22, teacher: none });
    expect(small).toMatchObject({ name: '1B', call: one.call, verdict: one.verdict, studentParams: 1e9 });
    expect(small!.figures.losses).toMatchObject({ distilled: one.distilLoss, direct: one.supervisedLoss });
    expect(big!.reached).toBe(Math.min(alone.distilLoss, alone.supervisedLoss));
    expect(big!.other).toBe(Math.max(alone.distilLoss, alone.supervisedLoss));
    expect(small!.teacher).toEqual({ kind: 'none', students: 1 });
    // No serving asked: no quality gaps, no serving, no days line.
    expect(description.gaps).toEqual([]);
    expect(description.serving).toBeNull();
    expect(small!.days).toBeNull();
  });

  it('names no best on an exact tie', () => {
    const description = described([student('1B', 1e9), student('1B #2', 1e9)]);
    expect(description.best).toBeNull();
    expect(description.bestShare).toBe(0);
  });

  it('beside serving, says how far each other student is behind the lowest loss', () => {
    const description = described([student('1B', 1e9), student('3B', 3e9)], true);
    const one = decide({ studentParams: 1e9, compute: 1e22, teacher: none });
    const three = decide({ studentParams: 3e9, compute: 1e22, teacher: none });
    const reached = (d: typeof one) => Math.min(d.distilLoss, d.supervisedLoss);
    expect(description.gaps).toHaveLength(1);
    expect(description.gaps[0]).toMatchObject({ name: '1B', behind: '3B' });
    expect(description.gaps[0]!.lossGap).toBeCloseTo(reached(one) - reached(three), 12);
    expect(description.serving?.routes.map((route) => route.name)).toEqual(['1B', '3B']);
  });

  it("with a deadline, each student's days line carries the GPUs that finish its run in time", () => {
    expect(1e22 / (989.4e12 * 0.4 * 3600)).toBeCloseTo(7018.8, 1);
    const description = described([student('1B', 1e9, 30), student('3B', 3e9, 30)]);
    for (const s of description.students) expect(s.days?.deadline).toEqual({ days: 30, gpusNeeded: 10 });
  });
});
