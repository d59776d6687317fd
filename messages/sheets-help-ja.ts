/** The Sheets custom functions' help in Japanese (see sheets-help.ts). */
import type { SheetsHelp } from './sheets-help-words.js';

const RANGE_NOTE = '1つの値か列の範囲。';
const PARAMS_NOTE = '埋め込みを除くパラメータ数。数値か、1.5B、7e9、7,000,000,000 のような文字列。';
const RUNS_NOTE = '列の範囲で、1行に1回の実験（空行は飛ばします）。';
const PRESET =
  '係数セット：busbridge2025-corrected（既定、空欄）か busbridge2025（論文の表6のまま）。または係数6個（FIT_SUPERVISED の結果）か15個（教師あり学習、続いて蒸留）を1行に並べた範囲。';
const FIXED =
  '既定セットの値に固定する係数をカンマ区切りで。例："A,alpha,gamma"（A\' は Ad とも書けます）。空欄ならすべて当てはめます。';
const FLOPS = `FLOP 数。1e22 のような数値か、"1e22 FLOPs"、"3 PF-days" のような文字列。${RANGE_NOTE}`;
const GPU = 'GPU の ID。h100、a100、h200、b200、tpu-v5p など。';
const PROVIDER_OR_PRICE =
  '価格の出典（aws、lambda など。既定はその GPU の基準価格）、または自社の GPU時間あたりの価格：通貨での数値か、"¥450" のような文字列。';
const MFU = 'モデル FLOP 利用率（MFU）。小数かパーセント（既定 40%）。';
const CURRENCY = 'ISO 通貨コード（USD（既定）、JPY、EUR など）か、¥、円 のような記号。';
const RATE = '1 米ドルあたりの通貨の額。JPY なら 150 など（USD 以外の通貨で必要）。';
const STUDENTS_SHARING = '1つの教師モデルの事前学習を共有する生徒モデルの数（既定 1）。';

/** DISTIL_OR_TRAIN's, DISTIL_NOTES's and PILOT_PLAN's question. */
const DECISION = {
  student_params: `生徒モデルの${PARAMS_NOTE}${RANGE_NOTE}`,
  compute: `この生徒モデルの予算（FLOP）。1e22 や、金額の予算に BUDGET_FLOPS をかけた値など。${RANGE_NOTE}`,
  teacher_loss: '既存の教師モデルの損失（nats/トークン）。空欄なら教師モデルはまだなく、新たに学習します。',
  teacher_params:
    'その既存の教師モデルのパラメータ数（teacher_loss と一緒に）。または teacher_loss を空欄にして 8B@15T のような「サイズ@トークン数」。',
  students: '教師モデルがないとき：新しい教師モデルを共有する生徒モデルの数（既定 1）。',
};

