/**
 * The Apps Script declarations appended to the bundle, generated from the
 * registry: per function a JSDoc block (Sheets reads @param, @return and
 * @customfunction for its autocomplete and help) and a top-level
 * `function NAME(a, b) { return __addon.NAME(a, b); }`.
 */
import { type FunctionHelp, SHEETS_HELP } from '../../messages/sheets-help.js';
import type { FunctionSpec } from './registry.js';
import type { EntryPoint } from './ui/entryPoints.js';

export const GLOBAL_NAME = '__addon';

const TYPE = '{number|string|Array<Array<number|string>>}';

/**
 * One help text in both languages, English first: Apps Script shows the one JSDoc of a custom function to every
 * person whatever the sheet's language (its formula help box shows the description and each @param's text), so
 * both stand on one line with a slash between them, each readable alone.
 */
function bilingual(en: string, ja: string): string {
  return `${en} / ${ja}`;
}

function helpOf(spec: FunctionSpec): { en: FunctionHelp; ja: FunctionHelp } {
  const [en, ja] = [SHEETS_HELP.en.functions[spec.name], SHEETS_HELP.ja.functions[spec.name]];
  for (const param of spec.params)
    if (!Object.hasOwn(en.params, param.name) || !Object.hasOwn(ja.params, param.name))
      throw new Error(`messages/sheets-help-*.ts: no help for ${spec.name}'s argument ${param.name}`);
  return { en, ja };
}

function jsdoc(spec: FunctionSpec): string {
  const { en, ja } = helpOf(spec);
  const optional = bilingual(SHEETS_HELP.en.optional, SHEETS_HELP.ja.optional);
  const lines = [
    bilingual(en.description, ja.description),
    '',
    `${bilingual(SHEETS_HELP.en.example, SHEETS_HELP.ja.example)} ${spec.example}`,
    '',
    ...spec.params.map(
      (param) =>
        `@param ${TYPE} ${param.name} ${param.optional ? `${optional} ` : ''}${bilingual(en.params[param.name]!, ja.params[param.name]!)}`,
    ),
    `@return ${bilingual(en.returns, ja.returns)}`,
    '@customfunction',
  ];
  // "*/" inside a description would end the comment early.
  return ['/**', ...lines.map((line) => (line ? ` * ${line.replace(/\*\//g, '* /')}` : ' *')), ' */'].join('\n');
}

export function declaration(spec: FunctionSpec): string {
  const names = spec.params.map((param) => param.name).join(', ');
  return `${jsdoc(spec)}\nfunction ${spec.name}(${names}) {\n  return ${GLOBAL_NAME}.${spec.name}(${names});\n}\n`;
}

/** A menu, trigger or google.script.run target: top level, no @customfunction. */
export function entryDeclaration(entry: EntryPoint): string {
  const names = entry.params.join(', ');
  return `/** ${entry.description} */\nfunction ${entry.name}(${names}) {\n  return ${GLOBAL_NAME}.${entry.name}(${names});\n}\n`;
}

export function renderFooter(registry: readonly FunctionSpec[], entryPoints: readonly EntryPoint[] = []): string {
  const header = '// Custom functions: generated from sheets-addon/src/registry.ts by sheets-addon/build.mjs.\n';
  const entries = entryPoints.length
    ? `\n// Menu, install trigger and sidebar: generated from sheets-addon/src/ui/entryPoints.ts.\n\n${entryPoints.map(entryDeclaration).join('\n')}`
    : '';
  return `\n${header}\n${registry.map(declaration).join('\n')}${entries}`;
}
