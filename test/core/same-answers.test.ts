/**
 * Same answers to the last digit: every stored question (scripts/same-answers.ts; all scenarios, K students, both
 * coefficient sets, both FLOP countings, teachers by loss and by size and tokens) is answered again and every number
 * compared with the stored one by identity (Object.is): a faster search must find exactly the plans, losses, flip
 * budgets, evidence interval edges, compute ratios and costs it found before. The uncertainty fields are compared
 * in their own section, which the uncertainty model may regenerate deliberately (--uncertainty-only).
 *
 * "The last digit" is the double itself: `--json` prints every number of a decision in JavaScript's shortest
 * round-trip form, which names exactly one double, so any change to a stored number (a flip budget or compute
 * ratio moved in its 12th digit by another root-finder included) is a change in a printed digit. Identity is
 * therefore the comparison, not a tolerance.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerOf, type Question, sameAnswerQuestions } from '../helpers/sameAnswers.js';

const stored = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'same-answers.json'), 'utf8')) as {
  questions: Question[];
  exact: unknown[];
  uncertainty: unknown[];
};

/** Paths where two JSON values differ, numbers by Object.is (so 1 ulp is a difference). */
function differences(actual: unknown, expected: unknown, path = ''): string[] {
  if (typeof expected === 'number' || typeof actual === 'number')
    return Object.is(actual, expected) ? [] : [`${path}: ${String(actual)} ≠ stored ${String(expected)}`];
  if (expected === null || actual === null || typeof expected !== 'object' || typeof actual !== 'object')
    return actual === expected ? [] : [`${path}: ${JSON.stringify(actual)} ≠ stored ${JSON.stringify(expected)}`];
  if (Array.isArray(expected) !== Array.isArray(actual)) return [`${path}: array and object`];
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...keys].flatMap((key) =>
    differences((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`),
  );
}

describe('same answers as stored before the faster searches', () => {
  const questions = sameAnswerQuestions();

  it('asks the stored questions (at least 200, every kind)', () => {
    expect(questions).toEqual(stored.questions);
    expect(questions.length).toBeGreaterThanOrEqual(200);
    const kinds = new Set(questions.map((question) => question.kind));
    expect([...kinds].sort()).toEqual(['crossover', 'decide', 'plan', 'ratio', 'supervised']);
  });

  const answers = questions.map((question) => answerOf(question));

  it('finds every plan, loss, flip budget, evidence edge, compute ratio and cost to the last digit', () => {
    const found = answers.flatMap((answer, i) =>
      differences(answer.exact, stored.exact[i], `#${i} ${JSON.stringify(questions[i])}`),
    );
    expect(found).toEqual([]);
  });

  it('gives the same plausible-law fields (verdictShare, intervals, call)', () => {
    const found = answers.flatMap((answer, i) => differences(answer.uncertainty, stored.uncertainty[i], `#${i}`));
    expect(found).toEqual([]);
  });

  it('stores questions that exercise every search: flips, both evidence edges, compute ratios, plausible laws', () => {
    const decisions = stored.exact.filter((_, i) => stored.questions[i]!.kind === 'decide') as Array<{
      flipComputes: number[];
      computeRatio: number | null;
      evidence: { budgets: { low: number | null; high: number | null } | null };
    }>;
    expect(decisions.filter((decision) => decision.flipComputes.length > 0).length).toBeGreaterThan(50);
    expect(decisions.filter((decision) => decision.computeRatio !== null).length).toBeGreaterThan(50);
    expect(decisions.filter((decision) => decision.evidence.budgets?.low != null).length).toBeGreaterThan(50);
    expect(decisions.filter((decision) => decision.evidence.budgets?.high != null).length).toBeGreaterThan(50);
    const shares = stored.uncertainty.filter((u) => (u as { verdictShare?: number } | null)?.verdictShare != null);
    expect(shares.length).toBeGreaterThan(50);
  });
});
