/**
 * The Apps Script declarations appended to the bundle, generated from the
 * registry: per function a JSDoc block (Sheets reads @param, @return and
 * @customfunction for its autocomplete and help) and a top-level
 * `function NAME(a, b) { return __addon.NAME(a, b); }`.
 */
import type { FunctionSpec } from './registry.js';
import type { EntryPoint } from './ui/entryPoints.js';

export const GLOBAL_NAME = '__addon';

const TYPE = '{number|string|Array<Array<number|string>>}';

function jsdoc(spec: FunctionSpec): string {
  const lines = [
    spec.description,
    '',
    `Example: ${spec.example}`,
    '',
    ...spec.params.map(
      (param) => `@param ${TYPE} ${param.name} ${param.optional ? '(optional) ' : ''}${param.description}`,
    ),
    `@return ${spec.returns}`,
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
