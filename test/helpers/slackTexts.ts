import type { Block } from '../../bot/src/blocks/kit.js';

/** Every piece of text a person sees in Slack blocks: header, section text and fields, context lines. */
export function slackTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    if (block.type === 'header') return [block.text.text];
    if (block.type === 'section')
      return [...(block.text ? [block.text.text] : []), ...(block.fields ?? []).map((field) => field.text)];
    if (block.type === 'context') return block.elements.map((element) => ('text' in element ? element.text : ''));
    return [];
  });
}
