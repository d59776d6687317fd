/**
 * The question form (a modal) and the App Home tab, as Block Kit views. The form's fields take the same
 * forms /distil reads (10億, 五百万円, 7B@2T, Llama-3.1-8B, なし); submitting it asks the same question.
 */
import type { types } from '@slack/bolt';

type View = types.View;

import { EXAMPLE_QUESTIONS, FORM_WORDS } from '../../../messages/index.js';
import type { Block } from '../blocks/kit.js';
import { FORM_CALLBACK } from '../ids.js';
import type { LastQuestion } from './last.js';

type Lang = 'en' | 'ja';

/** Where the answer goes: the channel /distil was typed in (ephemeral), or a direct message (shortcut). */
export interface FormOrigin {
  channel?: string;
  lang: Lang;
}

export const FIELDS = ['student', 'budget', 'teacher', 'gpus'] as const;
export type Field = (typeof FIELDS)[number];
const REQUIRED: Readonly<Record<Field, boolean>> = { student: true, budget: true, teacher: false, gpus: false };

export function formView(origin: FormOrigin, last: LastQuestion | undefined): View {
  const lang = last?.lang ?? origin.lang;
  const words = FORM_WORDS[lang];
  const label: Record<Field, string> = {
    student: words.student,
    budget: words.budget,
    teacher: words.teacher,
    gpus: words.gpus,
  };
  const hint: Record<Field, string> = {
    student: words.studentHint,
    budget: words.budgetHint,
    teacher: words.teacherHint,
    gpus: words.gpusHint,
  };
  const inputs = FIELDS.map((field) => ({
    type: 'input',
    block_id: field,
    optional: !REQUIRED[field],
    label: { type: 'plain_text', text: label[field] },
    hint: { type: 'plain_text', text: hint[field] },
    element: {
      type: 'plain_text_input',
      action_id: field,
      max_length: 100,
      ...(last?.[field] ? { initial_value: last[field] } : {}),
    },
  }));
  const options = [
    { text: { type: 'plain_text', text: words.english }, value: 'en' },
    { text: { type: 'plain_text', text: words.japanese }, value: 'ja' },
  ];
  return {
    type: 'modal',
    callback_id: FORM_CALLBACK,
    private_metadata: JSON.stringify(origin),
    title: { type: 'plain_text', text: words.title },
    submit: { type: 'plain_text', text: words.submit },
    close: { type: 'plain_text', text: words.close },
    blocks: [
      ...inputs,
      {
        type: 'input',
        block_id: 'lang',
        label: { type: 'plain_text', text: words.language },
        element: {
          type: 'static_select',
          action_id: 'lang',
          options,
          initial_option: options[lang === 'ja' ? 1 : 0],
        },
      },
    ],
  } as View;
}

/** The form's values → the words /distil reads (student=… budget=… teacher=… gpus=… lang=…). */
export function questionOfForm(
  values: Readonly<
    Record<string, Record<string, { value?: string | null; selected_option?: { value: string } | null }>>
  >,
): string {
  const words: string[] = [];
  for (const field of FIELDS) {
    const typed = values[field]?.[field]?.value?.trim();
    // Spaces inside a value (Llama 3.1 8B, 500 GPU-hours) stay in one word: the reader reads key=value to its end.
    if (typed) words.push(`${field}=${typed.replace(/\s+/g, field === 'budget' ? ' ' : '-')}`);
  }
  const lang = values.lang?.lang?.selected_option?.value;
  if (lang === 'ja' || lang === 'en') words.push(`lang=${lang}`);
  return words.join(' ');
}

export function parseOrigin(metadata: string | undefined): FormOrigin {
  try {
    const parsed = JSON.parse(metadata ?? '') as Partial<FormOrigin>;
    const channel =
      typeof parsed.channel === 'string' && /^[CDGU][A-Z0-9]{2,}$/.test(parsed.channel) ? parsed.channel : undefined;
    return { ...(channel ? { channel } : {}), lang: parsed.lang === 'ja' ? 'ja' : 'en' };
  } catch {
    return { lang: 'en' };
  }
}

/** The App Home tab: how to ask (three examples), the workspace's rates, the presets and the models. */
export function homeView(
  lang: Lang,
  rates: readonly { code: string; ratePerUsd: string; date: string }[],
  presets: readonly Block[],
): View {
  const words = FORM_WORDS[lang];
  const examples = EXAMPLE_QUESTIONS[lang].map((example) => `• \`/distil ${example.question}\``).join('\n');
  const rateLines =
    rates.length === 0
      ? words.homeNoRates
      : `${words.homeRates}\n${rates.map((rate) => `• 1 USD = ${rate.ratePerUsd} ${rate.code} (${rate.date})`).join('\n')}`;
  return {
    type: 'home',
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: words.homeTitle } },
      { type: 'section', text: { type: 'mrkdwn', text: words.homeIntro } },
      { type: 'section', text: { type: 'mrkdwn', text: `*${words.homeExamples}*\n${examples}` } },
      { type: 'divider' },
      { type: 'section', text: { type: 'mrkdwn', text: rateLines } },
      { type: 'section', text: { type: 'mrkdwn', text: `*${words.homePresets}*` } },
      ...presets,
      { type: 'context', elements: [{ type: 'mrkdwn', text: words.homeModels }] },
    ],
  } as View;
}
