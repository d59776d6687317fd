/**
 * The words of Slack's question form (the modal /distil opens with no text, and the global shortcut) and of
 * the App Home tab, and the three example questions help, the home tab and the README share: each answers
 * with a call inside the law's evidence (distil, train directly, close call).
 */
type Lang = 'en' | 'ja';

export interface FormWords {
  title: string;
  submit: string;
  close: string;
  student: string;
  studentHint: string;
  budget: string;
  budgetHint: string;
  teacher: string;
  teacherHint: string;
  gpus: string;
  gpusHint: string;
  language: string;
  english: string;
  japanese: string;
  homeTitle: string;
  homeIntro: string;
  homeExamples: string;
  homeRates: string;
  homeNoRates: string;
  homePresets: string;
  homeModels: string;
  /** Help: the section on asking in one's own words, and the label of the English and Japanese keys. */
  helpAsk: string;
  helpKeys: string;
}

export const FORM_WORDS: Readonly<Record<Lang, FormWords>> = {
  en: {
    title: 'Distil or train?',
    submit: 'Answer',
    close: 'Cancel',
    student: 'Student size',
    studentHint: '1B, 500M, 10億 — non-embedding parameters',
    budget: 'Budget',
    budgetHint: '$50k, 300万円, 5,000 GPU-hours or 1e21 FLOPs',
    teacher: 'Teacher (optional)',
    teacherHint: '7B@2T (size@tokens), Llama-3.1-8B, or none',
    gpus: 'GPUs at once (optional)',
    gpusHint: '8, 64',
    language: 'Answer in',
    english: 'English',
    japanese: '日本語',
    homeTitle: 'Ask distilplan in your own words',
    homeIntro:
      'Type `/distil` and a question in English or Japanese, or `/distil` alone for a form. Every answer first says how it read your question.',
    homeExamples: 'Try one of these',
    homeRates: 'Exchange rates set for this workspace',
    homeNoRates: 'No exchange rates are set for this workspace: a yen budget needs `rate=`.',
    homePresets: 'Coefficient sets (`preset=`)',
    homeModels: '`/distil models` lists the open models you can name as the teacher.',
    helpAsk:
      '*Ask in your own words* — in English or Japanese; the answer first says how it read you. `/distil` alone opens a form.',
    helpKeys: 'Keys in English and Japanese (either works)',
  },
  ja: {
    title: '蒸留か直接学習か',
    submit: '判定する',
    close: 'キャンセル',
    student: 'モデルのサイズ',
    studentHint: '1B、5億、10億（非埋め込みパラメータ）',
    budget: '予算',
    budgetHint: '300万円、$50k、5,000 GPU時間、1e21 FLOPs',
    teacher: '教師（任意）',
    teacherHint: '70億@2兆（サイズ@トークン）、Llama-3.1-8B、なし',
    gpus: 'GPU 台数（任意）',
    gpusHint: '8、64',
    language: '回答の言語',
    english: 'English',
    japanese: '日本語',
    homeTitle: 'distilplan に普段の言葉で質問できます',
    homeIntro:
      '`/distil` のあとに日本語か英語で質問を書いてください。`/distil` だけならフォームが開きます。どの回答も最初に質問をどう読んだかを示します。',
    homeExamples: '質問の例',
    homeRates: 'このワークスペースの為替レート',
    homeNoRates: 'このワークスペースには為替レートが設定されていません。円の予算には `レート=` が必要です。',
    homePresets: '係数セット（`preset=`）',
    homeModels: '`/distil models` で教師として名前で指定できる公開モデルの一覧を表示します。',
    helpAsk:
      '*普段の言葉で質問できます* — 日本語でも英語でも。回答の最初に質問をどう読んだかを示します。`/distil` だけならフォームが開きます。',
    helpKeys: 'キー（英語・日本語のどちらでも）',
  },
};

/**
 * Three questions a newcomer can act on, each answered inside the law's evidence: distil, train directly,
 * close call (test/question/examples.test.ts checks each call in both languages).
 */
export const EXAMPLE_QUESTIONS: Readonly<
  Record<Lang, readonly { question: string; call: 'distil' | 'train' | 'close-call' }[]>
> = {
  en: [
    { question: '3B model, $500 budget, teacher Llama-3.1-8B', call: 'distil' },
    { question: '1B model, $20k budget, no teacher', call: 'train' },
    { question: '500M model, $20k budget, no teacher', call: 'close-call' },
  ],
  ja: [
    { question: '3Bモデル、予算$500、教師はLlama-3.1-8B', call: 'distil' },
    { question: '10億パラメータのモデル、予算$20k、教師なし', call: 'train' },
    { question: '5億パラメータのモデル、予算$20k、教師なし', call: 'close-call' },
  ],
};
