/** The notes under a plan or decision (coefficient set, FLOP counting, warnings) and the warnings in JSON. */
import { COEFFICIENT_SETS, type Warning } from '../core/index.js';
import { CLI_WORDS, type Lang, renderWarning } from '../messages/index.js';

export function assumptionNotes(
  coefficients: string,
  flopCounting: string,
  lang: Lang,
  warnings: readonly Warning[] = [],
): string[] {
  const words = CLI_WORDS[lang];
  const shipped = COEFFICIENT_SETS.find((set) => set.id === coefficients);
  return [
    words.coefficientsNote({ id: coefficients, ...(shipped ? { shippedNote: shipped.note } : {}) }),
    words.countingNote(flopCounting),
    ...warningNotes(warnings, lang),
  ];
}

/** Each warning as a note under a table: "warning: …", "注意: …". */
export function warningNotes(warnings: readonly Warning[], lang: Lang): string[] {
  return warnings.map((warning) => CLI_WORDS[lang].warningNote(renderWarning(warning, lang)));
}

/**
 * JSON keeps each warning's data (its \`code\` and parameters: the contract a script reads) and adds its sentence as
 * \`message\`, in the language of the answer, so a person reading the JSON in Japanese reads Japanese. English is the
 * default, so English JSON is what it always was.
 */
export function warningsWithMessages<W extends Warning>(
  warnings: readonly W[],
  lang: Lang,
): (W & { message: string })[] {
  return warnings.map((warning) => ({ ...warning, message: renderWarning(warning, lang) }));
}

/** The same for a result that carries its warnings. */
export function withWarningMessages<T extends { warnings: readonly Warning[] }>(result: T, lang: Lang): T {
  return { ...result, warnings: warningsWithMessages(result.warnings, lang) };
}
