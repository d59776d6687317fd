/** The words of distilplan: one catalogue per language, per-face field names, and the renderers. Pure, bundled into Apps Script too. */
export * from './answer.js';
export * from './catalogue.js';
export { chartWords } from './chart.js';
export * from './cli.js';
export * from './corrections.js';
export { profilePriceText } from './costs.js';
export { EN } from './en.js';
export { CLI_FLAGS, namesFor, SHEETS_ARGS, SLACK_KEYS } from './faces.js';
export * from './form.js';
export { type Format, formatFor } from './format.js';
export * from './headline.js';
export { JA } from './ja.js';
export { hardwareLine, peakText, priceLine, rateLine } from './lines.js';
export { formatMoney, formatPriceFigure, type MoneyFormat } from './money.js';
export {
  countJa,
  formatCostBand,
  formatGpuHours,
  formatMfuBand,
  formatPricePerGpuHour,
  formatShare,
  type PercentPrecision,
  percent,
  powerOfTen,
  significant,
} from './numbers.js';
export { PILOT_WORDS, type PilotWords } from './pilot.js';
export type { PresetWords } from './presets.js';
export * from './question.js';
export * from './render.js';
export { type ServingWords, servingWords } from './serving.js';
export { SHEET_WORDS, type SheetWords } from './sheet.js';
export { SHEETS_WORDS, type SheetsWords } from './sheets.js';
export type { AnswerKind, WordedAnswer, WordedFigure, WordedItem } from './worded/answer.js';
export { wordCompare } from './worded/compare.js';
export { wordCostAnswer } from './worded/cost.js';
export { wordDecide } from './worded/decide.js';
export { wordFit } from './worded/fit.js';
export * from './worded/parts.js';
export { wordPilot } from './worded/pilot.js';
export { wordPlan } from './worded/plan.js';
export { wordPresets } from './worded/presets.js';
export { SCENARIOS_SHORT_ROWS, wordScenarios } from './worded/scenarios.js';
export type { WordedLine, WordedRow, WordedSection, WordedTable } from './worded/table.js';
