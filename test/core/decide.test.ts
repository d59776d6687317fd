/**
 * `decide`: verdicts, flip budgets, warnings and input checking. For an existing teacher the plan is closed
 * form (Eq. 27: D_S = C / (3·F(N_S) + F(N_T))), so verdicts and flip budgets are recomputed here from the
 * public laws alone, with a scan 10× finer than core's. With no teacher the plan needs the optimiser, which
 * properties.test.ts checks against random plans; here its flips are re-found with a finer scan.
 */
import { describe, expect, it } from 'vitest';
import {
  type Decision,
  type DecisionRequest,
  decide,
  distilledLoss,
  flopsPerToken,
  InfeasibleBudgetError,
  InputError,
  optimalDistillation,
  parseCount,
  supervisedLoss,
  type TeacherSituation,
} from '../../core/index.js';
import { renderWarning } from '../../messages/index.js';
import { wordsOf } from '../helpers/words.js';

const F = (params: number): number => flopsPerToken(params).forwardPerToken;
const MAX = 1e17;

/** supervised − distilled for an existing teacher, from the public laws (positive: distil wins). */
function givenTeacherMargin(
  studentParams: number,
  teacherParams: number,
  teacherLoss: number,
  compute: number,
  preset?: string,
): number {
  const supervised = supervisedLoss(studentParams, Math.min(MAX, compute / (3 * F(studentParams))), preset);
  const distilled = distilledLoss(
    studentParams,
    Math.min(MAX, compute / (3 * F(studentParams) + F(teacherParams))),
    teacherLoss,
    preset,
  ).loss;
  return supervised - distilled;
}

/** Every sign change of `margin` over [1e17, 1e28] (log10 step `step`), each refined by bisection. */
function flipsOf(
  margin: (compute: number) => number,
  step: number,
): Array<{ compute: number; above: 'distil' | 'train' }> {
  const flips: Array<{ compute: number; above: 'distil' | 'train' }> = [];
  let previous = { x: 17, value: margin(1e17) };
  for (let x = 17 + step; x <= 28 + 1e-9; x += step) {
    const value = margin(10 ** x);
    if (value > 0 !== previous.value > 0) {
      let a = previous.x;
      let b = x;
      for (let i = 0; i < 50; i++) {
        const m = (a + b) / 2;
        if (margin(10 ** m) > 0 === previous.value > 0) a = m;
        else b = m;
      }
      flips.push({ compute: 10 ** ((a + b) / 2), above: value > 0 ? 'distil' : 'train' });
    }
    previous = { x, value };
  }
  return flips;
}

function expectFlipsMatch(
  decision: Decision,
  expected: Array<{ compute: number; above: 'distil' | 'train' }>,
  compute: number,
): void {
  expect(
    decision.flipComputes.length,
    `core ${decision.flipComputes.map((c) => c.toExponential(2))} vs ${expected.map((f) => f.compute.toExponential(2))}`,
  ).toBe(expected.length);
  decision.flipComputes.forEach((flip, i) => {
    expect(Math.abs(Math.log(flip / expected[i]!.compute))).toBeLessThan(0.01);
  });
  if (expected.length === 0) {
    expect(decision.flipCompute).toBeNull();
    expect(decision.verdictAboveFlip).toBeNull();
    return;
  }
  const nearest = expected.reduce((best, flip) =>
    Math.abs(Math.log(flip.compute / compute)) < Math.abs(Math.log(best.compute / compute)) ? flip : best,
  );
  expect(Math.abs(Math.log(decision.flipCompute! / nearest.compute))).toBeLessThan(0.01);
  expect(decision.verdictAboveFlip).toBe(nearest.above);
}

