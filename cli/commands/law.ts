/** `distilplan law supervised|distil`: one evaluation of the paper's laws. */
import type { Command } from 'commander';
import { coefficientSet, distilledLoss, formatCount, formatLoss, supervisedLoss } from '../../core/index.js';
import { type CommonFlags, count, paramsCount, tokensCount, withCommonFlags } from '../flags.js';
import { printResult, section } from '../output.js';
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
      printResult(
        section(
          'Supervised loss L(N, D)',
          [
            ['params', formatCount(params)],
            ['tokens', formatCount(tokens)],
            ['loss', `${formatLoss(loss)} nats/token`],
          ],
          [`coefficients: ${set.id} (${set.citation})`],
        ),
        { loss, params, tokens, coefficients: set.id },
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
      printResult(
        section(
          'Distilled student loss L_S(N_S, D_S, L_T)',
          [
            ['student params', formatCount(studentParams)],
            ['tokens', formatCount(tokens)],
            ['teacher loss', `${formatLoss(teacherLoss)} nats/token`],
            ['student loss', `${formatLoss(result.loss)} nats/token`],
            ['trained directly', `${formatLoss(result.supervisedLoss)} nats/token (same student, same tokens)`],
          ],
          [`coefficients: ${set.id}: ${set.note}`],
        ),
        { ...result, studentParams, tokens, teacherLoss, coefficients: set.id },
        flags,
      );
    });
}
