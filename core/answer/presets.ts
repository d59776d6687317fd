/**
 * The presets answer as data: every coefficient set preset= takes (the shipped ones, then a folder's files), each
 * with what it is (a shipped id), its fit record (law, fitted coefficients, runs, errors as shares, bootstrap
 * samples) and date, or the problem that keeps a file from being used. messages/ words it (wordPresets).
 */
import { COEFFICIENT_SET_IDS, type ShippedSetId } from '../coefficients.js';
import type { InputError } from '../errors.js';
import type { Law } from '../fit/models.js';
import type { FittedSet } from '../fit/setfile.js';

export interface PresetFigure {
  name: string;
  /** A shipped set's id (messages/ says what it is); null for a file of one's own. */
  shipped: ShippedSetId | null;
  /** The set's fit record: what was fitted to how many runs, how well (shares), and its bootstrap samples. */
  fit: { law: Law; fitted: readonly string[]; runs: number; mape: number; maxError: number; samples: number } | null;
  created: string | null;
  /** Why the file cannot be used (naming the file and its field); null when it can. */
  problem: InputError | null;
}

export interface PresetsDescription {
  kind: 'presets';
  entries: PresetFigure[];
  /** Whether a folder of one's own sets is configured. */
  folder: boolean;
  /** Files beyond the listed ones. */
  more: number;
}

export interface PresetRead {
  name: string;
  read: { set: FittedSet } | { error: InputError };
}

export function describePresets(list: {
  entries: readonly PresetRead[];
  folder: boolean;
  more: number;
}): PresetsDescription {
  return { kind: 'presets', entries: list.entries.map(presetFigure), folder: list.folder, more: list.more };
}

function presetFigure({ name, read }: PresetRead): PresetFigure {
  const shipped = (COEFFICIENT_SET_IDS as readonly string[]).includes(name) ? (name as ShippedSetId) : null;
  if ('error' in read) return { name, shipped, fit: null, created: null, problem: read.error };
  const { fit, created } = read.set;
  return {
    name,
    shipped,
    fit: fit
      ? {
          law: fit.law,
          fitted: fit.fitted,
          runs: fit.runs.count,
          mape: fit.quality.mape,
          maxError: fit.quality.maxError,
          samples: fit.bootstrap.samples.length,
        }
      : null,
    created: created ?? null,
    problem: null,
  };
}