describe('decide with an existing teacher (teacher inference, Eq. 27)', () => {
  const cases: Array<{
    name: string;
    studentParams: number;
    teacherParams: number;
    teacher: TeacherSituation;
    teacherLoss: number;
    computes: number[];
    flips: number;
  }> = [
    {
      name: '1B student, 7.75B teacher at loss 1.9',
      studentParams: 1e9,
      teacherParams: 7.75e9,
      teacher: { kind: 'loss', teacherLoss: 1.9, teacherParams: 7.75e9 },
      teacherLoss: 1.9,
      computes: [1e19, 1e21, 1e23],
      flips: 0,
    },
    {
      name: '50B student, 7.75B teacher at loss 1.9',
      studentParams: 5e10,
      teacherParams: 7.75e9,
      teacher: { kind: 'loss', teacherLoss: 1.9, teacherParams: 7.75e9 },
      teacherLoss: 1.9,
      computes: [1e19, 1e21, 1e24],
      flips: 2,
    },
    {
      name: '1B student, 7.747B teacher on 512B tokens',
      studentParams: 1e9,
      teacherParams: 7.747e9,
      teacher: { kind: 'size', teacherParams: 7.747e9, teacherTokens: 5.12e11 },
      teacherLoss: supervisedLoss(7.747e9, 5.12e11),
      computes: [1e20, 1e22],
      flips: 0,
    },
    {
      name: '1.82B student, 546M teacher on 12.1B tokens',
      studentParams: 1.82e9,
      teacherParams: 5.46e8,
      teacher: { kind: 'size', teacherParams: 5.46e8, teacherTokens: 1.2094e10 },
      teacherLoss: supervisedLoss(5.46e8, 1.2094e10),
      computes: [1e18, 1e20, 1e22],
      flips: 2,
    },
  ];

  it.each(cases)(
    '$name: verdict, losses and flip budgets',
    ({ studentParams, teacherParams, teacher, teacherLoss, computes, flips }) => {
      const expectedFlips = flipsOf((c) => givenTeacherMargin(studentParams, teacherParams, teacherLoss, c), 0.025);
      expect(expectedFlips).toHaveLength(flips);
      for (const compute of computes) {
        const decision = decide({ studentParams, compute, teacher });
        const margin = givenTeacherMargin(studentParams, teacherParams, teacherLoss, compute);
        expect(decision.scenario).toBe('teacher-inference');
        expect(decision.teacherSource).toBe(teacher.kind === 'loss' ? 'given-loss' : 'size-and-tokens');
        expect(decision.coefficients).toBe('busbridge2025-corrected');
        expect(decision.plan.teacherLoss).toBeCloseTo(teacherLoss, 12);
        // §10's oracle for the 7.747B teacher on 512B tokens: L = 1.932921 (1e-6 relative).
        if (teacher.kind === 'size' && teacherParams === 7.747e9)
          expect(Math.abs(decision.plan.teacherLoss / 1.932921 - 1)).toBeLessThan(1e-6);
        expect(decision.plan.teacherParams).toBe(teacherParams);
        expect(decision.margin).toBeCloseTo(margin, 10);
        expect(decision.margin).toBeCloseTo(decision.supervisedLoss - decision.distilLoss, 12);
        expect(decision.verdict).toBe(margin > 0 ? 'distil' : 'train');
        expect(decision.plan.studentTokens).toBeCloseTo(compute / (3 * F(studentParams) + F(teacherParams)), -3);
        expect(decision.plan.flops.teacherPretraining).toBe(0);
        expectFlipsMatch(decision, expectedFlips, compute);
      }
    },
  );

  it('a 50B student with a strong 7.75B teacher: distil between the two flips, train outside', () => {
    const inside = decide({
      studentParams: 5e10,
      compute: 1e21,
      teacher: { kind: 'loss', teacherLoss: 1.9, teacherParams: 7.75e9 },
    });
    expect(inside.verdict).toBe('distil');
    const above = decide({
      studentParams: 5e10,
      compute: 1e24,
      teacher: { kind: 'loss', teacherLoss: 1.9, teacherParams: 7.75e9 },
    });
    expect(above.verdict).toBe('train');
    expect(above.verdictAboveFlip).toBe('train');
  });

  it('the preset switches the coefficient set', () => {
    const teacher: TeacherSituation = { kind: 'loss', teacherLoss: 1.9, teacherParams: 7.75e9 };
    const published = decide({ studentParams: 1e9, compute: 1e20, teacher }, { preset: 'busbridge2025' });
    expect(published.coefficients).toBe('busbridge2025');
    expect(published.margin).toBeCloseTo(givenTeacherMargin(1e9, 7.75e9, 1.9, 1e20, 'busbridge2025'), 10);
    const corrected = decide({ studentParams: 1e9, compute: 1e20, teacher });
    expect(Math.abs(published.distilLoss - corrected.distilLoss)).toBeGreaterThan(0.01);
  });

  it('6N counting: the supervised side trains on C / (6·N) tokens', () => {
    const decision = decide(
      { studentParams: 1e9, compute: 1e21, teacher: { kind: 'loss', teacherLoss: 2, teacherParams: 7.75e9 } },
      { flopCounting: '6N' },
    );
    expect(decision.flopCounting).toBe('6N');
    expect(decision.supervisedLoss).toBeCloseTo(supervisedLoss(1e9, 1e21 / 6e9), 12);
    expect(decision.plan.studentTokens).toBeCloseTo(1e21 / (6e9 + 2 * 7.75e9), -3);
  });

  it('a budget too small to buy 1e6 student tokens with this teacher is refused with the smallest budget', () => {
    // 1e7-parameter student, 1e12-parameter teacher: each student token costs 3·F(1e7) + F(1e12) ≈ 2.1e12 FLOPs,
    // so 1e15 FLOPs buys ~500 tokens, below the 1e6 bound. The smallest budget is (3·F(N_S) + F(N_T))·1e6.
    const smallest = (3 * F(1e7) + F(1e12)) * 1e6;
    const request: DecisionRequest = {
      studentParams: 1e7,
      compute: 1e15,
      teacher: { kind: 'loss', teacherLoss: 1.9, teacherParams: 1e12 },
    };
    let caught: unknown;
    let decision: Decision | undefined;
    try {
      decision = decide(request);
    } catch (error) {
      caught = error;
    }
    expect(decision?.plan.studentTokens, 'a plan outside the bounds was returned').toBeUndefined();
    expect(caught).toBeInstanceOf(InfeasibleBudgetError);
    expect((caught as InfeasibleBudgetError).minimumCompute / smallest).toBeCloseTo(1, 6);
    expect(() => decide({ ...request, compute: smallest * 1.01 })).not.toThrow();
  });
});

