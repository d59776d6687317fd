/**
 * How a question was read, worded once per language: the read-back line every
 * answer opens with ("Read as: 1B student, $200k budget, …" / "1B のモデル、予算
 * 300万円 … として判定しました"), the question back when words could not be read,
 * and the model catalogue's listing. Values are echoed in the person's own
 * forms (10億, 五百万円 folded to 500万円); numbers from the catalogue are
 * formatted here.
 */
import {
  formatCount,
  groupDigits,
  type Intent,
  isNoTeacher,
  japaneseKeyOf,
  missingOf,
  OPEN_MODELS,
  type OpenModel,
  type QuestionKey,
  type QuestionReading,
  type ReadValue,
  sortedValues,
} from '../core/index.js';
import { countJa } from './numbers.js';

type Lang = 'en' | 'ja';

/** A model's figures: 6.98B non-embedding parameters, 15T tokens (Meta Llama 3.1 model card, 2024-07). */
function modelFigures(model: OpenModel, lang: Lang): string {
  const params = lang === 'ja' ? countJa(model.nonEmbeddingParams) : formatCount(model.nonEmbeddingParams);
  const tokens =
    model.trainingTokens === undefined
      ? lang === 'ja'
        ? '学習トークン数は非公開'
        : 'training tokens not published'
      : lang === 'ja'
        ? `${countJa(model.trainingTokens)}トークン学習済み`
        : `${formatCount(model.trainingTokens)} tokens`;
  return lang === 'ja'
    ? `カタログより: 非埋め込みパラメータ ${params}、${tokens}; ${model.source}, ${model.date}`
    : `from the catalogue: ${params} non-embedding parameters, ${tokens}; ${model.source}, ${model.date}`;
}

function teacherPhrase(values: readonly ReadValue[], lang: Lang): string | undefined {
  const teacher = values.find((value) => value.key === 'teacher');
  const tokens = values.find((value) => value.key === 'teacher-tokens')?.typed;
  const loss = values.find((value) => value.key === 'teacher-loss')?.typed;
  if (teacher === undefined) {
    if (tokens === undefined && loss === undefined) return undefined;
    return lang === 'ja'
      ? `教師 ${[tokens && `${tokens}トークン学習済み`, loss && `損失 ${loss}`].filter(Boolean).join('、')}`
      : `teacher ${[tokens && `trained on ${tokens} tokens`, loss && `with loss ${loss}`].filter(Boolean).join(', ')}`;
  }
  if (isNoTeacher(teacher.value)) return lang === 'ja' ? '教師なし（教師も学習）' : 'no teacher yet (one is trained)';
  if (teacher.model)
    return lang === 'ja'
      ? `教師 ${teacher.model.id}（${modelFigures(teacher.model, lang)}）`
      : `existing teacher ${teacher.model.id} (${modelFigures(teacher.model, lang)})`;
  const [size, after] = teacher.typed.split('@');
  const trained = after ?? tokens;
  if (lang === 'ja') {
    const notes = [trained && `${trained}トークン学習済み`, loss && `損失 ${loss}`].filter(Boolean).join('、');
    return `教師 ${size}${notes ? `（${notes}）` : ''}`;
  }
  const notes = [trained && `trained on ${trained} tokens`, loss && `with loss ${loss}`].filter(Boolean).join(', ');
  return `existing ${size} teacher${notes ? ` ${notes}` : ''}`;
}

function valuePhrase(value: ReadValue, lang: Lang): string | undefined {
  const t = value.typed;
  const ja = lang === 'ja';
  switch (value.key) {
    case 'budget':
      return ja ? `予算 ${t}` : `${t} budget`;
    case 'students':
      return ja ? `生徒 ${t} 個で教師を共有` : `${t} students sharing the teacher`;
    case 'gpus':
      return ja ? `GPU ${t} 台` : `${t} GPUs`;
    case 'gpu':
      return ja ? `GPU ${t}` : `on ${t}`;
    case 'serve':
      return ja ? `1日 ${t} トークンを推論` : `serving ${t} tokens a day`;
    case 'days':
      return ja ? `${t}${/^\d+$/.test(t) ? ' 日間' : ''}` : `for ${t}${/^\d+$/.test(t) ? ' days' : ''}`;
    case 'deadline':
      // In their words: 30日以内, 2週間, in 30 days, within two weeks; a bare number (deadline=30) is days; a date
      // (by 2027-03-01, 3月末まで) as typed, with the days until it that core counted from today.
      if (value.days !== undefined)
        return ja
          ? `期限 ${t}（${value.days}日）`
          : `deadline ${t} (${value.days} ${value.days === 1 ? 'day' : 'days'})`;
      return ja
        ? `期限 ${t}${/^\d+(?:\.\d+)?$/.test(t) ? ' 日' : ''}`
        : `deadline ${t}${/^\d+(?:\.\d+)?$/.test(t) ? ' days' : ''}`;
    case 'currency':
      return ja ? `通貨 ${value.value}` : `in ${value.value}`;
    case 'rate':
      return ja ? `レート ${t}` : `rate ${t}`;
    case 'lang':
    case 'student':
    case 'teacher':
    case 'teacher-tokens':
    case 'teacher-loss':
      return undefined;
    default:
      return `${value.key}=${t}`;
  }
}

