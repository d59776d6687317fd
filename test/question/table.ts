/**
 * Questions as people ask them — half Japanese, half English; sentences, fragments, key=value words and
 * mixes — with the values each must read to (written by hand, in the forms the explicit flags take).
 */
export interface Row {
  q: string;
  intent: 'decide' | 'compare' | 'cost' | 'plan' | 'pilot' | 'scenarios' | 'help' | 'models';
  /** [key, value] as the explicit command takes it; a key may repeat (two students). */
  values: [string, string][];
  /** Words that must come back as not understood. */
  unread?: string[];
  lang?: 'en' | 'ja';
  /** A deadline said as a date: the days until it from TABLE_TODAY, counted by hand. */
  days?: number;
}

/**
 * The today every face is given for the table (the CLI through DISTILPLAN_TODAY, Slack as the request's date):
 * from 2026-12-05, 2027-03-01 is 26 + 31 + 28 + 1 = 86 days, 2027-01-31 is 26 + 31 = 57, 2027-03-31 is 116.
 */
export const TABLE_TODAY = '2026-12-05';

const LLAMA_31_8B = '6979588096@15T';
const LLAMA_31_70B = '68452360192@15T';

export const ENGLISH: Row[] = [
  {
    q: 'Should we distil a 1B model from Llama 8B with a $20k budget?',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['teacher', LLAMA_31_8B],
      ['budget', '$20k'],
    ],
  },
  {
    q: 'student=1B budget=$200k teacher=7B@2T',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$200k'],
      ['teacher', '7B@2T'],
    ],
  },
  {
    q: '1B student, $50k budget, no teacher',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
      ['teacher', 'none'],
    ],
  },
  {
    q: 'distil 1B from a 7B teacher trained on 2T tokens, budget $100k',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['teacher', '7B'],
      ['teacher-tokens', '2T'],
      ['budget', '$100k'],
    ],
  },
  {
    q: '1B and 3B, $50k',
    intent: 'compare',
    values: [
      ['student', '1B'],
      ['student', '3B'],
      ['budget', '$50k'],
    ],
  },
  {
    q: 'compare 1B vs 3B with $100k and no teacher',
    intent: 'compare',
    values: [
      ['student', '1B'],
      ['student', '3B'],
      ['budget', '$100k'],
      ['teacher', 'none'],
    ],
  },
  { q: 'how much does 1e22 FLOPs cost?', intent: 'cost', values: [['budget', '1e22 FLOPs']] },
  { q: 'How much is 500 H100-hours?', intent: 'cost', values: [['budget', '500 H100-hours']] },
  {
    q: '1.5B model, 5e21 FLOPs',
    intent: 'decide',
    values: [
      ['student', '1.5B'],
      ['budget', '5e21 FLOPs'],
    ],
  },
  {
    q: '1B model with 50k GPU-hours on 64 GPUs',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '50k GPU-hours'],
      ['gpus', '64'],
    ],
  },
  {
    q: 'Should I distil 500M params from Qwen2.5-7B for $30k?',
    intent: 'decide',
    values: [
      ['student', '500M'],
      ['teacher', '6530000000@18T'],
      ['budget', '$30k'],
    ],
  },
  {
    q: '1B from Gemma 2 9B, $40k budget',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['teacher', '8324201984@8T'],
      ['budget', '$40k'],
    ],
  },
  {
    q: '2B student, teacher 7B with loss 2.1, $80k',
    intent: 'decide',
    values: [
      ['student', '2B'],
      ['teacher', '7B'],
      ['teacher-loss', '2.1'],
      ['budget', '$80k'],
    ],
  },
  {
    q: 'decide student=1B budget=$50k teacher=none gpus=64',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
      ['teacher', 'none'],
      ['gpus', '64'],
    ],
  },
  {
    q: '1B model, $50k, 4 students sharing one teacher',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
      ['students', '4'],
    ],
  },
  {
    q: '1B model, $200k budget, serve 2B tokens a day for a year',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$200k'],
      ['serve', '2B'],
      ['days', '365'],
    ],
  },
  {
    q: '3B model from Llama-3.1-70B with $500k',
    intent: 'decide',
    values: [
      ['student', '3B'],
      ['teacher', LLAMA_31_70B],
      ['budget', '$500k'],
    ],
  },
  {
    q: 'student=1B budget=$50k currency=JPY rate=150',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
      ['currency', 'JPY'],
      ['rate', '150'],
    ],
  },
  {
    q: '1B model, $50k, in Japanese',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
      ['lang', 'ja'],
    ],
    lang: 'ja',
  },
  {
    q: 'Should we distil a 7 billion parameter model with $1M?',
    intent: 'decide',
    values: [
      ['student', '7B'],
      ['budget', '$1M'],
    ],
  },
  {
    q: '1B model, $50k, on 16 H100s',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
      ['gpus', '16'],
      ['gpu', 'H100'],
    ],
  },
  {
    q: 'plan for a 1B model with 1e21 FLOPs',
    intent: 'plan',
    values: [
      ['student', '1B'],
      ['budget', '1e21 FLOPs'],
    ],
  },
  { q: 'models', intent: 'models', values: [] },
  {
    q: 'compare student=1B budget=$50k | student=3B',
    intent: 'compare',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
      ['student', '3B'],
    ],
  },
  {
    q: 'decide student = 1B budget = $50k',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
    ],
  },
  {
    q: '1B, $50k, teacher Phi-4',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
      ['teacher', '13631902720@10T'],
    ],
  },
  {
    q: 'Is it worth distilling a 1B model from Qwen3-8B with $25k?',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['teacher', '6950000000@36T'],
      ['budget', '$25k'],
    ],
  },
  {
    q: 'Should we foo a 1B model with $20k?',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$20k'],
    ],
    unread: ['foo'],
  },
  {
    q: 'student=1B budget=$50k please xyzzy',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
    ],
    unread: ['xyzzy'],
  },
  {
    q: '1B model for $50k from Llama 13B',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
    ],
    unread: ['Llama 13B'],
  },
  {
    q: '1B student, 20k dollars',
    intent: 'decide',
    values: [
      ['student', '1B'],
      // Kept as typed: core's one list of currency words reads dollars as USD.
      ['budget', '20k dollars'],
    ],
  },
  {
    q: 'distil a 1B model with a budget of $75k',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$75k'],
    ],
  },
  // A deadline: the GPUs that finish the planned run within it.
  {
    q: '1B model, $50k budget, no teacher, done in 30 days',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
      ['teacher', 'none'],
      ['deadline', '30'],
    ],
  },
  {
    q: 'distil 1B from Llama 3.1 8B with $20k within two weeks',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['teacher', LLAMA_31_8B],
      ['budget', '$20k'],
      ['deadline', '14'],
    ],
  },
  {
    q: 'student=500M budget=1e21 teacher=7B@2T deadline=2w',
    intent: 'decide',
    values: [
      ['student', '500M'],
      ['budget', '1e21'],
      ['teacher', '7B@2T'],
      ['deadline', '14'],
    ],
  },
  // A deadline said as a date: the day it names (the parsers count the days from today).
  {
    q: '1B model, $50k budget, no teacher, by 2027-03-01',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
      ['teacher', 'none'],
      ['deadline', '2027-03-01'],
    ],
    days: 86,
  },
  {
    q: 'distil 1B from Llama 3.1 8B with $20k, finish before March 1',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['teacher', LLAMA_31_8B],
      ['budget', '$20k'],
      ['deadline', '2027-03-01'],
    ],
    days: 86,
  },
  {
    q: 'student=500M budget=1e21 teacher=7B@2T deadline=2027-01-31',
    intent: 'decide',
    values: [
      ['student', '500M'],
      ['budget', '1e21'],
      ['teacher', '7B@2T'],
      ['deadline', '2027-01-31'],
    ],
    days: 57,
  },
  {
    q: 'compare 1B and 3B with $50k and no teacher, by the end of next month',
    intent: 'compare',
    values: [
      ['student', '1B'],
      ['student', '3B'],
      ['budget', '$50k'],
      ['teacher', 'none'],
      ['deadline', '2027-01-31'],
    ],
    days: 57,
  },
  {
    q: 'compare 1B and 3B with $50k and no teacher, within 30 days',
    intent: 'compare',
    values: [
      ['student', '1B'],
      ['student', '3B'],
      ['budget', '$50k'],
      ['teacher', 'none'],
      ['deadline', '30'],
    ],
  },
  // The pilot and every offer of the price table, asked in a sentence.
  {
    q: 'Plan a pilot for a 1B student with $200k, teacher Llama 3.1 8B',
    intent: 'pilot',
    values: [
      ['student', '1B'],
      ['budget', '$200k'],
      ['teacher', LLAMA_31_8B],
    ],
  },
  // Providers or clouds compared are every offer of the price table; two student sizes still compare students.
  {
    q: 'compare providers for 1e22 FLOPs',
    intent: 'scenarios',
    values: [['budget', '1e22 FLOPs']],
  },
  {
    q: 'compare the cost of $50k across clouds for a 1B student, no teacher',
    intent: 'scenarios',
    values: [
      ['budget', '$50k'],
      ['student', '1B'],
      ['teacher', 'none'],
    ],
  },
  {
    q: 'compare 1B and 3B on $50k across providers',
    intent: 'compare',
    values: [
      ['student', '1B'],
      ['student', '3B'],
      ['budget', '$50k'],
    ],
  },
  {
    q: 'which provider is cheapest for 1e22 FLOPs?',
    intent: 'scenarios',
    values: [['budget', '1e22 FLOPs']],
  },
  {
    q: '1B student, $50k, no teacher: which cloud is cheapest?',
    intent: 'scenarios',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
      ['teacher', 'none'],
    ],
  },
];