describe('decide with no teacher (the teacher is trained: pretraining + inference)', () => {
  /** supervised − distilled from the optimiser, at one budget. */
  const noTeacherMargin =
    (studentParams: number, students: number) =>
    (compute: number): number => {
      const plan = optimalDistillation({ studentParams, compute, scenario: 'pretraining-and-inference', students });
      return supervisedLoss(studentParams, Math.min(MAX, compute / (3 * F(studentParams)))) - plan.loss;
    };

  it.each([
    // N_S, K, budgets, expected verdicts
    [1e9, 1, [1e20, 1e22], ['train', 'train']],
    [1e9, 100, [1e20, 1e22], ['distil', 'train']],
    [1e9, 1000, [1e20, 1e24], ['distil', 'train']],
  ] as Array<[number, number, number[], string[]]>)(
    'N_S = %d with %d students',
    (studentParams, students, computes, verdicts) => {
      // A 0.25-decade scan (core scans every 2 decades, then refines).
      const expectedFlips = flipsOf(noTeacherMargin(studentParams, students), 0.25);
      computes.forEach((compute, i) => {
        const decision = decide({ studentParams, compute, teacher: { kind: 'none', students } });
        expect(decision.students).toBe(students);
        expect(decision.verdict).toBe(verdicts[i]);
        expect(decision.plan.flops.teacherPretraining).toBeCloseTo(
          decision.plan.teacherPretrainingWhole / students,
          -3,
        );
        // Each flip within 1% of the finer scan's (the crossover is ill-conditioned; both quote ~2 digits).
        expect(decision.flipComputes.length).toBe(expectedFlips.length);
        decision.flipComputes.forEach((flip, j) => {
          expect(Math.abs(Math.log(flip / expectedFlips[j]!.compute))).toBeLessThan(0.05);
        });
      });
    },
  );

  it("one student: the only flip is at an absurdly small budget (the law's ±0.012-nat inconsistency, PAPER.md §2)", () => {
    const decision = decide({ studentParams: 1e9, compute: 1e21, teacher: { kind: 'none' } });
    expect(decision.verdict).toBe('train');
    for (const flip of decision.flipComputes) expect(flip).toBeLessThan(1e18);
  });
});