function studentPhrase(values: readonly ReadValue[], lang: Lang): string | undefined {
  const sizes = values.filter((value) => value.key === 'student').map((value) => value.typed);
  if (sizes.length === 0) return undefined;
  if (lang === 'ja') return `${sizes.join(' と ')} のモデル`;
  return sizes.length === 1 ? `${sizes[0]} student` : `${sizes.join(' and ')} students`;
}

/** Every value read, in the person's forms, in a fixed order; a compare by | part by part (a: …; b: …). */
export function readValuesPhrase(reading: QuestionReading, lang: Lang): string {
  if (reading.scenarios)
    return reading.scenarios
      .map((scenario, index) => {
        const phrase = valuesPhrase(scenario.values, lang);
        return phrase === '' ? '' : `${scenario.label ?? String.fromCharCode(65 + index)}: ${phrase}`;
      })
      .filter((phrase) => phrase !== '')
      .join(lang === 'ja' ? '／' : '; ');
  return valuesPhrase(reading.values, lang);
}

function valuesPhrase(unsorted: readonly ReadValue[], lang: Lang): string {
  // An empty value (student=) is no value read: the parser names it.
  const values = sortedValues(unsorted.filter((value) => value.typed !== ''));
  const parts = [
    studentPhrase(values, lang),
    ...values.filter((value) => value.key === 'budget').map((value) => valuePhrase(value, lang)),
    teacherPhrase(values, lang),
    ...values.filter((value) => value.key !== 'budget').map((value) => valuePhrase(value, lang)),
  ].filter((part): part is string => part !== undefined);
  return parts.join(lang === 'ja' ? '、' : ', ');
}

const JA_DONE: Readonly<Record<Intent, string>> = {
  decide: 'として判定しました',
  compare: 'として比較しました',
  cost: 'として費用を計算しました',
  plan: 'として計画しました',
  pilot: 'としてパイロットを設計しました',
  scenarios: 'として価格表の全オファーで費用を比べました',
  help: 'として読みました',
  presets: 'として読みました',
  models: 'として読みました',
};

/** The first line of every answer: how the question was read. Undefined when nothing was read (help). */
export function readBackLine(reading: QuestionReading, lang: Lang): string | undefined {
  const phrase = readValuesPhrase(reading, lang);
  if (phrase === '') return undefined;
  return lang === 'ja' ? `${phrase} ${JA_DONE[reading.intent]}` : `Read as: ${phrase}`;
}

const BLANK: Readonly<Record<Lang, Partial<Record<QuestionKey, string>>>> = {
  en: { student: '‹student size›', budget: '‹budget with its unit›', teacher: '‹teacher›' },
  ja: { student: '‹モデルのサイズ›', budget: '‹単位付きの予算›', teacher: '‹教師›' },
};

/** A value as it goes back into a command: the person's form when it is one word, else the form read. */
function commandValue(value: ReadValue): string {
  if (value.model) return value.model.id;
  return /\s/.test(value.typed) ? value.value : value.typed;
}

/**
 * The explicit command for a reading, in the person's keys (生徒=10億 予算=500万円) with a ‹blank› only for
 * what the intent needs and was not given. `prefix` is the face's command (/distil, distilplan ask).
 */
export function commandBack(reading: QuestionReading, lang: Lang, prefix: string): string {
  const key = (k: QuestionKey) => (lang === 'ja' ? japaneseKeyOf(k) : k);
  const words = sortedValues(reading.values)
    .filter((value) => value.key !== 'lang')
    .map((value) => `${key(value.key)}=${commandValue(value)}`);
  for (const missing of missingOf(reading)) words.push(`${key(missing)}=${BLANK[lang][missing] ?? `‹${missing}›`}`);
  const intent = reading.intent === 'compare' && reading.scenarios ? 'compare ' : '';
  return `${prefix} ${intent}${words.join(' ')}`.trim();
}

