/**
 * The fit answer as data: a law fitted to a team's own runs (core/fit, Busbridge et al. 2025's laws), each
 * coefficient with its 90% bootstrap interval or the base set it was held at, the fit's quality, the bootstrap's
 * resamples and seed, the file written, and the warning when some fitted coefficients are not pinned down by the
 * runs. messages/ words it (wordFit); the CLI lays it out, and its --json carries the same warnings.
 */
import type { BootstrapFit } from '../fit/bootstrap.js';
import type { CoefficientName, Law } from '../fit/models.js';
import type { Warning } from '../validity.js';

export interface FittedCoefficient {
  name: CoefficientName;
  value: number;
  /** Held at the base set's value (--fix), not fitted. */
  held: boolean;
  /** The 90% bootstrap interval of a fitted coefficient; null without a bootstrap or when held. */
  interval: [number, number] | null;
}

export interface FitDescription {
  kind: 'fit';
  law: Law;
  /** The runs' file as the person named it. */
  runs: string;
  /** The set the held coefficients come from. */
  base: string;
  coefficients: FittedCoefficient[];
  quality: { runs: number; mape: number; maxError: number; objective: number };
  bootstrap: { resamples: number; seed: number };
  /** The set file written, if any. */
  written: string | null;
  warnings: Warning[];
}

export function describeFit(
  fit: BootstrapFit,
  asked: { runs: string; base: string; written?: string },
): FitDescription {
  const names = Object.keys(fit.coefficients) as CoefficientName[];
  return {
    kind: 'fit',
    law: fit.law,
    runs: asked.runs,
    base: asked.base,
    coefficients: names.map((name) => {
      const held = fit.fixed.includes(name);
      return { name, value: fit.coefficients[name]!, held, interval: held ? null : (fit.intervals[name] ?? null) };
    }),
    quality: { runs: fit.predictions.length, mape: fit.mape, maxError: fit.maxError, objective: fit.objective },
    bootstrap: { resamples: fit.resamples, seed: fit.seed },
    written: asked.written ?? null,
    warnings: fitWarnings(fit),
  };
}

/** The unidentified coefficients as a warning, with the --fix value that holds them (the law's own names). */
export function fitWarnings(fit: BootstrapFit): Warning[] {
  if (fit.unidentified.length === 0) return [];
  return [{ code: 'unidentified-coefficients', names: fit.unidentified, fix: fit.unidentified.join(',') }];
}
