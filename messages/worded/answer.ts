/**
 * An answer in words, part by part, for a face to lay out: the question as read, the call (short and with its
 * meaning), the headline lines, the money-and-time sentence, the warnings that change the decision, the figures as
 * labelled values, serving, the other warnings and the notes. A face receives only this: it places the parts
 * (Slack's header, sections, fields and context; the CLI's aligned rows; the sidebar's table) and words nothing.
 */
import type { Lang } from '../catalogue.js';
import type { WordedSection, WordedTable } from './table.js';

export type AnswerKind = 'decide' | 'cost' | 'plan' | 'compare' | 'scenarios' | 'pilot' | 'presets' | 'fit';

/** One labelled value: `code` names the part (stable across languages), `label` and `value` are worded. */
export interface WordedFigure {
  code: string;
  label: string;
  value: string;
}

export interface WordedAnswer {
  kind: AnswerKind;
  lang: Lang;
  /** How the question was read ('' when the face states it elsewhere). */
  question: string;
  /** The call, short, with the evidence meter: a header. */
  title: string;
  /** The call with what it means: the first line of a text answer. */
  callLine: string;
  /** The headline's sentences: plausible laws, outside the evidence why and where, the compute ratio. */
  headline: string[];
  /** The law's bare verdict when the call is not it ('' otherwise). */
  lawSays: string;
  /** The money-and-time sentence ('' when there is none). */
  money: string;
  /** Warnings that change what to do: beside the call. */
  decisive: string[];
  /** Both losses and the margin in one line. */
  summary: string;
  figures: WordedFigure[];
  /** Rows of figures, for an answer that is a table (scenarios); absent otherwise. */
  table?: WordedTable;
  /** Parts with their own heading, after the table (a pilot's worth, stages and next commands); absent otherwise. */
  sections?: WordedSection[];
  /** Training + serving, when asked: its sentence and its basis. */
  serving: string[];
  /** The other warnings: the small print. */
  warnings: string[];
  /** The law, hardware, price, rate and what the money covers. */
  notes: string[];
  /** Answers about several things side by side (compare's students): each one's own parts, in order. */
  items?: WordedItem[];
}

/** One of several things an answer sets side by side (a compared student), worded part by part. */
export interface WordedItem {
  /** Its name as the person gave it (a size as typed, a label). */
  name: string;
  /** What it is: size, budget as typed, teacher, GPU. */
  title: string;
  /** Its outcome on one line: the call, both losses, FLOPs, money. */
  outcome: string;
  figures: WordedFigure[];
  /** Its days on its GPUs (with a deadline), hardware, price, rate and what the money covers. */
  notes: string[];
  warnings: string[];
}