describe('decide warnings', () => {
  it('extrapolation beyond the fitted ranges (PAPER.md §7)', () => {
    const big = decide({
      studentParams: 5e10,
      compute: 1e24,
      teacher: { kind: 'loss', teacherLoss: 1.9, teacherParams: 7.75e9 },
    });
    const messages = big.warnings.filter((w) => w.code === 'extrapolation').map((w) => renderWarning(w, 'en'));
    expect(messages.some((m) => m.includes('student size') && m.includes('50B'))).toBe(true);
    expect(messages.some((m) => m.includes('student tokens'))).toBe(true); // D_S ≈ 3T > 515B
    // Inside every range: 1B student, 41B distillation tokens, teacher 7.75B at loss 2.0 — no extrapolation.
    const inside = decide({
      studentParams: 1e9,
      compute: 1e21,
      teacher: { kind: 'loss', teacherLoss: 2.0, teacherParams: 7.75e9 },
    });
    expect(inside.plan.studentTokens).toBeGreaterThan(3.7e9);
    expect(inside.plan.studentTokens).toBeLessThan(5.15e11);
    expect(inside.warnings.filter((w) => w.code === 'extrapolation')).toEqual([]);
    // Teacher loss and size outside their ranges are named too.
    const strong = decide({
      studentParams: 1e9,
      compute: 1e21,
      teacher: { kind: 'loss', teacherLoss: 1.6, teacherParams: 1e11 },
    });
    const strongMessages = strong.warnings.map((w) => renderWarning(w, 'en')).join('\n');
    expect(strongMessages).toMatch(/teacher loss 1\.6 is outside/);
    expect(strongMessages).toMatch(/teacher size 100B is outside/);
  });

  it('capacity gap: a teacher too strong for a small student, with the weaker teacher named', () => {
    const decision = decide({
      studentParams: 1.43e8,
      compute: 1e20,
      teacher: { kind: 'loss', teacherLoss: 1.6, teacherParams: 1e11 },
    });
    const warning = decision.warnings.find((w) => w.code === 'capacity-gap');
    expect(warning, JSON.stringify(decision.warnings)).toBeDefined();
    const match =
      /weaker teacher with loss ([0-9.]+) \(e\.g\. this (\S+) teacher at (\S+) tokens, an earlier checkpoint\) would give ([0-9.]+) instead of ([0-9.]+)/.exec(
        renderWarning(warning!, 'en'),
      );
    expect(match, renderWarning(warning!, 'en')).not.toBeNull();
    const [, namedLoss, namedParams, namedTokens, better, current] = match!;
    // The best teacher loss at this D_S, by a scan of the public law.
    const tokens = decision.plan.studentTokens;
    let best = { teacherLoss: 0, loss: Infinity };
    for (let lt = 1.3; lt < 4; lt += 0.0005) {
      const loss = distilledLoss(1.43e8, tokens, lt).loss;
      if (loss < best.loss) best = { teacherLoss: lt, loss };
    }
    expect(Math.abs(Number(namedLoss) - best.teacherLoss)).toBeLessThan(1e-3);
    expect(Math.abs(Number(better) - best.loss)).toBeLessThanOrEqual(5e-5 + 1e-6);
    expect(Number(current)).toBeCloseTo(decision.distilLoss, 4);
    expect(Number(better)).toBeLessThan(Number(current));
    // The named teacher is the given size (same logit cost) and, at 3 significant figures, reaches about that loss.
    expect(parseCount('params', namedParams)).toBe(1e11);
    expect(
      Math.abs(
        supervisedLoss(parseCount('params', namedParams), parseCount('tokens', namedTokens)) - Number(namedLoss),
      ),
    ).toBeLessThan(0.01);
  });

  it('no capacity-gap warning when the teacher is weaker than the best one', () => {
    const decision = decide({
      studentParams: 1e9,
      compute: 1e21,
      teacher: { kind: 'loss', teacherLoss: 2.6, teacherParams: 5e8 },
    });
    expect(decision.warnings.map((w) => w.code)).not.toContain('capacity-gap');
  });

  it('student-beats-teacher: said when the student trained directly would already beat its teacher', () => {
    // Eq. 8 keeps L_S above L_T (see properties.test.ts), so a weak teacher holds a capable student back.
    // PAPER.md §5's weak-to-strong pair: a 546M teacher (about 20 tokens per parameter) and a 1.82B student.
    const teacherLoss = supervisedLoss(5.46e8, 1.2094e10);
    for (const compute of [1e19, 1e20, 1e21]) {
      const decision = decide({
        studentParams: 1.82e9,
        compute,
        teacher: { kind: 'size', teacherParams: 5.46e8, teacherTokens: 1.2094e10 },
      });
      const claimed = decision.warnings.some((w) => w.code === 'student-beats-teacher');
      expect(claimed).toBe(decision.supervisedLoss < teacherLoss);
    }
    const rich = decide({
      studentParams: 1.82e9,
      compute: 1e21,
      teacher: { kind: 'size', teacherParams: 5.46e8, teacherTokens: 1.2094e10 },
    });
    expect(rich.supervisedLoss).toBeLessThan(teacherLoss);
    expect(rich.warnings.map((w) => w.code)).toContain('student-beats-teacher');
  });

  it('every warning comes in Japanese as well', () => {
    const decisions = [
      decide({
        studentParams: 1.43e8,
        compute: 1e20,
        teacher: { kind: 'loss', teacherLoss: 1.6, teacherParams: 1e11 },
      }),
      decide({ studentParams: 1e9, compute: 1e21, teacher: { kind: 'loss', teacherLoss: 1.5, teacherParams: 1e9 } }),
      decide({
        studentParams: 1.82e9,
        compute: 1e21,
        teacher: { kind: 'size', teacherParams: 5.46e8, teacherTokens: 1.2094e10 },
      }),
    ];
    const warnings = decisions.flatMap((decision) => decision.warnings);
    expect(new Set(warnings.map((w) => w.code)).size).toBeGreaterThanOrEqual(4);
    for (const warning of warnings)
      expect(renderWarning(warning, 'ja'), warning.code).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('teacher-loss-unreachable: a loss below what the teacher size can reach is flagged', () => {
    // L(1e9, ∞) = 2.078754 (PAPER.md §10): no 1B model reaches 1.5 on the paper's data.
    const decision = decide({
      studentParams: 1e9,
      compute: 1e21,
      teacher: { kind: 'loss', teacherLoss: 1.5, teacherParams: 1e9 },
    });
    const warning = decision.warnings.find((w) => w.code === 'teacher-loss-unreachable');
    expect(warning && renderWarning(warning, 'en')).toContain('2.0788');
    const reachable = decide({
      studentParams: 1e9,
      compute: 1e21,
      teacher: { kind: 'loss', teacherLoss: 2.1, teacherParams: 1e9 },
    });
    expect(reachable.warnings.map((w) => w.code)).not.toContain('teacher-loss-unreachable');
  });

  it('close call and unused compute', () => {
    const close = decide({ studentParams: 1e9, compute: 1e20, teacher: { kind: 'none', students: 100 } });
    expect(Math.abs(close.margin)).toBeLessThan(0.02);
    expect(close.warnings.map((w) => w.code)).toContain('close-call');
    const capped = decide({
      studentParams: 1e7,
      compute: 1e28,
      teacher: { kind: 'loss', teacherLoss: 1.9, teacherParams: 7.75e9 },
    });
    expect(capped.plan.studentTokens).toBe(1e17);
    expect(capped.plan.unusedCompute).toBeGreaterThan(0);
    expect(capped.plan.flops.total + capped.plan.unusedCompute).toBeCloseTo(1e28, -16);
    expect(capped.warnings.map((w) => w.code)).toContain('unused-compute');
  });
});

describe('decide rejects bad input naming the field', () => {
  const good: DecisionRequest = {
    studentParams: 1e9,
    compute: 1e21,
    teacher: { kind: 'loss', teacherLoss: 1.9, teacherParams: 7.75e9 },
  };
  const bad: unknown[] = [-1, 0, NaN, Infinity, -Infinity, '', 'abc', undefined];

  function expectField(request: unknown, field: string): void {
    let caught: unknown;
    try {
      decide(request as DecisionRequest);
    } catch (error) {
      caught = error;
    }
    expect(caught, `${JSON.stringify(request)} should be refused`).toBeInstanceOf(InputError);
    expect((caught as InputError).field).toBe(field);
  }

  it.each(bad.map((value) => [String(value), value]))('value %s', (_label, value) => {
    expectField({ ...good, studentParams: value }, 'studentParams');
    expectField({ ...good, compute: value }, 'compute');
    expectField({ ...good, teacher: { ...good.teacher, teacherLoss: value } }, 'teacherLoss');
    expectField({ ...good, teacher: { ...good.teacher, teacherParams: value } }, 'teacherParams');
    expectField({ ...good, teacher: { kind: 'size', teacherParams: 7.75e9, teacherTokens: value } }, 'teacherTokens');
    if (value !== undefined) expectField({ ...good, teacher: { kind: 'none', students: value } }, 'students');
  });

  it("a teacher loss at or below E = 1.22 (outside the law's domain)", () => {
    for (const teacherLoss of [1.22, 1.2, 1])
      expectField({ ...good, teacher: { ...good.teacher, teacherLoss } }, 'teacherLoss');
  });

  it('a fractional number of students, and sizes outside 1e6…1e15', () => {
    expectField({ ...good, teacher: { kind: 'none', students: 1.5 } }, 'students');
    expectField({ ...good, studentParams: 1e5 }, 'studentParams');
    expectField({ ...good, studentParams: 1e16 }, 'studentParams');
    expectField({ ...good, teacher: { ...good.teacher, teacherParams: 1e5 } }, 'teacherParams');
  });

  it('teacher tokens are checked as tokens: up to the 1e17 bound, with a message about tokens', () => {
    // A teacher overtrained on 2e15 tokens is inside the paper's bounds (D_T ≤ 1e17).
    expect(() => decide({ ...good, teacher: { kind: 'size', teacherParams: 1e9, teacherTokens: 2e15 } })).not.toThrow();
    let caught: unknown;
    try {
      decide({ ...good, teacher: { kind: 'size', teacherParams: 1e9, teacherTokens: 1e18 } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).field).toBe('teacherTokens');
    expect((caught as InputError).accepted).toMatchObject({ form: 'count-range', unit: 'tokens' });
  });

  it('an unknown preset or FLOP counting', () => {
    expect(wordsOf(() => decide(good, { preset: 'chinchilla' }))).toMatch(/^preset /);
    expect(() => decide(good, { flopCounting: '4N' as never })).toThrow(InputError);
  });
});
