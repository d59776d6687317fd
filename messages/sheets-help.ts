/**
 * The Sheets custom functions' help (their @customfunction JSDoc), one catalogue per language. Read by the build
 * (sheets-addon/src/footer.ts), not by the add-on at run time, so the bundle's code does not carry it twice.
 */
import type { Lang } from './catalogue.js';
import { SHEETS_HELP_EN } from './sheets-help-en.js';
import { SHEETS_HELP_JA } from './sheets-help-ja.js';
import type { SheetsHelp } from './sheets-help-words.js';

export type { FunctionHelp, SheetsFunctionName, SheetsHelp } from './sheets-help-words.js';

export const SHEETS_HELP: Readonly<Record<Lang, SheetsHelp>> = { en: SHEETS_HELP_EN, ja: SHEETS_HELP_JA };
