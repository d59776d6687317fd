/**
 * The pilot answer as data: the small runs that would settle a distil-or-train call (core/pilot), what they cost,
 * how often they settle it (when simulated), the staged plan, and what to do next: fit the runs' losses (a face
 * that wrote the runs' files) or simulate the odds where a simulation is run (a face that does not simulate).
 * messages/ words it (wordPilot); the CLI and Slack lay the words out.
 */
import type { TeacherSituation } from '../decision-question.js';
import type { PilotPlan } from '../pilot/index.js';
import type { QuestionReading } from '../question/read.js';

/** What closes the loop after the pilot. */
export type PilotNext =
  | {
      /** Fill in the runs' losses, fit both laws as the simulation did, then decide with the fitted set. */
      code: 'fit-runs';
      /** The folder the runs' files were written to; null when they were not written. */
      dir: string | null;
      /** The question's flags as the person typed them, for the last command. */
      question: readonly string[];
    }
  | {
      /** The odds were not simulated here: the same question as a command that simulates them. */
      code: 'simulate';
      teacher: TeacherSituation;
    };

export interface PilotDescription {
  kind: 'pilot';
  question: QuestionReading | null;
  plan: PilotPlan;
  /** The index in plan.sizes of the pilot size the plan chose; null when no sizes were compared. */
  chosenSize: number | null;
  next: PilotNext;
}

export function describePilot(
  plan: PilotPlan,
  next: PilotNext,
  question: QuestionReading | null = null,
): PilotDescription {
  const chosen = plan.sizes.findIndex((size) => size.share === plan.share);
  return { kind: 'pilot', question, plan, chosenSize: chosen < 0 ? null : chosen, next };
}
