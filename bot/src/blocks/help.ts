/**
 * Usage with copy-pasteable examples. Every example here is answered in the
 * tests, so help can never show a command that fails.
 */
import { COEFFICIENT_SET_IDS, SCENARIO_IDS } from '../../../core/index.js';
import { GPU_IDS, PROVIDERS } from '../answer/cost-api.js';
import type { Lang } from '../command/parse.js';
import { type Built, context, header, section } from './kit.js';

export interface HelpTopic {
  name: string;
  en: string;
  ja: string;
  examples: readonly string[];
}

export const HELP_TOPICS: readonly HelpTopic[] = [
  {
    name: 'decide',
    en: 'distil or train directly? For a student, a budget and a teacher situation',
    ja: '蒸留か直接学習か — 生徒・予算・教師の状況から判定',
    examples: [
      'decide student=1B budget=$200k teacher=7B@2T',
      'decide student=1B budget=1e21 teacher=7B teacher-loss=2.1',
      'decide student=1B budget=50,000 GPU-hours students=4',
    ],
  },
  {
    name: 'plan',
    en: 'the compute-optimal distillation plan for a student, budget and scenario',
    ja: '生徒・予算・シナリオに対する計算最適な蒸留計画',
    examples: [
      'plan student=1B budget=1e21 scenario=teacher-inference',
      'plan student=3B budget=3 PF-days scenario=best-case',
    ],
  },
  {
    name: 'cost',
    en: 'FLOPs, or a plan on a budget, in GPU-hours and money',
    ja: 'FLOP（または予算上の計画）を GPU 時間と金額に換算',
    examples: [
      'cost budget=1e22 gpu=h100 provider=lambda',
      'cost student=1B budget=$50k gpu=h200 currency=JPY rate=150',
    ],
  },
  {
    name: 'compare',
    en: "2–4 scenarios side by side, separated by |; each may start with a label such as b:, and later scenarios inherit the first one's words and change only what they name (teacher=none drops the teacher; gpu= drops an inherited provider and price)",
    ja: '2〜4 個のシナリオを | で区切って並べて比較。各シナリオは b: のようなラベルで始められます。2 番目以降は最初のシナリオの指定を引き継ぎ、書いたものだけを変えます（teacher=none で教師なし、gpu= を変えると provider と price は引き継ぎません）',
    examples: ['compare a: student=1B budget=$200k teacher=7B@2T | b: gpu=h200 | c: teacher=none'],
  },
];

export function helpBlocks(lang: Lang): Built {
  const ja = lang === 'ja';
  const suffix = ja ? ' lang=ja' : '';
  const topics = HELP_TOPICS.map((topic) =>
    section(
      `*${topic.name}* — ${ja ? topic.ja : topic.en}\n${topic.examples.map((example) => `\`/distil ${example}${suffix}\``).join('\n')}`,
    ),
  );
  return {
    text: ja
      ? '/distil の使い方: decide・plan・cost・compare と key=値 の組'
      : '/distil usage: decide, plan, cost or compare, then key=value words',
    blocks: [
      header(ja ? '/distil — 蒸留するか、直接学習するか' : '/distil — distil or train directly?'),
      section(
        ja
          ? '蒸留スケーリング則（Busbridge ら 2025）による予測です。`key=値` を順不同で並べます。回答はあなたにだけ表示され、*チャンネルに投稿* ボタンで共有できます。'
          : 'Predictions from the distillation scaling law (Busbridge et al. 2025). Words are `key=value`, in any order. Answers are only visible to you until you press *Post to channel*.',
      ),
      ...topics,
      section(keysText(lang)),
      context([
        ja
          ? `GPU: ${GPU_IDS.join(', ')} · プロバイダ: ${PROVIDERS.join(', ')} · 係数: ${COEFFICIENT_SET_IDS.join(', ')}`
          : `GPUs: ${GPU_IDS.join(', ')} · providers: ${PROVIDERS.join(', ')} · coefficient sets: ${COEFFICIENT_SET_IDS.join(', ')}`,
      ]),
    ],
  };
}

function keysText(lang: Lang): string {
  if (lang === 'ja') {
    return [
      '*キー*',
      '`student=` 生徒のパラメータ数（1.5B、7e9、7,000,000,000）',
      '`budget=` 予算: 1e21 FLOPs、3 PF-days、500 GPU-hours、2,000 H100-hours、$200k、¥3M（円は rate= が必要）',
      '`teacher=` 既存の教師: 7B@2T（サイズ@トークン数）、または 7B と `teacher-loss=2.1`; 省略すると教師を新たに学習（`students=4` で共有）',
      `\`scenario=\` ${SCENARIO_IDS.join('、')}`,
      '`gpu=` `provider=` `price=`（GPU 1時間あたり）`mfu=`（0.4 または 40%）`precision=`（bf16、fp8）',
      '`currency=JPY rate=150`（1 USD あたり）· `preset=` · `counting=`（paper、6N）· `lang=ja`',
    ].join('\n');
  }
  return [
    '*Keys*',
    '`student=` student parameters (1.5B, 7e9, 7,000,000,000)',
    '`budget=` 1e21 FLOPs, 3 PF-days, 500 GPU-hours, 2,000 H100-hours, $200k, ¥3M (yen needs rate=)',
    '`teacher=` an existing teacher: 7B@2T (size@tokens), or 7B with `teacher-loss=2.1`; leave it out to train one (`students=4` share it)',
    `\`scenario=\` ${SCENARIO_IDS.join(', ')}`,
    '`gpu=` `provider=` `price=` (per GPU-hour) `mfu=` (0.4 or 40%) `precision=` (bf16, fp8)',
    '`currency=JPY rate=150` (per USD) · `preset=` · `counting=` (paper, 6N) · `lang=ja`',
  ].join('\n');
}
