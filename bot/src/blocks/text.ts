/**
 * Blocks → plain text, for local mode's terminal prompt: the same message a
 * Slack user would see, read top to bottom. Pure.
 */
import type { Block } from './kit.js';

const EMOJI: Record<string, string> = { ':warning:': '⚠', ':construction:': '!' };

/** mrkdwn → plain: no *bold* or `code` marks, Slack escapes undone, a few emoji as symbols. */
export function plain(mrkdwn: string): string {
  return mrkdwn
    .replace(/:[a-z_]+:/g, (code) => EMOJI[code] ?? code)
    .replace(/\*([^*\n]+)\*/g, '$1')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/<@([A-Z0-9]+)>/g, '@$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line) => by + line)
    .join('\n');
}

function fieldText(text: string): string {
  const [label = '', ...value] = plain(text).split('\n');
  return `  ${label}: ${value.join('\n    ')}`;
}

export function renderText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'header':
        out.push(block.text.text.toUpperCase(), '='.repeat(Math.min(60, block.text.text.length)));
        break;
      case 'section':
        if (block.text) out.push(plain(block.text.text));
        for (const field of block.fields ?? []) out.push(fieldText(field.text));
        break;
      case 'context':
        for (const element of block.elements) if ('text' in element) out.push(indent(plain(element.text), '  · '));
        break;
      case 'divider':
        out.push('-'.repeat(40));
        break;
      case 'actions':
        out.push(
          block.elements
            .map((element) => ('text' in element && element.text ? `[${element.text.text}]` : ''))
            .join(' '),
        );
        break;
      default:
        break;
    }
  }
  return out.join('\n');
}