export interface QuestionBack {
  /** The words not understood, quoted. */
  unread: string;
  /** Every value understood, in the person's forms ('' when none). */
  understood: string;
  /** The command to send, with blanks for what is missing. */
  command: string;
  /** The three lines: what was not understood, what was, the command to send (a face lays each out). */
  lines: readonly [unread: string, understood: string, send: string];
  /** The three lines, joined. */
  full: string;
}

/** What cannot be read is a question back: the words, every value read, and the command to send. */
export function questionBack(reading: QuestionReading, lang: Lang, prefix: string): QuestionBack {
  const unread = reading.unread
    .map((word) => (lang === 'ja' ? `「${word}」` : `"${word}"`))
    .join(lang === 'ja' ? '' : ', ');
  const values = readValuesPhrase(reading, lang);
  const command = commandBack(reading, lang, prefix);
  const lines: QuestionBack['lines'] =
    lang === 'ja'
      ? [
          `${unread} が読み取れませんでした。`,
          values === '' ? '読み取れた値はありません。' : `読み取れた内容: ${values}`,
          `この形で送ってください: ${command}`,
        ]
      : [
          `I did not understand ${unread}.`,
          values === '' ? 'Nothing else was read.' : `I read: ${values}`,
          `Send it like this: ${command}`,
        ];
  return { unread, understood: values, command, lines, full: lines.join('\n') };
}

export interface ModelRow {
  id: string;
  params: string;
  tokens: string;
  derivation: string;
  source: string;
}

/** The catalogue's rows in a language: figures, how the non-embedding count was found, the source. */
export function modelRows(lang: Lang): ModelRow[] {
  return OPEN_MODELS.map((model) => ({
    id: model.id,
    params: lang === 'ja' ? countJa(model.nonEmbeddingParams) : formatCount(model.nonEmbeddingParams),
    tokens:
      model.trainingTokens === undefined
        ? lang === 'ja'
          ? '非公開'
          : 'not published'
        : `${lang === 'ja' ? countJa(model.trainingTokens) : formatCount(model.trainingTokens)}${tokensCheckNote(model, lang)}`,
    derivation: derivationOf(model, lang),
    source: `${model.source}, ${model.date}${model.mixtureOfExperts ? (lang === 'ja' ? '（MoE: 法則は密モデルで当てはめ）' : ' (mixture of experts: the law was fitted on dense models)') : ''}`,
  }));
}

/** A token figure a second source does not confirm says so: one source only, or the other figures it disagrees with. */
function tokensCheckNote(model: OpenModel, lang: Lang): string {
  const count = (n: number) => (lang === 'ja' ? countJa(n) : formatCount(n));
  if (model.tokensCheck === 'one-source') return lang === 'ja' ? '（出典は1つ）' : ' (one source)';
  if (model.tokensCheck !== 'sources-disagree') return '';
  const others = (model.tokenSources ?? [])
    .slice(1)
    .filter((source) => source.tokens !== model.trainingTokens)
    .map((source) => count(source.tokens));
  return lang === 'ja'
    ? `（技術報告の値。${others.join('、')} とする出典もあり）`
    : ` (the technical report's; another source says ${others.join(', ')})`;
}

function derivationOf(model: OpenModel, lang: Lang): string {
  const how = model.nonEmbedding;
  if (how.kind === 'stated') return lang === 'ja' ? '公開値' : 'stated by the publisher';
  const formula = `${formatCount(how.totalParams)} − ${groupDigits(String(how.vocab))} × ${how.dModel} × ${how.tied ? 1 : 2}`;
  return lang === 'ja'
    ? `${formula}（埋め込み${how.tied ? '共有' : '非共有'}）`
    : `${formula} (${how.tied ? 'tied' : 'untied'} embeddings)`;
}

/** The catalogue's heading, above MODELS_TITLE. */
export const MODELS_HEADER: Readonly<Record<Lang, string>> = {
  en: 'Open model catalogue',
  ja: '公開モデルのカタログ',
};

export const MODELS_TITLE: Readonly<Record<Lang, string>> = {
  en: 'Open models you can name as the teacher (non-embedding parameters, as the law counts them; training tokens)',
  ja: '教師として名前で指定できる公開モデル（法則が数える非埋め込みパラメータ、学習トークン数）',
};
