/**
 * The Sheets custom functions' help (the @customfunction JSDoc the build writes above each function): per language,
 * each function's description, what it returns, and each argument's help, keyed by the names in
 * sheets-addon/src/registry.ts. Apps Script shows one help text per function whatever the sheet's language, so the
 * build writes both languages into it (sheets-addon/src/footer.ts). SHEETS_HELP (sheets-help.ts) holds one per language.
 */
/** The custom functions, as the registry names them (a public contract: sheets in the wild call them). */
export type SheetsFunctionName =
  | 'DISTIL_LOSS'
  | 'SUPERVISED_LOSS'
  | 'FORWARD_FLOPS'
  | 'TRAINING_FLOPS'
  | 'OPTIMAL_SUPERVISED'
  | 'OPTIMAL_DISTIL'
  | 'DISTIL_OR_TRAIN'
  | 'DISTIL_NOTES'
  | 'FLIP_COMPUTE'
  | 'GPU_HOURS'
  | 'TRAINING_COST'
  | 'BUDGET_FLOPS'
  | 'GPU_PRICE'
  | 'FIT_SUPERVISED'
  | 'FIT_DISTIL'
  | 'COST_SCENARIOS'
  | 'PILOT_PLAN';

export interface FunctionHelp {
  /** What the function answers, one sentence or two. */
  readonly description: string;
  /** What fills the cell or spills from it. */
  readonly returns: string;
  /** Each argument's help by its name in the registry: what it is, with units and accepted forms. */
  readonly params: Readonly<Record<string, string>>;
}

export interface SheetsHelp {
  /** Before an optional argument's help. */
  readonly optional: string;
  /** Before a formula a person can paste. */
  readonly example: string;
  readonly functions: Readonly<Record<SheetsFunctionName, FunctionHelp>>;
}
