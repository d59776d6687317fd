/**
 * The evidence policy (core/evidence.ts): the call beside the law's verdict, checked against the paper's
 * findings (PAPER.md §4, §10) and its fitted ranges (§7), never against core's own output.
 */
import { describe, expect, it } from 'vitest';
import {
  callFor,
  coefficientSet,
  computeRatio,
  computeToReach,
  type Decision,
  decide,
  EVIDENCE_FACTOR,
  evidenceBudgets,
  flopsPerToken,
  optimalDistillation,
  type TeacherSituation,
  UNIFORM_LOSS_NATS,
} from '../../core/index.js';

const F = (params: number): number => flopsPerToken(params).forwardPerToken;

/** Best-case distillation vs supervised crossovers, default set (PAPER.md §10, column B′ = 2.02e6). */
const BEST_CASE_CROSSOVER: Record<number, number> = {
  3e8: 8.3e22,
  5e8: 1.7e22,
  1e9: 1.75e22,
  3e9: 7.4e22,
  5e9: 2.2e23,
  1e10: 1.6e24,
};

const SITUATIONS: Record<string, TeacherSituation> = {
  existing: { kind: 'size', teacherParams: 7.75e9, teacherTokens: 5.12e11 },
  'new, one student': { kind: 'none' },
  'new, 8 students': { kind: 'none', students: 8 },
};

const STUDENTS = [1e8, 3e8, 5e8, 1e9, 3e9, 5e9, 1e10];
const BUDGETS = [1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26];

function quick(studentParams: number, compute: number, teacher: TeacherSituation): Decision | null {
  try {
    return decide({ studentParams, compute, teacher }, { flipSearch: false });
  } catch {
    return null; // a budget too small for this student at all (InfeasibleBudgetError, tested elsewhere)
  }
}

describe('the call over students 100M–10B × budgets 1e17–1e26 × three teacher situations', () => {
  const grid = Object.entries(SITUATIONS).flatMap(([name, teacher]) =>
    STUDENTS.flatMap((studentParams) =>
      BUDGETS.map((compute) => ({
        name,
        teacher,
        studentParams,
        compute,
        decision: quick(studentParams, compute, teacher),
      })),
    ),
  );
  const decided = grid.filter((cell) => cell.decision !== null) as Array<
    (typeof grid)[number] & { decision: Decision }
  >;

  it('covers the grid (a few 1e17 budgets buy no plan for the largest students)', () => {
    expect(decided.length).toBeGreaterThan(0.9 * grid.length);
  });

  it('a teacher trained for one student is never a distil call (the paper: train directly)', () => {
    for (const { decision, name } of decided) {
      if (name !== 'new, one student') continue;
      expect(decision.call).not.toBe('distil');
      expect(decision.evidence.finding).toBe('teacher-for-one-student-train-directly');
    }
  });

  it('inside the evidence, distillation is called only below the best-case crossover (the paper: supervised wins above it)', () => {
    let inside = 0;
    for (const { decision, studentParams, compute, name } of decided) {
      if (decision.call === 'outside-evidence') continue;
      inside++;
      const crossover = BEST_CASE_CROSSOVER[studentParams];
      if (decision.call === 'distil' && crossover !== undefined)
        expect(compute, `${name} ${studentParams} at ${compute}`).toBeLessThan(crossover);
    }
    expect(inside).toBeGreaterThan(40);
  });

  it('where the paper finds distillation worth it, the call says so (existing teacher, 10B at 3e20–1e21)', () => {
    // At 1e20 the 10B student gets 1.2B tokens, 3.04× below the fitted 3.7B: outside the evidence (3×).
    expect(quick(1e10, 1e20, SITUATIONS.existing!)!.call).toBe('outside-evidence');
    for (const compute of [3e20, 1e21]) {
      expect(quick(1e10, compute, SITUATIONS.existing!)!.call).toBe('distil');
    }
  });

  it('the call is the verdict, a close call or outside the evidence — never the opposite verdict', () => {
    for (const { decision } of decided) {
      if (decision.call === 'distil') expect(decision.verdict).toBe('distil');
      if (decision.call === 'train') expect(decision.verdict).toBe('train');
      if (decision.call === 'close-call') expect(decision.evidence.reasons).toEqual(['plausible-laws-disagree']);
    }
  });

  it('a loss above ln(32768) is never a prediction: the call is outside-evidence and the loss is named', () => {
    let seen = 0;
    for (const { decision } of decided) {
      if (decision.distilLoss > UNIFORM_LOSS_NATS) {
        seen++;
        expect(decision.call).toBe('outside-evidence');
        expect(decision.evidence.lossesAboveUniform).toContain('distilLoss');
        expect(decision.evidence.reasons).toContain('loss-above-uniform');
      }
    }
    expect(UNIFORM_LOSS_NATS).toBeCloseTo(10.397, 3);
    expect(seen).toBeGreaterThan(0);
  });
});

