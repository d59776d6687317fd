/**
 * /distil's text through core's question reader: the explicit command it
 * stands for (parsed by the command parser), the read-back line, the question
 * back for words it could not read, and the model catalogue.
 */
import { commandOf, type IsoDate, type QuestionReading, readQuestion } from '../../../core/index.js';
import { MODELS_HEADER, MODELS_TITLE, modelRows, questionBack, readBackLine } from '../../../messages/index.js';
import { type Block, type Built, context, escapeMrkdwn, header, section } from '../blocks/kit.js';
import { closest, SUBCOMMANDS } from '../command/keys.js';
import type { Lang } from '../command/request.js';
import { normaliseText } from '../command/words.js';

export interface Read {
  reading: QuestionReading;
  /** The explicit command for the parser; the text itself for help and presets (their own words). */
  command: string;
}

/** `today`: the request's date, for a deadline said as a date (by 2027-03-01, 3月末まで). */
export function readText(text: string, today?: IsoDate): Read {
  const reading = readQuestion(text, { today });
  // help, presets and a typed `pilot …` read their own words (pilot's share= and its parser's checks stay as
  // they are); a pilot asked in a sentence ("1B, $200k: plan the pilot runs") is the command it was read as.
  const own =
    reading.intent === 'help' ||
    reading.intent === 'presets' ||
    reading.subcommand?.toLowerCase() === 'pilot' ||
    misspeltSubcommand(text, reading);
  return { reading, command: own ? normaliseText(text) : commandOf(reading) };
}

/**
 * `decid student=1B …`: a first word a letter or two from a subcommand is that subcommand misspelt; the
 * parser answers "did you mean decide" rather than a question back about the word.
 */
export function misspeltSubcommand(text: string, reading: QuestionReading): boolean {
  const first = normaliseText(text).split(' ')[0]!.toLowerCase();
  return (
    reading.unread.length === 1 &&
    reading.unread[0]!.toLowerCase() === first &&
    closest(first, SUBCOMMANDS) !== undefined
  );
}

/** The read-back as the answer's first block, or nothing when nothing was read (help, presets). */
export function readBackBlocks(reading: QuestionReading, lang: Lang): Block[] {
  const line = readBackLine(reading, lang);
  return line === undefined ? [] : [context([`:mag: ${escapeMrkdwn(line)}`])];
}

/** Words that could not be read: named back with every value read and the command to send. */
export function questionBackBlocks(reading: QuestionReading, lang: Lang): Built {
  const back = questionBack(reading, lang, '/distil');
  const [unreadLine, understoodLine] = back.lines;
  return {
    text: escapeMrkdwn(back.full),
    blocks: [
      section(`:question: ${escapeMrkdwn(unreadLine)}\n${escapeMrkdwn(understoodLine)}`),
      section(`\`${escapeMrkdwn(back.command)}\``),
    ],
  };
}

/** `/distil models`: the catalogue of open models a teacher can be named by. */
export function modelsBlocks(lang: Lang): Built {
  const rows = modelRows(lang);
  const lines = rows.map(
    (row) =>
      `*${row.id}* — ${row.params} · ${row.tokens} · ${escapeMrkdwn(row.derivation)} · _${escapeMrkdwn(row.source)}_`,
  );
  // A section holds 3,000 characters: the rows go in groups.
  const groups: string[][] = [[]];
  for (const line of lines) {
    const current = groups[groups.length - 1]!;
    if ([...current, line].join('\n').length > 2800) groups.push([line]);
    else current.push(line);
  }
  return {
    text: MODELS_TITLE[lang],
    blocks: [
      header(MODELS_HEADER[lang]),
      context([MODELS_TITLE[lang]]),
      ...groups.map((group) => section(group.join('\n'))),
    ],
  };
}
