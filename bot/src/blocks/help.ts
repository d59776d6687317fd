/**
 * Usage with copy-pasteable examples. Every example here is answered in the
 * tests, so help can never show a command that fails.
 */
import {
  COEFFICIENT_SET_IDS,
  hasJapaneseScript,
  KEY_ALIASES,
  type QuestionKey,
  SCENARIO_IDS,
} from '../../../core/index.js';
import { CATALOGUES, EXAMPLE_QUESTIONS, FORM_WORDS, type HelpTopicName } from '../../../messages/index.js';
import type { Lang } from '../command/parse.js';
import { GPU_IDS, PROVIDERS } from '../results/cost-api.js';
import { type Built, context, header, section } from './kit.js';

export interface HelpTopic {
  name: HelpTopicName;
  examples: readonly string[];
}

export const HELP_TOPICS: readonly HelpTopic[] = [
  {
    name: 'decide',
    examples: [
      'decide student=3B budget=$500 teacher=Llama-3.1-8B',
      'decide student=1B budget=1e21 teacher=7B teacher-loss=2.1',
      'decide student=1B budget=50,000 GPU-hours students=4',
    ],
  },
  {
    name: 'plan',
    examples: [
      'plan student=1B budget=1e21 scenario=teacher-inference',
      'plan student=3B budget=3 PF-days scenario=best-case',
    ],
  },
  {
    name: 'cost',
    examples: [
      'cost budget=1e22 gpu=h100 provider=lambda',
      'cost student=1B budget=$50k gpu=h200 currency=JPY rate=150',
    ],
  },
  {
    name: 'compare',
    examples: ['compare a: student=1B budget=$200k teacher=7B@2T | b: gpu=h200 | c: teacher=none'],
  },
  { name: 'presets', examples: ['presets'] },
  { name: 'pilot', examples: ['pilot student=1B budget=1e21 teacher=7B teacher-loss=2.1 share=5%'] },
  { name: 'scenarios', examples: ['scenarios budget=1e22 kind=on-demand,reserved', 'scenarios budget=1e22 gpu=h100'] },
];

export function helpBlocks(lang: Lang): Built {
  const words = CATALOGUES[lang].answer;
  const suffix = lang === 'ja' ? ' lang=ja' : '';
  const topics = HELP_TOPICS.map((topic) =>
    section(
      `*${topic.name}* — ${words.help.topics[topic.name]}\n${topic.examples.map((example) => `\`/distil ${example}${suffix}\``).join('\n')}`,
    ),
  );
  const separator = lang === 'ja' ? '、' : ', ';
  const form = FORM_WORDS[lang];
  const asked = EXAMPLE_QUESTIONS[lang].map((example) => `\`/distil ${example.question}\``).join('\n');
  // Every key with its Japanese spelling (生徒=, 予算=, 教師=, 台数= …), from the one table the reader uses.
  const keys = (Object.entries(KEY_ALIASES) as [QuestionKey, readonly string[]][])
    .map(([key, aliases]) => {
      const japanese = aliases.filter(hasJapaneseScript);
      return [key, ...japanese].map((alias) => `\`${alias}=\``).join(' ');
    })
    .join(' · ');
  return {
    text: words.help.text,
    blocks: [
      header(words.help.title),
      section(`${form.helpAsk}\n${asked}`),
      section(words.help.intro),
      ...topics,
      section([`*${words.labels.keys}*`, ...words.help.keys({ scenarios: SCENARIO_IDS.join(separator) })].join('\n')),
      section(`*${form.helpKeys}*\n${keys}`),
      context([
        words.help.ids({
          gpus: GPU_IDS.join(', '),
          providers: PROVIDERS.join(', '),
          sets: COEFFICIENT_SET_IDS.join(', '),
        }),
      ]),
    ],
  };
}
