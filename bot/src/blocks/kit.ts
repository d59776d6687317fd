/**
 * Small pure Block Kit constructors that keep every piece inside Slack's
 * limits (header 150 characters, text 3,000, field 2,000, 10 fields per
 * section, 10 context elements), so no builder can produce a message Slack
 * would refuse.
 */
import type { types } from '@slack/bolt';

export type Block = types.KnownBlock;

export interface Message {
  response_type: 'ephemeral' | 'in_channel';
  /** One line: what a phone notification and a screen reader show. */
  text: string;
  blocks: Block[];
}

/** A builder's output: the one-line text and the blocks (the share button is added by the caller). */
export interface Built {
  text: string;
  blocks: Block[];
}

export const LIMITS = {
  blocks: 50,
  header: 150,
  text: 3000,
  field: 2000,
  fields: 10,
  contextElements: 10,
  buttonValue: 2000,
  summary: 3000,
} as const;

export function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/** mrkdwn treats &, < and > as markup: escape anything the user typed. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function header(text: string): Block {
  return { type: 'header', text: { type: 'plain_text', text: clip(text, LIMITS.header), emoji: true } };
}

export function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: clip(text, LIMITS.text) } };
}

export type Field = readonly [label: string, value: string];

/** Label in bold over its value, two columns on desktop, stacked on a phone. */
export function fields(pairs: readonly Field[], text?: string): Block {
  const shown = pairs
    .slice(0, LIMITS.fields)
    .map(([label, value]) => ({ type: 'mrkdwn' as const, text: clip(`*${label}*\n${value}`, LIMITS.field) }));
  return text === undefined
    ? { type: 'section', fields: shown }
    : { type: 'section', text: { type: 'mrkdwn', text: clip(text, LIMITS.text) }, fields: shown };
}

/** Small grey lines; beyond 10 the rest are joined into the last element. */
export function context(lines: readonly string[]): Block {
  const kept =
    lines.length <= LIMITS.contextElements
      ? lines
      : [...lines.slice(0, LIMITS.contextElements - 1), lines.slice(LIMITS.contextElements - 1).join(' · ')];
  return {
    type: 'context',
    elements: kept.map((line) => ({ type: 'mrkdwn' as const, text: clip(line, LIMITS.text) })),
  };
}

export function divider(): Block {
  return { type: 'divider' };
}
