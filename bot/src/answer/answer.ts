/**
 * The whole answer to a /distil command, as one Slack message: parse, compute,
 * build the blocks, add the share button. Synchronous and pure apart from the
 * clock-free core, so the same text always gives the same message — which is
 * what lets the "Post to channel" button recompute it from the text alone.
 */
import { type IsoDate, isDeadlineDate, isInputError, type QuestionReading, ymdOf } from '../../../core/index.js';
import { CATALOGUES } from '../../../messages/index.js';
import { buildResult } from '../blocks/build.js';
import { errorBlocks } from '../blocks/error.js';
import { type Block, context, escapeMrkdwn, LIMITS, type Message } from '../blocks/kit.js';
import { detectLang, type Lang, parseRequest } from '../command/parse.js';
import { suggestFixes } from '../command/suggest.js';
import { typedNames } from '../command/typed-names.js';
import { normaliseText } from '../command/words.js';
import { POST_TO_CHANNEL_ACTION } from '../ids.js';
import { misspeltSubcommand, modelsBlocks, questionBackBlocks, readBackBlocks, readText } from '../question/read.js';
import { compute, type Result, type Workspace } from '../results/compute.js';

export interface AnswerOptions {
  /** Posted in the channel by this user (from the button): no button, a "shared by" line. */
  sharedBy?: string;
  /** What the workspace set (DISTILPLAN_RATES), read once at start-up. */
  workspace?: Workspace;
  /**
   * The request's date (YYYY-MM-DD, bot/src/answer/today.ts): a deadline said as a date counts its days from it.
   * Without it a date is no deadline form (the answer says which forms are).
   */
  today?: IsoDate;
}

/**
 * What the button carries: the command text, from which the answer is recomputed, and the date it was asked on,
 * so a date deadline posted later still counts the days the person was shown.
 */
export interface ShareValue {
  text: string;
  today?: IsoDate;
}

/**
 * Answers `text` (what followed /distil). Bad input gives an ephemeral
 * message naming the problem with a corrected example; any other error is
 * thrown for the caller to log and apologise for.
 */
export function answer(text: string, options: AnswerOptions = {}): Message {
  return answerWithResult(text, options).message;
}

export interface Answered {
  message: Message;
  /** When the text was understood, the result the answer was built from (a chart draws from it). */
  result?: Result;
  /** The question as core's reader read it (the form remembers its values). */
  reading: QuestionReading;
  /** The language the text asks for (lang=, or Japanese script; English otherwise). */
  lang: Lang;
}

/** The answer, with the reading and language it was decided from, read once. */
export function answerWithResult(text: string, options: AnswerOptions = {}): Answered {
  const { reading, command } = readText(text, options.today);
  const lang = detectLang(text);
  return { ...answerOf(text, command, reading, lang, options), reading, lang };
}

function answerOf(
  text: string,
  command: string,
  reading: QuestionReading,
  lang: Lang,
  options: AnswerOptions,
): { message: Message; result?: Result } {
  // Words the reader could not place: a question back that keeps every value it did read.
  if (reading.unread.length > 0 && !misspeltSubcommand(text, reading))
    return { message: { response_type: 'ephemeral', ...questionBackBlocks(reading, lang) } };
  if (reading.intent === 'models') return { message: { response_type: 'ephemeral', ...modelsBlocks(lang) } };
  try {
    const result = compute(parseRequest(command, options.today), options.workspace);
    const built = buildResult(result);
    const answered = withReadBack(built.blocks, readBackBlocks(reading, result.lang), 1);
    if (options.sharedBy !== undefined) {
      const blocks = [...answered, sharedByLine(result.lang, options.sharedBy)];
      return { message: { response_type: 'in_channel', text: escapeMrkdwn(built.text), blocks }, result };
    }
    // The date travels with the button only when the question counts days from it (a date deadline).
    const dated = reading.values.some((value) => value.key === 'deadline' && isDeadlineDate(value.typed));
    const blocks = [...answered, ...shareButton(text, result.lang, dated ? options.today : undefined)];
    return { message: { response_type: 'ephemeral', text: escapeMrkdwn(built.text), blocks }, result };
  } catch (error) {
    if (!isInputError(error)) throw error;
    const check = (candidate: string) => void compute(parseRequest(candidate, options.today), options.workspace);
    const built = errorBlocks(error, lang, suggestFixes(command, error, check), typedNames(command));
    return {
      message: {
        response_type: 'ephemeral',
        ...built,
        blocks: withReadBack(built.blocks, readBackBlocks(reading, lang), 2),
      },
    };
  }
}

/**
 * The question as read goes on the first screen: right under an answer's headline (its first section), or
 * under an error's first two sections (what is wrong, the command to send).
 */
function withReadBack(blocks: readonly Block[], readBack: readonly Block[], sections = 1): Block[] {
  let at = blocks[0]?.type === 'header' ? 1 : 0;
  let seen = 0;
  blocks.forEach((block, index) => {
    if (block.type === 'section' && seen < sections) {
      seen++;
      at = index + 1;
    }
  });
  return [...blocks.slice(0, at), ...readBack, ...blocks.slice(at)];
}

function shareButton(text: string, lang: Lang, today: IsoDate | undefined): Block[] {
  const value = JSON.stringify({ text: normaliseText(text), ...(today ? { today } : {}) } satisfies ShareValue);
  if (value.length > LIMITS.buttonValue) {
    return [context([CATALOGUES[lang].answer.shareTooLong])];
  }
  return [
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: POST_TO_CHANNEL_ACTION,
          text: { type: 'plain_text', text: CATALOGUES[lang].answer.shareButton, emoji: true },
          value,
        },
      ],
    },
  ];
}

function sharedByLine(lang: Lang, userId: string): Block {
  // Only a well-formed user id becomes a mention; anything else is left out rather than echoed.
  const who = /^[UW][A-Z0-9]{2,}$/.test(userId) ? `<@${userId}>` : '';
  return context([CATALOGUES[lang].answer.sharedBy(who)]);
}

export function parseShareValue(value: string | undefined): ShareValue | undefined {
  if (value === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed === 'object' && parsed !== null && typeof (parsed as ShareValue).text === 'string') {
      // The date it was asked on, only when it is one (a forged value cannot bring anything else in).
      const today = Object.hasOwn(parsed, 'today') ? (parsed as ShareValue).today : undefined;
      return { text: (parsed as ShareValue).text, ...(typeof today === 'string' && ymdOf(today) ? { today } : {}) };
    }
  } catch {
    // not ours
  }
  return undefined;
}
