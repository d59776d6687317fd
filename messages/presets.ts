/**
 * The words of `/distil presets` (the coefficient sets preset= takes, with
 * their fit quality and date) and of the share of plausible laws a decision
 * reports when its set has bootstrap samples. Numbers arrive formatted.
 */
import type { Law, ShippedSetId } from '../core/index.js';

export interface PresetWords {
  /** The list's header. */
  title: string;
  /** The message's plain text (notifications): how many sets. */
  text(count: number): string;
  /** What a shipped set is. */
  shipped: Record<ShippedSetId, string>;
  /** A set with a fit record: what was fitted, to how many runs, how well, its samples and its date. */
  fitted(p: {
    law: Law;
    fitted: readonly string[];
    runs: number;
    mape: string;
    maxError: string;
    samples: number;
    created?: string;
  }): string;
  /** A set file without a fit record (written by hand). */
  unfitted(p: { created?: string }): string;
  /** A file in the folder that does not read as a set; `reason` names the field. */
  unreadable(reason: string): string;
  /** Files left out of a long list. */
  more(count: number): string;
  /** How to add a set of one's own; `folder` false: the folder is not set. */
  footer(p: { folder: boolean }): string;
  /** A decision under a set with samples: "Distil wins in 87% of 200 plausible laws." */
  plausible(p: { share: number; samples: number }): string;
}
