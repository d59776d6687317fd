/**
 * Real formulas against the shipped bundle: a HyperFormula plugin whose
 * functions forward their arguments, as Sheets would pass them (ranges as 2-D
 * arrays with "" for empty cells), to the custom functions of the Code.js
 * loaded in node:vm. HyperFormula predicts a formula's spill size before it
 * evaluates, so the size comes from the arguments' shapes and the registry's
 * column count — the same rule the add-on follows.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type ImplementedFunctions,
  SimpleRangeValue,
} from 'hyperformula';
import { type FunctionSpec, REGISTRY } from '../../sheets-addon/src/registry.js';
import type { GasBundle } from './gasBundle.js';

type Ast = { args: Ast[] };
// The plugin API's internal types (ProcedureAst, InterpreterState) are not exported: keep them opaque here.
type State = unknown;
type Sized = { arraySizeForAst(ast: Ast, state: State): ArraySize };
type Runner = {
  runFunction(args: Ast[], state: State, metadata: unknown, run: (...values: unknown[]) => unknown): unknown;
  metadata(name: string): unknown;
};

/** A HyperFormula cell as Sheets would give it to a custom function. */
function toSheetsValue(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(toSheetsValue));
  if (value === null || value === undefined || value === EmptyValue) return '';
  // Numbers with a format (currency, percent) are wrapped; Sheets passes the plain number.
  if (typeof value === 'object' && 'val' in value && typeof (value as { val: unknown }).val === 'number')
    return (value as { val: number }).val;
  return value;
}

function fromSheetsResult(result: unknown): unknown {
  if (Array.isArray(result)) return SimpleRangeValue.onlyValues(result as (number | string)[][]);
  return result;
}

function resultSize(spec: FunctionSpec, sizes: ArraySize[]): ArraySize {
  // Not isScalar(): HyperFormula counts every reference as "scalar" there, ranges included.
  const range = sizes.find((size) => size.width > 1 || size.height > 1);
  const width = spec.columns.length;
  if (!range) return width > 1 ? new ArraySize(width, 1) : ArraySize.scalar();
  return width > 1 ? new ArraySize(width, range.height * range.width) : new ArraySize(range.width, range.height);
}

export function registerGasFunctions(bundle: GasBundle, registry: readonly FunctionSpec[] = REGISTRY): void {
  class GasBridge extends FunctionPlugin {
    static implementedFunctions: ImplementedFunctions = {};
  }
  const prototype = GasBridge.prototype as unknown as Record<string, unknown>;
  const translations: Record<string, string> = {};
  for (const spec of registry) {
    GasBridge.implementedFunctions[spec.name] = {
      method: `call_${spec.name}`,
      sizeOfResultArrayMethod: `size_${spec.name}`,
      parameters: spec.params.map((param) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: param.optional ?? false,
      })),
      vectorizationForbidden: true,
    };
    prototype[`call_${spec.name}`] = function call(this: Runner, ast: Ast, state: State) {
      return this.runFunction(ast.args, state, this.metadata(spec.name), (...values: unknown[]) => {
        try {
          return fromSheetsResult(bundle.call(spec.name, ...values.map(toSheetsValue)));
        } catch (error) {
          // Sheets shows a thrown Error as #ERROR! with the message; HyperFormula's nearest is #VALUE!.
          return new CellError(ErrorType.VALUE, (error as Error).message);
        }
      });
    };
    prototype[`size_${spec.name}`] = function size(this: Sized, ast: Ast, state: State) {
      return resultSize(
        spec,
        ast.args.map((arg) => this.arraySizeForAst(arg, state)),
      );
    };
    translations[spec.name] = spec.name;
  }
  HyperFormula.registerFunctionPlugin(GasBridge, { enGB: translations });
}

/**
 * A sheet with the add-on's functions: spill on, no rounding of results. `named`: the layout's named ranges
 * (DISTILPLAN_RATE → B9). Sheets resolves a name to its cell; HyperFormula cannot size a spill whose arguments hold
 * a named expression when another spill reads it ("Unknown array"), so each name in a formula is replaced by its
 * absolute reference here, which is what Sheets reads through the name.
 */
export function buildSheet(rows: unknown[][], named: readonly { name: string; range: string }[] = []): HyperFormula {
  const resolved = rows.map((row) =>
    row.map((value) => (typeof value === 'string' && value.startsWith('=') ? withNamesResolved(value, named) : value)),
  );
  return HyperFormula.buildFromArray(resolved as never, { licenseKey: 'gpl-v3', smartRounding: false });
}

function withNamesResolved(formula: string, named: readonly { name: string; range: string }[]): string {
  let text = formula;
  for (const { name, range } of named)
    text = text.replace(new RegExp(`\\b${name}\\b`, 'g'), range.replace(/([A-Z]+)(\d+)/g, '$$$$$1$$$$$2'));
  return text;
}
