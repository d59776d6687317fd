/**
 * Block Kit → an HTML page that looks like the message on a phone (about 390
 * px wide): header, mrkdwn sections, fields stacked one per row as Slack's
 * mobile app shows them, grey context lines, dividers and buttons. Only what
 * distilplan's answers use; pure, so a test can check it without a browser.
 * Parts are tagged with data-part (header, section, fields, context, divider,
 * actions) and the blocks before the first divider with data-headline, so the
 * picture script and its test can measure the first screen.
 */
import type { Block } from '../../bot/src/blocks/kit.js';

export const PHONE_WIDTH = 390;

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

const EMOJI: Readonly<Record<string, string>> = { ':warning:': '⚠️', ':construction:': '🚧' };

/** Slack mrkdwn (*bold*, `code`, newlines, &amp;-escapes, a few emoji) → HTML. */
export function mrkdwnToHtml(mrkdwn: string): string {
  const unescaped = mrkdwn.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return escapeHtml(unescaped)
    .replace(/:[a-z_]+:/g, (code) => EMOJI[code] ?? code)
    .replace(/`([^`\n]+)`/g, '<code>$1</code>')
    .replace(/\*([^*\n]+)\*/g, '<b>$1</b>')
    .replace(/\n/g, '<br>');
}

function blockHtml(block: Block, headline: boolean): string {
  const mark = headline ? ' data-headline' : '';
  switch (block.type) {
    case 'header':
      return `<h1 data-part="header"${mark}>${escapeHtml(block.text.text)}</h1>`;
    case 'section': {
      const text = block.text ? `<div class="text">${mrkdwnToHtml(block.text.text)}</div>` : '';
      const fields = (block.fields ?? []).map((field) => `<div class="field">${mrkdwnToHtml(field.text)}</div>`);
      const part = fields.length ? 'fields' : 'section';
      return `<section data-part="${part}"${mark}>${text}${fields.join('')}</section>`;
    }
    case 'context':
      return `<div data-part="context"${mark}>${block.elements
        .map((element) => ('text' in element ? `<p>${mrkdwnToHtml(element.text)}</p>` : ''))
        .join('')}</div>`;
    case 'divider':
      return '<hr data-part="divider">';
    case 'actions':
      return `<div data-part="actions">${block.elements
        .map((element) =>
          'text' in element && element.text ? `<button>${escapeHtml(element.text.text)}</button>` : '',
        )
        .join('')}</div>`;
    default:
      return '';
  }
}

const STYLE = `
  body { margin: 0; width: ${PHONE_WIDTH}px; background: #fff; color: #1d1c1d;
    font: 15px/1.47 'Noto Sans JP', 'Helvetica Neue', sans-serif; }
  .bar { background: #3f0e40; color: #fff; padding: 12px 16px; font-weight: 700; }
  .message { display: flex; gap: 8px; padding: 12px 16px; }
  .avatar { flex: none; width: 36px; height: 36px; border-radius: 6px; background: #2eb67d; color: #fff;
    font-weight: 700; display: flex; align-items: center; justify-content: center; }
  .body { min-width: 0; flex: 1; }
  .who { font-weight: 700; } .who span { color: #616061; font-weight: 400; font-size: 12px; margin-left: 4px; }
  h1 { font-size: 18px; margin: 4px 0 6px; }
  section { margin: 4px 0 8px; overflow-wrap: anywhere; }
  .field { margin: 6px 0; }
  [data-part=context] p { margin: 2px 0; color: #616061; font-size: 12px; overflow-wrap: anywhere; }
  hr { border: 0; border-top: 1px solid #ddd; margin: 10px 0; }
  code { font-family: monospace; font-size: 12px; background: #f6f6f6; border: 1px solid #ddd; border-radius: 3px;
    padding: 0 2px; }
  button { font: inherit; font-weight: 700; background: #fff; border: 1px solid #bbb; border-radius: 4px;
    padding: 4px 12px; margin-top: 6px; }
`;

/** A whole page: Slack's channel bar, the bot's name and the message, as a phone shows it. */
export function blocksToHtml(blocks: readonly Block[], lang: 'en' | 'ja' = 'ja'): string {
  const divider = blocks.findIndex((block) => block.type === 'divider');
  const parts = blocks.map((block, i) => blockHtml(block, divider === -1 || i < divider));
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>${STYLE}</style></head><body>
<div class="bar">#planning</div>
<div class="message"><div class="avatar">d</div><div class="body">
<div class="who">distilplan <span>APP</span></div>
${parts.join('\n')}
</div></div></body></html>`;
}