export const JAPANESE: Row[] = [
  {
    q: '1Bモデル、予算300万円、蒸留すべき?1ドル150円',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '300万円'],
      ['rate', '150'],
    ],
  },
  {
    q: '70億パラメータの教師から10億パラメータのモデルを蒸留したい。予算3000万円。どっちが安い?',
    intent: 'decide',
    values: [
      ['teacher', '7B'],
      ['student', '1B'],
      ['budget', '3000万円'],
    ],
  },
  {
    q: '生徒=10億 予算=五百万円 教師=70億@2兆 レート=150',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '500万円'],
      ['teacher', '7B@2T'],
      ['rate', '150'],
    ],
  },
  {
    q: '生徒=1B、予算=300万円 教師=なし レート=150',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '300万円'],
      ['teacher', 'なし'],
      ['rate', '150'],
    ],
  },
  {
    q: '生徒=1B 予算=$50k 台数=64',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
      ['gpus', '64'],
    ],
  },
  {
    q: '生徒=1B 予算=$50k 教師=7B 教師の損失=2.1',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
      ['teacher', '7B'],
      ['teacher-loss', '2.1'],
    ],
  },
  {
    q: '１Ｂモデル、予算５００万円、教師はQwen2.5-7B、H100を64台で、レート150',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '500万円'],
      ['teacher', '6530000000@18T'],
      ['gpus', '64'],
      ['gpu', 'H100'],
      ['rate', '150'],
    ],
  },
  {
    q: '1Bと3B、予算$50k、比較',
    intent: 'compare',
    values: [
      ['student', '1B'],
      ['student', '3B'],
      ['budget', '$50k'],
    ],
  },
  { q: '1e22 FLOPsはいくら?', intent: 'cost', values: [['budget', '1e22 FLOPs']] },
  {
    q: '10億パラメータのモデル、予算5万GPU時間',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '50000 GPU時間'],
    ],
  },
  {
    q: '生徒モデル1B、教師なし、予算$30k',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['teacher', 'なし'],
      ['budget', '$30k'],
    ],
  },
  {
    q: 'Llama-3.1-8Bから1Bを蒸留、予算$20k',
    intent: 'decide',
    values: [
      ['teacher', LLAMA_31_8B],
      ['student', '1B'],
      ['budget', '$20k'],
    ],
  },
  {
    q: '教師はGemma 2 9B、生徒は1B、予算$40k',
    intent: 'decide',
    values: [
      ['teacher', '8324201984@8T'],
      ['student', '1B'],
      ['budget', '$40k'],
    ],
  },
  {
    q: '1Bモデル、予算$50k、1日20億トークンを365日推論',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
      ['serve', '2B'],
      ['days', '365'],
    ],
  },
  {
    q: '1Bモデル、予算$50k、GPU8台',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
      ['gpus', '8'],
    ],
  },
  {
    q: '予算=300万円 生徒=1B レート=150',
    intent: 'decide',
    values: [
      ['budget', '300万円'],
      ['student', '1B'],
      ['rate', '150'],
    ],
  },
  {
    q: '1Bモデル、予算三千万円、為替150',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '3000万円'],
      ['rate', '150'],
    ],
  },
  {
    q: '生徒=1B 予算=$50k 言語=日本語',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
      ['lang', 'ja'],
    ],
  },
  {
    q: '1Bモデル、予算$50k、ほげ',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
    ],
    unread: ['ほげ'],
  },
  { q: '予算$50kで学習するといくら?', intent: 'cost', values: [['budget', '$50k']] },
  {
    q: '3Bモデル、教師7B（2兆トークン学習済み）、予算$100k',
    intent: 'decide',
    values: [
      ['student', '3B'],
      ['teacher', '7B'],
      ['teacher-tokens', '2T'],
      ['budget', '$100k'],
    ],
  },
  {
    q: '生徒=1.5B 予算=1e21',
    intent: 'decide',
    values: [
      ['student', '1.5B'],
      ['budget', '1e21'],
    ],
  },
  { q: 'モデル一覧', intent: 'models', values: [] },
  {
    q: '5億パラメータのモデル、予算$10k、教師なし',
    intent: 'decide',
    values: [
      ['student', '500M'],
      ['budget', '$10k'],
      ['teacher', 'なし'],
    ],
  },
  { q: 'ヘルプ', intent: 'help', values: [] },
  {
    q: '生徒=1B 予算=$50k 生徒数=4',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
      ['students', '4'],
    ],
  },
  {
    q: '1Bモデル、予算1億円、レート150',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '1億円'],
      ['rate', '150'],
    ],
  },
  {
    q: '教師=Qwen3-8B 生徒=1B 予算=$25k',
    intent: 'decide',
    values: [
      ['teacher', '6950000000@36T'],
      ['student', '1B'],
      ['budget', '$25k'],
    ],
  },
  {
    q: '1Bと3Bのどっちがいい?予算$100k',
    intent: 'compare',
    values: [
      ['student', '1B'],
      ['student', '3B'],
      ['budget', '$100k'],
    ],
  },
  {
    q: '1Bモデル、予算$50k、円で、レート150',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
      ['currency', 'JPY'],
      ['rate', '150'],
    ],
  },
  {
    q: '生徒=1B 予算=$50k 教師=70億@2兆 日数=365 推論=20億',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
      ['teacher', '7B@2T'],
      ['days', '365'],
      ['serve', '2B'],
    ],
  },
  {
    q: '生徒=1B 予算=$50k serve=20億 days=365',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
      ['serve', '2B'],
      ['days', '365'],
    ],
  },
  {
    q: '1Bモデル、予算$50k、教師なし、30日以内に終えたい',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
      ['teacher', 'なし'],
      ['deadline', '30'],
    ],
  },
  {
    q: '10億パラメータ、予算$20k、Llama 3.1 8Bから蒸留、2週間で',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$20k'],
      ['teacher', LLAMA_31_8B],
      ['deadline', '14'],
    ],
  },
  {
    q: '生徒=5億 予算=1e21 教師=70億@2兆 期限=1ヶ月',
    intent: 'decide',
    values: [
      ['student', '500M'],
      ['budget', '1e21'],
      ['teacher', '7B@2T'],
      ['deadline', '30'],
    ],
  },
  {
    q: '1Bモデル、予算$50k、教師なし、3月末まで',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
      ['teacher', 'なし'],
      ['deadline', '2027-03-31'],
    ],
    days: 116,
  },
  {
    q: '10億パラメータ、予算$20k、Llama 3.1 8Bから蒸留、2027年3月1日までに',
    intent: 'decide',
    values: [
      ['student', '1B'],
      ['budget', '$20k'],
      ['teacher', LLAMA_31_8B],
      ['deadline', '2027-03-01'],
    ],
    days: 86,
  },
  {
    q: '生徒=5億 予算=1e21 教師=70億@2兆 期限=来月末',
    intent: 'decide',
    values: [
      ['student', '500M'],
      ['budget', '1e21'],
      ['teacher', '7B@2T'],
      ['deadline', '2027-01-31'],
    ],
    days: 57,
  },
  {
    q: '1Bと3Bを比較、予算$50k、教師なし、期限は3月1日',
    intent: 'compare',
    values: [
      ['student', '1B'],
      ['student', '3B'],
      ['budget', '$50k'],
      ['teacher', 'なし'],
      ['deadline', '2027-03-01'],
    ],
    days: 86,
  },
  {
    q: '1Bと3Bを比較、予算$50k、教師なし、期限=2週間',
    intent: 'compare',
    values: [
      ['student', '1B'],
      ['student', '3B'],
      ['budget', '$50k'],
      ['teacher', 'なし'],
      ['deadline', '14'],
    ],
  },
  {
    q: '1Bモデル、予算$200k、教師なし、パイロット実験を設計して',
    intent: 'pilot',
    values: [
      ['student', '1B'],
      ['budget', '$200k'],
      ['teacher', 'なし'],
    ],
  },
  {
    q: 'クラウド各社を比較、1e22 FLOPs',
    intent: 'scenarios',
    values: [['budget', '1e22 FLOPs']],
  },
  {
    q: 'プロバイダを比べて、予算$50k',
    intent: 'scenarios',
    values: [['budget', '$50k']],
  },
  {
    q: '1Bと3B、予算$50k、クラウド各社を比較',
    intent: 'compare',
    values: [
      ['student', '1B'],
      ['student', '3B'],
      ['budget', '$50k'],
    ],
  },
  {
    q: '1e22 FLOPsだとどのクラウドが一番安い？',
    intent: 'scenarios',
    values: [['budget', '1e22 FLOPs']],
  },
  {
    q: '予算$50kで1Bの生徒、教師なし、プロバイダ別の費用は？',
    intent: 'scenarios',
    values: [
      ['student', '1B'],
      ['budget', '$50k'],
      ['teacher', 'なし'],
    ],
  },
];