describe('the cases of issue 9', () => {
  it('3B, 1e18 FLOPs, no teacher: 41M student tokens, ~90× below the smallest fitted run → outside-evidence', () => {
    const decision = decide({ studentParams: 3e9, compute: 1e18, teacher: { kind: 'none' } });
    expect(decision.verdict).toBe('distil'); // the law alone says so…
    expect(decision.call).toBe('outside-evidence'); // …the evidence does not
    const tokens = decision.evidence.outside.find((q) => q.quantity === 'studentTokens')!;
    expect(tokens.side).toBe('below');
    expect(tokens.fittedLow).toBe(3.7e9);
    expect(tokens.factor).toBeGreaterThan(EVIDENCE_FACTOR);
    expect(tokens.factor).toBeCloseTo(3.7e9 / decision.plan.studentTokens, 6);
    // The budget that brings the question inside: at least what 370M student tokens cost (3·F(N)·D, §3).
    const budgets = decision.evidence.budgets!;
    expect(budgets.low).toBeGreaterThan((3 * F(3e9) * 3.7e9) / EVIDENCE_FACTOR);
    expect(decide({ studentParams: 3e9, compute: budgets.low! * 1.2, teacher: { kind: 'none' } }).call).not.toBe(
      'outside-evidence',
    );
  });

  it('an 8B@15T teacher at 1e17 FLOPs: a loss worse than a uniform guess is flagged, not predicted', () => {
    const decision = decide({
      studentParams: 1e9,
      compute: 1e17,
      teacher: { kind: 'size', teacherParams: 8e9, teacherTokens: 1.5e13 },
    });
    expect(decision.distilLoss).toBeGreaterThan(UNIFORM_LOSS_NATS);
    expect(decision.call).toBe('outside-evidence');
    expect(decision.evidence.lossesAboveUniform).toEqual(['distilLoss']);
  });

  it('100M and 150M students with no teacher at 1e21–3e23 FLOPs are never called distil', () => {
    for (const studentParams of [1e8, 1.5e8])
      for (const compute of [1e21, 1e22, 1e23, 3.2e23, 1e24])
        expect(decide({ studentParams, compute, teacher: { kind: 'none' } }).call).not.toBe('distil');
  });

  it('inside the evidence the share decides: distil at ≥ 90%, train at ≤ 10%, close call between', () => {
    const set = coefficientSet();
    const values = {
      studentParams: 1e9,
      studentTokens: 2e10,
      supervisedTokens: 2e10,
      teacherLoss: 2.0,
      studentLoss: 2.3,
      supervisedLoss: 2.31,
    };
    const at = (verdictShare: number, teacher: 'existing' | 'new-for-one' = 'existing') =>
      callFor(set, { margin: 0.01, teacher, values, verdictShare });
    expect(at(0.9).call).toBe('distil');
    expect(at(1).call).toBe('distil');
    expect(at(0.895).call).toBe('close-call');
    expect(at(0.5)).toMatchObject({ call: 'close-call', reasons: ['plausible-laws-disagree'] });
    expect(at(0.105).call).toBe('close-call');
    // 20 of 200 is exactly on the line (0.1, not 1 − 0.9 = 0.09999…).
    expect(at(20 / 200).call).toBe('train');
    expect(at(0).call).toBe('train');
    // The call follows the share whatever the teacher: the paper's finding is stated beside it.
    expect(at(0.95, 'new-for-one')).toMatchObject({
      call: 'distil',
      finding: 'teacher-for-one-student-train-directly',
    });
  });

  it("closeCallNats: the laws' error band at this loss (1% of the larger loss, + 0.012 for a teacher trained for it)", () => {
    const set = coefficientSet();
    const values = {
      studentParams: 1e9,
      studentTokens: 2e10,
      supervisedTokens: 2e10,
      teacherLoss: 2.0,
      studentLoss: 2.3,
      supervisedLoss: 2.31,
    };
    const band = (teacher: 'existing' | 'new-for-one' | 'new-shared') =>
      callFor(set, { margin: 0.01, teacher, values, verdictShare: 0.5 }).closeCallNats;
    // 1% of 2.31 = 0.0231; with the limit inconsistency 0.0231 + 0.012 = 0.0351.
    expect(band('existing')).toBeCloseTo(0.0231, 12);
    expect(band('new-for-one')).toBeCloseTo(0.0351, 12);
    expect(band('new-shared')).toBeCloseTo(0.0351, 12);
    // In --json, beside a decision's own losses.
    const fresh = decide({ studentParams: 1e9, compute: 1e21, teacher: { kind: 'none' } }, { flipSearch: false });
    const larger = Math.max(fresh.distilLoss, fresh.supervisedLoss);
    expect(fresh.evidence.closeCallNats).toBeCloseTo(0.01 * larger + 0.012, 12);
    const given = decide(
      { studentParams: 1e9, compute: 1e21, teacher: { kind: 'loss', teacherLoss: 2.1, teacherParams: 7e9 } },
      { flipSearch: false },
    );
    expect(given.evidence.closeCallNats).toBeCloseTo(0.01 * Math.max(given.distilLoss, given.supervisedLoss), 12);
  });

  it('loss ranges: a loss counts as 3× out when it moves the reducible loss as 3× the parameters would', () => {
    const set = coefficientSet();
    const base = {
      studentParams: 1e9,
      studentTokens: 2e10,
      supervisedTokens: 2e10,
      studentLoss: 2.3,
      supervisedLoss: 2.31,
    };
    const at = (teacherLoss: number) =>
      callFor(set, { margin: -0.1, teacher: 'existing', values: { ...base, teacherLoss }, verdictShare: 0 });
    // (1.895 − 1.22) / 3^(0.408·0.452) = 0.5512 → 1.7712.
    expect(at(1.775).call).toBe('train');
    expect(at(1.775).meter).toMatchObject({ quantity: 'teacherLoss', side: 'below' });
    expect(at(1.775).meter!.factor).toBeCloseTo((0.675 / 0.555) ** (1 / (0.408 * 0.452)), 6);
    expect(at(1.765).call).toBe('outside-evidence');
  });
});

