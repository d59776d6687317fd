/**
 * What travels with one CLI request from the door (main.ts) to the command that answers it: the language,
 * decided once from --lang or the terminal's locale, and whether the answer opens with its own read-back.
 */
import type { IsoDate } from '../core/index.js';
import type { Lang } from '../messages/index.js';

export interface CliContext {
  lang: Lang;
  /** --lang was typed: `ask` lets it win over the language its question is written in. */
  langGiven: boolean;
  /** False when `ask` runs the command: its own read-back (in the person's words) opens the answer instead. */
  readBack: boolean;
  /** Today's date (cli/today.ts), for a deadline said as a date; without it a date is no deadline form. */
  today?: IsoDate;
}
