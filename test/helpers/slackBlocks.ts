/** Reading Block Kit messages back in tests: header, fields by label, context lines, every text. */
import type { Block, Message } from '../../bot/src/blocks/kit.js';

export function headerOf(blocks: readonly Block[]): string {
  const header = blocks.find((block) => block.type === 'header');
  return header && header.type === 'header' ? header.text.text : '';
}

/** Fields of every section, label → value (labels are bold on the first line). */
export function fieldsOf(blocks: readonly Block[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const block of blocks) {
    if (block.type !== 'section') continue;
    for (const field of block.fields ?? []) {
      const [label = '', ...value] = field.text.split('\n');
      found[label.replace(/^\*|\*$/g, '')] = value.join('\n');
    }
  }
  return found;
}

/** Fields section by section, for compare answers (one section of fields per scenario). */
export function fieldSections(blocks: readonly Block[]): Record<string, string>[] {
  return blocks
    .filter((block) => block.type === 'section' && (block.fields?.length ?? 0) > 0)
    .map((block) => fieldsOf([block]));
}

export function contextText(blocks: readonly Block[]): string {
  return blocks
    .flatMap((block) =>
      block.type === 'context' ? block.elements.map((element) => ('text' in element ? element.text : '')) : [],
    )
    .join('\n');
}

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

/** Every piece of text in the message, for "mentions X" assertions. */
export function allText(message: Pick<Message, 'text' | 'blocks'>): string {
  return [message.text, JSON.stringify(message.blocks)].join('\n');
}

export function buttonOf(blocks: readonly Block[]): { action_id: string; value: string } | undefined {
  for (const block of blocks) {
    if (block.type !== 'actions') continue;
    for (const element of block.elements)
      if (element.type === 'button') return { action_id: element.action_id!, value: element.value! };
  }
  return undefined;
}

/** Slack's limits: 50 blocks; header 150; text 3,000; 10 fields of 2,000; 10 context elements; button value 2,000. */
export function limitViolations(message: Pick<Message, 'text' | 'blocks'>): string[] {
  const problems: string[] = [];
  if (message.blocks.length > 50) problems.push(`${message.blocks.length} blocks`);
  if (message.text.length > 3000) problems.push(`text ${message.text.length}`);
  message.blocks.forEach((block, i) => {
    if (block.type === 'header' && block.text.text.length > 150) problems.push(`header ${i} ${block.text.text.length}`);
    if (block.type === 'section') {
      if (block.text && block.text.text.length > 3000) problems.push(`section ${i} text ${block.text.text.length}`);
      if ((block.fields?.length ?? 0) > 10) problems.push(`section ${i} ${block.fields!.length} fields`);
      for (const field of block.fields ?? [])
        if (field.text.length > 2000) problems.push(`section ${i} field ${field.text.length}`);
      if (!block.text && !block.fields?.length) problems.push(`section ${i} empty`);
    }
    if (block.type === 'context') {
      if (block.elements.length > 10) problems.push(`context ${i} ${block.elements.length} elements`);
      for (const element of block.elements)
        if ('text' in element && element.text.length > 3000)
          problems.push(`context ${i} element ${element.text.length}`);
    }
    if (block.type === 'actions') {
      for (const element of block.elements)
        if (element.type === 'button' && (element.value?.length ?? 0) > 2000)
          problems.push(`button value ${element.value!.length}`);
    }
  });
  return problems;
}
