/** The default set's B′ refit on the Figure-1 measurements, as a set file's fit record (shared by the script and its test). */
import { readFileSync } from 'node:fs';
import { coefficientSet, type DistillationRun, fitWithBootstrap, type SetFit } from '../core/index.js';

export function figure1Runs(): DistillationRun[] {
  const text = readFileSync(new URL('../data/fig1/fig1_measured.csv', import.meta.url), 'utf8');
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [studentParams, studentTokens, teacherLoss, studentLoss] = line.split(',').map(Number) as [
        number,
        number,
        number,
        number,
      ];
      return { studentParams, studentTokens, teacherLoss, studentLoss };
    });
}

export function figure1Fit(): SetFit {
  const fit = fitWithBootstrap({ law: 'distillation', runs: figure1Runs() }, coefficientSet('busbridge2025'), {
    fixed: ["A'", "alpha'", "beta'", "gamma'", 'c0', 'c1', 'f1', 'd1'],
    resamples: 200,
    seed: 1,
  });
  return {
    law: 'distillation',
    base: 'busbridge2025',
    fitted: fit.fitted,
    fixed: fit.fixed,
    // No ranges: the evidence policy keeps the paper's own fitted ranges (PAPER.md §7) for the default set.
    runs: { count: fit.predictions.length, ranges: {} },
    quality: { mape: fit.mape, maxError: fit.maxError, objective: fit.objective },
    intervals: fit.intervals,
    bootstrap: { resamples: fit.resamples, seed: fit.seed, samples: fit.samples },
    unidentified: fit.unidentified,
  };
}
