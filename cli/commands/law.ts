/** `distilplan law supervised|distil`: one evaluation of the paper's laws. */
import type { Command } from 'commander';
import {
  coefficientSet,
  distilledBand,
  distilledLoss,
  extrapolationWarnings,
  type LawBand,
  supervisedBand,
  supervisedLoss,
} from '../../core/index.js';
import { CLI_WORDS } from '../../messages/index.js';
import type { CliContext } from '../context.js';
import { type CommonFlags, count, paramsCount, tokensCount, withCommonFlags } from '../flags.js';
import { printResult, section } from '../output.js';
import { warningNotes, warningsWithMessages } from '../plan-text.js';
import { presetFrom } from '../preset.js';

export function register(program: Command, context: CliContext): void {
  const { lang } = context;
  const words = CLI_WORDS[lang];
  const help = words.help;
  const law = program.command('law').description(help.commands.law);
  withCommonFlags(law.command('supervised').description(help.commands.lawSupervised), lang)
    .requiredOption('--params <N>', help.options.params)
    .requiredOption('--tokens <D>', help.options.tokens)
    .action((flags: CommonFlags & { params: string; tokens: string }) => {
      const params = paramsCount('params', flags.params);
      const tokens = tokensCount('tokens', flags.tokens);
      const set = coefficientSet(presetFrom(flags.preset));
      const loss = supervisedLoss(params, tokens, set);
      const band = supervisedBand(set, params, tokens);
      const warnings = extrapolationWarnings({ supervisedParams: params, supervisedTokens: tokens });
      printResult(
        section(words.law.supervisedTitle, words.law.rows({ params, tokens, loss, interval: intervalOf(band) }), [
          words.lawCoefficientsNote({ id: set.id, citation: set.citation, note: set.note, distil: false }),
          ...warningNotes(warnings, lang),
        ]),
        {
          loss,
          interval: band.interval,
          uncertainty: band,
          params,
          tokens,
          coefficients: set.id,
          warnings: warningsWithMessages(warnings, lang),
        },
        flags,
      );
    });
  withCommonFlags(law.command('distil').description(help.commands.lawDistil), lang)
    .requiredOption('--student-params <N>', help.options.studentParams)
    .requiredOption('--tokens <D>', help.options.distilTokens)
    .requiredOption('--teacher-loss <L>', help.options.lawTeacherLoss)
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
          words.law.distilTitle,
          words.law.rows({
            params: studentParams,
            tokens,
            loss: result.loss,
            interval: intervalOf(band),
            teacherLoss,
            supervisedLoss: result.supervisedLoss,
          }),
          [
            words.lawCoefficientsNote({ id: set.id, citation: set.citation, note: set.note, distil: true }),
            ...warningNotes(warnings, lang),
          ],
        ),
        {
          ...result,
          interval: band.interval,
          uncertainty: band,
          studentParams,
          tokens,
          teacherLoss,
          coefficients: set.id,
          warnings: warningsWithMessages(warnings, lang),
        },
        flags,
      );
    });
}

/** The band's 90% interval and what it rests on, for messages/ to word. */
function intervalOf(band: LawBand) {
  const [low, high] = band.interval;
  return { low, high, samples: band.samples, basis: band.source.basis };
}
