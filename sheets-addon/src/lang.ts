/**
 * The language a sheet's errors and words are in, decided once per call at the door: the function's own `lang`
 * argument where it has one (PILOT_PLAN), else the spreadsheet's locale (File › Settings; ja_JP → Japanese), else
 * English. Custom functions may read the spreadsheet (get methods only); the locale is read lazily, once per call,
 * so a column of numbers that never words anything never asks for it.
 */
import { languageOfLocale } from '../../core/index.js';
import type { Lang } from '../../messages/index.js';

/** A call's language, read at most once. */
export type LangAtDoor = () => Lang;

export function sheetLang(): LangAtDoor {
  let lang: Lang | undefined;
  return () => {
    lang ??= spreadsheetLang();
    return lang;
  };
}

/** A language already decided (the function's lang argument, the sidebar's browser language). */
export function fixedLang(lang: Lang): LangAtDoor {
  return () => lang;
}

/** As much of Apps Script's spreadsheet service as the language needs; absent outside Sheets. */
interface SpreadsheetService {
  getActiveSpreadsheet(): { getSpreadsheetLocale(): string } | null;
}

function spreadsheetLang(): Lang {
  try {
    const service = (globalThis as { SpreadsheetApp?: SpreadsheetService }).SpreadsheetApp;
    return languageOfLocale(service?.getActiveSpreadsheet()?.getSpreadsheetLocale() ?? '');
  } catch {
    // Outside a spreadsheet (a test, the template tool) or without access: English.
    return 'en';
  }
}