describe('flip budgets below the evidence floor are never a realistic budget', () => {
  it('a flip below the evidence budgets is reported as below-evidence, inside ones as inside', () => {
    let below = 0;
    let inside = 0;
    for (const [studentParams, compute] of [
      [3e9, 1e21],
      [1e9, 1e21],
      [1e10, 1e21],
      [3e8, 1e20],
    ] as const) {
      const decision = decide({ studentParams, compute, teacher: { kind: 'none' } });
      if (decision.flipCompute === null) continue;
      const low = decision.evidence.budgets?.low ?? 0;
      const expected = decision.flipCompute < low ? 'below-evidence' : 'inside';
      expect(decision.evidence.flip).toBe(expected);
      if (expected === 'below-evidence') below++;
      else inside++;
    }
    expect(below + inside).toBeGreaterThan(0);
  });
});

describe('search bounds are flagged, the numbers kept', () => {
  it('teacher inference: the teacher is trained on the 1e17 bound, flagged teacherTokensAtBound', () => {
    const plan = optimalDistillation({ studentParams: 1e9, compute: 1e21, scenario: 'teacher-inference' });
    expect(plan.teacherTokens).toBe(1e17);
    expect(plan.teacherTokensAtBound).toBe(true);
    expect(plan.studentTokensAtBound).toBe(false);
  });

  it('pretraining + inference at 1e21: nothing at a bound; a given teacher is never at a bound', () => {
    const plan = optimalDistillation({ studentParams: 1e9, compute: 1e21 });
    expect([plan.teacherTokensAtBound, plan.teacherParamsAtBound, plan.studentTokensAtBound]).toEqual([
      false,
      false,
      false,
    ]);
    const given = decide({
      studentParams: 1e9,
      compute: 1e21,
      teacher: { kind: 'size', teacherParams: 7e9, teacherTokens: 1e17 },
    });
    expect(given.plan.teacherTokensAtBound).toBe(false);
  });
});

