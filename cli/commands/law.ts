/** `distilplan law supervised|distil`: one evaluation of the paper's laws. */
import type { Command } from 'commander';
import {
  coefficientSet,
  distilledBand,
  distilledLoss,
  extrapolationWarnings,
  formatCount,
  formatLoss,
  type LawBand,
  supervisedBand,
  supervisedLoss,
} from '../../core/index.js';
import { CATALOGUES } from '../../messages/index.js';
import { type CommonFlags, count, paramsCount, tokensCount, withCommonFlags } from '../flags.js';
import { printResult, section } from '../output.js';
import { warningNotes, warningsWithMessages } from '../plan-text.js';
import { presetFrom } from '../preset.js';

export function register(program: Command): void {
  const law = program.command('law').description('evaluate a scaling law (Busbridge et al. 2025, Eq. 1 and Eq. 8)');
  withCommonFlags(law.command('supervised').description('loss of a model trained directly: L(N, D)'))
    .requiredOption('--params <N>', 'non-embedding parameters, e.g. 1.5B')
    .requiredOption('--tokens <D>', 'training tokens, e.g. 20B')
    .action((flags: CommonFlags & { params: string; tokens: string }) => {
      const params = paramsCount('params', flags.params);
      const tokens = tokensCount('tokens', flags.tokens);
      const set = coefficientSet(presetFrom(flags.preset));
      const loss = supervisedLoss(params, tokens, set);
      const band = supervisedBand(set, params, tokens);
      const warnings = extrapolationWarnings({ supervisedParams: params, supervisedTokens: tokens });
      printResult(
        section(
          'Supervised loss L(N, D)',
          [
            ['params', formatCount(params)],
            ['tokens', formatCount(tokens)],
            ['loss', `${formatLoss(loss)} nats/token`],
            ['90% interval', bandText(band)],
          ],
          [`coefficients: ${set.id} (${set.citation})`, ...warningNotes(warnings)],
        ),
        {
          loss,
          interval: band.interval,
          uncertainty: band,
          params,
          tokens,
          coefficients: set.id,
          warnings: warningsWithMessages(warnings),
        },
        flags,
      );
    });
  withCommonFlags(law.command('distil').description('loss of a distilled student: L_S(N_S, D_S, L_T)'))
    .requiredOption('--student-params <N>', 'student non-embedding parameters, e.g. 1B')
    .requiredOption('--tokens <D>', 'distillation tokens, e.g. 20B')
    .requiredOption('--teacher-loss <L>', "teacher's cross-entropy in nats/token, e.g. 1.9")
    .action((flags: CommonFlags & { studentParams: string; tokens: string; teacherLoss: string }) => {
      const studentParams = paramsCount('studentParams', flags.studentParams);
      const tokens = tokensCount('tokens', flags.tokens);
      const teacherLoss = count('teacherLoss', flags.teacherLoss);
      const set = coefficientSet(presetFrom(flags.preset));
      const result = distilledLoss(studentParams, tokens, teacherLoss, set);
      const band = distilledBand(set, studentParams, tokens, teacherLoss);
      const warnings = extrapolationWarnings({
        studentParams,
        studentTokens: tokens,
        teacherLoss,
        studentLoss: result.loss,
      });
      printResult(
        section(
          'Distilled student loss L_S(N_S, D_S, L_T)',
          [
            ['student params', formatCount(studentParams)],
            ['tokens', formatCount(tokens)],
            ['teacher loss', `${formatLoss(teacherLoss)} nats/token`],
            ['student loss', `${formatLoss(result.loss)} nats/token`],
            ['90% interval', bandText(band)],
            ['trained directly', `${formatLoss(result.supervisedLoss)} nats/token (same student, same tokens)`],
          ],
          [`coefficients: ${set.id}: ${set.note}`, ...warningNotes(warnings)],
        ),
        {
          ...result,
          interval: band.interval,
          uncertainty: band,
          studentParams,
          tokens,
          teacherLoss,
          coefficients: set.id,
          warnings: warningsWithMessages(warnings),
        },
        flags,
      );
    });
}

/** "2.3101–2.3405 nats/token over 200 plausible laws (bootstrap, figure-1-residuals)". */
function bandText(band: LawBand): string {
  const [low, high] = band.interval;
  return CATALOGUES.en.phrases.lawInterval({
    low: formatLoss(low),
    high: formatLoss(high),
    samples: band.samples,
    basis: band.source.basis,
  });
}
