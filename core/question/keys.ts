/**
 * The key=value words a question may carry, in English and Japanese, the CLI's
 * flag names among them. One table: Slack's parser, the question reader, the
 * help and the Sheets sidebar all read keys from here.
 */

export type QuestionKey =
  | 'student'
  | 'budget'
  | 'teacher'
  | 'teacher-loss'
  | 'teacher-tokens'
  | 'students'
  | 'scenario'
  | 'gpu'
  | 'provider'
  | 'mfu'
  | 'price'
  | 'currency'
  | 'rate'
  | 'precision'
  | 'gpus'
  | 'preset'
  | 'counting'
  | 'lang'
  | 'serve'
  | 'days'
  | 'deadline'
  | 'costs'
  | 'kind'
  | 'share';

/** English first, then Japanese: the help lists both (生徒=1B 予算=300万円 教師=70億@2兆). */
export const KEY_ALIASES: Readonly<Record<QuestionKey, readonly string[]>> = {
  student: ['student', 'student-params', 'params', 'ns', '生徒', '生徒モデル'],
  budget: ['budget', 'compute', 'flops', 'c', '予算'],
  teacher: ['teacher', 'teacher-params', 'nt', '教師', '教師モデル'],
  'teacher-loss': ['teacher-loss', 'lt', '教師損失', '教師の損失'],
  'teacher-tokens': ['teacher-tokens', 'dt', '教師トークン', '教師のトークン', '教師の学習トークン'],
  students: ['students', 'k', '生徒数'],
  scenario: ['scenario', 'シナリオ'],
  gpu: ['gpu', 'gpu種類'],
  provider: ['provider', 'プロバイダ'],
  mfu: ['mfu'],
  price: ['price', '価格', '単価'],
  currency: ['currency', '通貨'],
  rate: ['rate', 'レート', '為替', '為替レート'],
  precision: ['precision', '精度'],
  gpus: ['gpus', 'gpu-count', '台数', 'gpu数', 'gpu台数'],
  preset: ['preset', 'coefficients', 'プリセット'],
  counting: ['counting', 'flops-counting'],
  lang: ['lang', 'language', '言語'],
  serve: ['serve', 'serve-tokens-per-day', 'tokens-per-day', '推論', '1日のトークン', '配信'],
  days: ['days', 'serve-days', '日数', '期間'],
  deadline: ['deadline', 'deadline-days', 'within', '期限', '納期', '締め切り', '締切'],
  costs: ['costs', 'cost-profile', 'コストプロファイル'],
  kind: ['kind', 'kinds', '種類'],
  share: ['share', 'pilot-share', 'パイロット比率'],
};

const JAPANESE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff]/;

/** Text with a kana or kanji in it: a question written in Japanese, a Japanese key (生徒). */
export function hasJapaneseScript(text: string): boolean {
  return JAPANESE_SCRIPT.test(text);
}

/** The Japanese key people see in help and in a Japanese question back. */
export function japaneseKeyOf(key: QuestionKey): string {
  return KEY_ALIASES[key].find(hasJapaneseScript) ?? key;
}

const BY_ALIAS = new Map<string, QuestionKey>();
for (const [key, aliases] of Object.entries(KEY_ALIASES) as [QuestionKey, readonly string[]][])
  for (const alias of aliases) BY_ALIAS.set(alias, key);

/** Lower-case, `_` as `-`: `Teacher_Loss`, `teacher-loss` and `GPU数` are one key. */
export function questionKeyFor(typed: string): QuestionKey | undefined {
  return BY_ALIAS.get(typed.trim().toLowerCase().replace(/_/g, '-'));
}