export const SHEETS_HELP_JA: SheetsHelp = {
  optional: '（省略可）',
  example: '例：',
  functions: {
    DISTIL_LOSS: {
      description:
        '指定した損失の教師モデルから蒸留した生徒モデルの予測交差エントロピー（nats/トークン）（Busbridge et al. 2025、式8）。',
      params: {
        student_params: `生徒モデルの${PARAMS_NOTE}${RANGE_NOTE}`,
        tokens: `生徒モデルが蒸留で見るトークン数。20B など。${RANGE_NOTE}`,
        teacher_loss: `教師モデルの交差エントロピー（nats/トークン）。1.22 より大きい値、1.9 など。${RANGE_NOTE}`,
        preset: PRESET,
      },
      returns: '生徒モデルの損失（nats/トークン）。列を渡せば列で返します。',
    },
    SUPERVISED_LOSS: {
      description: 'データで直接学習したモデルの予測交差エントロピー（nats/トークン）（Busbridge et al. 2025、式1）。',
      params: {
        params: `モデルの${PARAMS_NOTE}${RANGE_NOTE}`,
        tokens: `学習トークン数。20B など。${RANGE_NOTE}`,
        preset: PRESET,
      },
      returns: '損失（nats/トークン）。列を渡せば列で返します。',
    },
    FORWARD_FLOPS: {
      description: '論文の形状のモデルの、トークンあたりの順伝播 FLOP F(N)（式69、文脈長 4096、語彙 32768）。',
      params: { params: `モデルの${PARAMS_NOTE}${RANGE_NOTE}` },
      returns: '1回の順伝播のトークンあたり FLOP。',
    },
    TRAINING_FLOPS: {
      description: 'モデルを指定のトークン数で学習する FLOP：3·F(N)·D。',
      params: { params: `モデルの${PARAMS_NOTE}${RANGE_NOTE}`, tokens: `学習トークン数。2T など。${RANGE_NOTE}` },
      returns: '学習の FLOP。',
    },
    OPTIMAL_SUPERVISED: {
      description: '学習予算に対する計算最適なモデル：損失を最小にするサイズとトークン数。',
      params: {
        compute: `予算（FLOP）：1e21、"1e21 FLOPs"、"3 PF-days"（金額は BUDGET_FLOPS を参照）。${RANGE_NOTE}`,
      },
      returns: '3セルの行：パラメータ数、トークン数、損失（nats/トークン）。予算ごとに1行。',
    },
    OPTIMAL_DISTIL: {
      description:
        '指定サイズの生徒モデルを予算内で計算最適に蒸留：生徒モデルの損失を最小にする教師モデルとトークン配分。',
      params: {
        student_params: `生徒モデルの${PARAMS_NOTE}${RANGE_NOTE}`,
        compute: `予算の合計（FLOP）。1e22 や "1e22 FLOPs" など。${RANGE_NOTE}`,
        scenario:
          '予算で賄うもの：best-case、teacher-inference、teacher-pretraining、pretraining-and-inference（既定、空欄）。短い名前 best、inference、pretraining、both も可。',
        students: STUDENTS_SHARING,
      },
      returns:
        '5セルの行：生徒モデルの損失、生徒モデルのトークン数、教師モデルのパラメータ数、教師モデルのトークン数、教師モデルの損失。入力の行ごとに1行。',
    },
    DISTIL_OR_TRAIN: {
      description:
        '蒸留か直接学習か。生徒モデルと予算に対する判定。既存の教師モデル（損失とサイズ）があるとき、またはないとき（そのために教師モデルを学習）。',
      params: DECISION,
      returns:
        '4セルの行：取るべき判断（distil、train、close-call、outside-evidence）、蒸留の損失、直接学習の損失、法則だけの判定（"distil" か "train"）。',
    },
    DISTIL_NOTES: {
      description: '理由：DISTIL_OR_TRAIN と同じ問いに対する判定の注意点（外挿、僅差、能力ギャップ…）を1つのセルに。',
      params: DECISION,
      returns: '注意点をつないだ文字列。なければ空。',
    },
    FLIP_COMPUTE: {
      description: 'この生徒モデルで計算最適な蒸留と直接学習が入れ替わる予算（FLOP）。1e17〜1e28 で最初の交点。',
      params: {
        student_params: `生徒モデルの${PARAMS_NOTE}${RANGE_NOTE}`,
        scenario:
          'best-case（既定、空欄）、teacher-inference、teacher-pretraining、pretraining-and-inference（best、inference、pretraining、both も可）。',
        students: STUDENTS_SHARING,
      },
      returns: 'FLOP。1e17〜1e28 FLOP で判定が変わらないときは文字列 "none"。',
    },
    GPU_HOURS: {
      description: '指定の FLOP を GPU で実行する GPU時間（密なピーク × MFU）。',
      params: { flops: FLOPS, gpu: GPU, mfu: MFU },
      returns: 'GPU時間。',
    },
    TRAINING_COST: {
      description:
        '指定の FLOP を日付つきの事業者価格で実行する金額。通貨での数値（セルを通貨の書式にすれば SUM で合計できます）。',
      params: {
        flops: FLOPS,
        gpu: GPU,
        provider_or_price: PROVIDER_OR_PRICE,
        mfu: MFU,
        currency: CURRENCY,
        rate: RATE,
      },
      returns: '通貨での費用（丸めなし）。',
    },
    BUDGET_FLOPS: {
      description: '予算で GPU を価格と MFU のもとで使える FLOP：計画用の関数に compute として渡す値。',
      params: {
        budget:
          '通貨での数値の金額（通貨書式のセル）、または単位つきの文字列："$200k"、"¥30M"、"300万円"、"500 GPU-hours"、"3 PF-days"、"1e21 FLOPs"。1つの値か列の範囲。',
        gpu: GPU,
        provider_or_price: PROVIDER_OR_PRICE,
        mfu: MFU,
        currency: CURRENCY,
        rate: RATE,
      },
      returns: '基準の MFU での FLOP（丸めなし。distilplan cost --budget … --json と同じ値）。',
    },
    GPU_PRICE: {
      description: '費用の計算に使う GPU の価格：通貨での GPU時間あたりの価格と、その通貨、日付、種類。',
      params: {
        gpu: GPU,
        provider: '価格の出典（aws、lambda など。既定はその GPU の基準価格）。',
        currency: CURRENCY,
        rate: RATE,
      },
      returns: '4セルの行：GPU時間あたりの価格、通貨、時点、"事業者 種類"（例 "lambda on-demand"）。',
    },
    FIT_SUPERVISED: {
      description:
        '教師あり学習の法則を自社の実験に論文の方法で当てはめます（対数残差の Huber 損失、論文の格子からの有界準ニュートン法）。当てはめない係数は既定セットの値のまま。',
      params: {
        params: `各実験の${PARAMS_NOTE}${RUNS_NOTE}`,
        tokens: `各実験の学習トークン数。${RUNS_NOTE}`,
        losses: `各実験の検証損失（nats/トークン）。${RUNS_NOTE}`,
        fixed: FIXED,
      },
      returns: '6セルの行：E、A、B、alpha、beta、gamma（SUPERVISED_LOSS や DISTIL_LOSS の preset に渡せます）。',
    },
    FIT_DISTIL: {
      description:
        '蒸留の法則を自社の蒸留実験に当てはめます（各生徒モデルの L̃_S は既定セットの教師あり学習の法則から）。',
      params: {
        student_params: `各生徒モデルの${PARAMS_NOTE}${RUNS_NOTE}`,
        student_tokens: `各生徒モデルの蒸留トークン数。${RUNS_NOTE}`,
        teacher_losses: `各教師モデルの損失（nats/トークン）。${RUNS_NOTE}`,
        student_losses: `各生徒モデルの損失（nats/トークン）。${RUNS_NOTE}`,
        fixed: FIXED,
      },
      returns: "9セルの行：A'、B'、alpha'、beta'、gamma'、c0、c1、f1、d1。",
    },
    COST_SCENARIOS: {
      description:
        '1回の学習を価格表のすべてのオファーで、安い順に：価格、GPU時間、MFU の幅つきの費用、各オファーが貸す GPU での日数（オファーに記載がなければ1ノード8台）、同じ GPU で最安のオンデマンドとの差額。',
      params: {
        flops: FLOPS,
        gpus: 'この GPU だけ："h100,b200" か GPU ID の範囲（既定、空欄：すべての GPU）。',
        kinds: 'この種類の価格だけ："on-demand,reserved,spot"、marketplace、reference（空欄：すべて）。',
        currency: CURRENCY,
        rate: RATE,
        costs:
          'コストプロファイル：ラベルと値の2列の範囲で、コストプロファイルファイルの項目：failureRestart.amount 10、failureRestart.unit percent-of-training-time、prices[0].provider aws、prices[0].discount.amount 30、prices[0].discount.unit percent…（金額はその通貨で）。',
      },
      returns:
        '見出し行つきの表、オファーごとに1行（スピル）：オファー、種類、GPU、ピーク TFLOP/s、GPU時間あたりの価格、時点、GPU時間、MFU 高・基準・低での費用、日数、GPU 数、オンデマンドとの差額とそのオファー。コストプロファイルがあれば総保有コスト。',
    },
    PILOT_PLAN: {
      description:
        'DISTIL_OR_TRAIN の問いに決着をつけるパイロット：予算の一部で行う小さな教師あり学習と、小さな教師モデルからの蒸留（distilplan pilot と同じ設計）。どれだけの確率で判断が決まるかは distilplan pilot で。',
      params: {
        ...DECISION,
        pilot_share: 'パイロットに使える予算の割合。5%（既定）や 0.05 など。最大 50%。',
        lang: 'en（既定）か ja：見出しと種類の言語。',
      },
      returns:
        '見出し行のあと、実験ごとに1行：実験番号、種類（教師あり学習、または実験 N からの蒸留）、パラメータ数、トークン数、FLOP。',
    },
  },
};
