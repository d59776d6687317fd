/**
 * A decision's checked question (core/decide.ts): the inputs, the prepared laws, and the teacher situation with its
 * scenario, the way it picks a plan at any budget, and the smallest budget that buys one.
 */
import type { Decision, TeacherSituation } from './decide.js';
import { checkTeacherLoss, type PreparedLaws, tokensReachingLoss } from './laws.js';
import { MAX_COUNT, MIN_COUNT } from './optimise/bounds.js';
import {
  type DistillationProblem,
  minimumCompute,
  optimiseDistillation,
  type TeacherChoice,
} from './optimise/distil.js';
import type { Scenario } from './optimise/scenarios.js';
import { checkParams, checkStudents, type Resolved } from './plans.js';
import { checkRange, TOKENS_LIMITS } from './units.js';

/** A checked question: its inputs, laws, teacher situation, and the smallest budget that buys any plan. */
export interface Question {
  resolved: Resolved;
  studentParams: number;
  compute: number;
  laws: PreparedLaws;
  situation: Situation;
  /** The distillation problem at the asked budget (fine effort). */
  problem: DistillationProblem;
  /** Depends on the student, scenario and teacher, never on the budget itself. */
  smallestCompute: number;
}

/** The distillation problem at one budget: every field written out (a budget search builds one per budget it visits). */
export function problemAt(
  question: Pick<Question, 'resolved' | 'studentParams' | 'laws' | 'situation'>,
  budget: number,
  effort: 'fine' | 'coarse',
): DistillationProblem {
  return {
    set: question.resolved.set,
    laws: question.laws,
    studentParams: question.studentParams,
    forwardFlops: question.resolved.forwardFlops,
    compute: budget,
    scenario: question.situation.scenario,
    students: question.situation.students,
    effort,
  };
}

export interface Situation {
  scenario: Scenario;
  students: number;
  source: Decision['teacherSource'];
  /** log10 step of the flip scan: fine where a plan is closed-form, coarse where it needs the 2-D optimiser. */
  scanStep: number;
  choose(problem: DistillationProblem): TeacherChoice;
  /** The smallest budget that buys 1e6 student tokens in this situation. */
  minimumCompute(problem: DistillationProblem): number;
  teacherGiven: boolean;
  /** A given teacher's size and loss (NaN when the teacher is trained for the purpose). */
  teacherParams: number;
  teacherLoss: number;
}

export function checkSituation(
  teacher: TeacherSituation,
  laws: PreparedLaws,
  set: DistillationProblem['set'],
): Situation {
  if (teacher.kind === 'none') {
    const students = checkStudents(teacher.students ?? 1);
    return {
      scenario: 'pretraining-and-inference',
      students,
      source: 'trained-for-this',
      scanStep: 2,
      teacherGiven: false,
      teacherParams: Number.NaN,
      teacherLoss: Number.NaN,
      choose: optimiseDistillation,
      minimumCompute,
    };
  }
  const teacherParams = checkParams(teacher.teacherParams, 'teacherParams');
  const teacherTokens =
    teacher.kind === 'size' ? checkRange('teacherTokens', teacher.teacherTokens, TOKENS_LIMITS) : null;
  const teacherLoss =
    teacher.kind === 'loss'
      ? checkTeacherLoss(set, teacher.teacherLoss)
      : laws.supervised(teacherParams, teacherTokens!);
  const impliedTokens = teacherTokens ?? tokensReachingLoss(set.supervised, teacherParams, teacherLoss);
  return {
    scenario: 'teacher-inference',
    students: 1,
    source: teacher.kind === 'loss' ? 'given-loss' : 'size-and-tokens',
    scanStep: 0.25,
    teacherGiven: true,
    teacherParams,
    teacherLoss,
    // This teacher's logits cost F(N_T) per student token, so 1e6 student tokens cost (3·F(N_S) + F(N_T))·1e6.
    minimumCompute: (problem) =>
      existingTeacherTokenCost(problem.forwardFlops, problem.studentParams, teacherParams) * MIN_COUNT,
    choose: (problem) => {
      const studentTokens = existingTeacherTokens(
        problem.compute,
        existingTeacherTokenCost(problem.forwardFlops, problem.studentParams, teacherParams),
      );
      return {
        loss: problem.laws.student(problem.studentParams, studentTokens, teacherLoss),
        studentTokens,
        teacherParams,
        teacherTokens: impliedTokens,
        teacherLoss,
        teacherGiven: true,
        converged: true, // closed form (Eq. 27): no search
      };
    },
  };
}

/** FLOPs per student token with an existing teacher: 3·F(N_S) to train the student, F(N_T) for the teacher's logits. */
export function existingTeacherTokenCost(
  forwardFlops: (params: number) => number,
  studentParams: number,
  teacherParams: number,
): number {
  return 3 * forwardFlops(studentParams) + forwardFlops(teacherParams);
}

/** Eq. 27: with an existing teacher, D_S = C / (3·F(N_S) + F(N_T)), capped at the optimiser's 1e17 bound. */
export function existingTeacherTokens(compute: number, tokenCost: number): number {
  return Math.min(MAX_COUNT, compute / tokenCost);
}