describe('App. D.5 compute ratio (PAPER.md §2.1, teacher inference, default set)', () => {
  it('500M at L = 2.4 → 0.772; 10B at L = 2.2 → 0.459', () => {
    expect(computeRatio({ studentParams: 5e8, loss: 2.4 }).ratio).toBeCloseTo(0.772, 2);
    expect(Math.abs(computeRatio({ studentParams: 5e8, loss: 2.4 }).ratio! - 0.772)).toBeLessThan(0.002);
    expect(Math.abs(computeRatio({ studentParams: 1e10, loss: 2.2 }).ratio! - 0.459)).toBeLessThan(0.002);
  });

  it('a loss distillation never reaches gives null; a loss the student can never reach gives null', () => {
    // 100M trained directly has an infinite-data limit of 2.53 nats (PAPER.md §10): 2.4 is out of reach.
    expect(computeRatio({ studentParams: 1e8, loss: 2.4 }).ratio).toBeNull();
  });

  it('decide reports the same ratio for its own situation and budget', () => {
    const decision = decide({ studentParams: 1e9, compute: 1e21, teacher: { kind: 'none' } });
    const same = computeRatio({
      studentParams: 1e9,
      loss: decision.supervisedLoss,
      scenario: 'pretraining-and-inference',
    });
    expect(same.supervisedCompute! / 1e21).toBeCloseTo(1, 9);
    expect(Math.abs(decision.computeRatio! / same.ratio! - 1)).toBeLessThan(2e-3);
    // The paper: with the teacher trained for one student, distillation needs more compute (ratio above 1).
    expect(decision.computeRatio!).toBeGreaterThan(1);
  });

  it('computeToReach finds the first budget reaching a target even when the loss rises again', () => {
    // A U-shaped loss in log10 C with its minimum 1.0 at 1e22; target 1.5 is first reached at 10^21.5.
    const loss = (compute: number) => 1 + (Math.log10(compute) - 22) ** 2 * 2;
    const found = computeToReach(loss, 1.5, 1e17, 1e28)!;
    expect(Math.log10(found)).toBeCloseTo(21.5, 5);
    expect(computeToReach(loss, 0.5, 1e17, 1e28)).toBeNull();
  });
});

describe('evidenceBudgets', () => {
  it('finds the interval around the budget, open ends as null', () => {
    const inside = (compute: number) => compute >= 3e19 && compute <= 2e24;
    const budgets = evidenceBudgets(inside, 1e21)!;
    expect(Math.log10(budgets.low!)).toBeCloseTo(Math.log10(3e19), 1);
    expect(budgets.low!).toBeGreaterThanOrEqual(3e19);
    expect(budgets.high!).toBeLessThanOrEqual(2e24);
    expect(Math.log10(budgets.high!)).toBeCloseTo(Math.log10(2e24), 1);
    expect(evidenceBudgets((c) => c >= 1e20, 1e18)).toEqual({ low: expect.any(Number), high: null });
    expect(evidenceBudgets(() => false, 1e21)).toBeNull();
  });
});
