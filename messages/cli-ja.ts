/** The command line's words in Japanese: help, table labels and values, headings and notes (counts in 万/億). */
import { formatLoss, formatScientific, type GpuSpec, type PriceEntry } from '../core/index.js';
import { GPU_NOTES_JA, type OfferWords, offerJa } from './catalog-ja.js';
import { fitErrorPercent } from './catalogue.js';
import type { CliRow, CliWords } from './cli-words.js';
import { ownershipRows, profilePriceText } from './costs.js';
import { JA } from './ja.js';
import {
  countJa,
  exponential,
  flopsWithShare,
  formatCostBand,
  formatGpuHours,
  formatMfuBand,
  formatPricePerGpuHour,
  formatShare,
  quotedPerGpuHour,
  tflops,
} from './numbers.js';

const COUNTING_NOTE = {
  paper: '学習トークンあたり 3·F(N)（F は論文の式69）',
  '6N': '学習トークンあたり 6·N',
} as const;

const CONFIDENCE: Readonly<Record<string, string>> = {
  high: '確度 高',
  'medium-high': '確度 中〜高',
  medium: '確度 中',
  'low-medium': '確度 低〜中',
  low: '確度 低',
};

/**
 * An offer's name, source and note in Japanese (catalog-ja.ts). An offer added to core's table without its Japanese
 * words still shows its id, source and figures; the test of catalog-ja.ts fails until they are written.
 */
function offerWords(entry: PriceEntry): OfferWords {
  return offerJa(entry.id) ?? { offer: '', source: '' };
}

// A space after a URL: a terminal that makes links of URLs would take a full-width bracket into the link.
function gpuNote(gpu: GpuSpec): string {
  return Object.hasOwn(GPU_NOTES_JA, gpu.id) ? `。${GPU_NOTES_JA[gpu.id]}` : '';
}

const loss = (value: number): string => `${formatLoss(value)} nats/トークン`;

export const CLI_JA: CliWords = {
  help: {
    program:
      '教師モデルから蒸留するか、直接学習するか。蒸留スケーリング則（Busbridge ら 2025）による予測損失・計画・費用を答えます。',
    commands: {
      law: 'スケーリング則を評価（Busbridge ら 2025、式1・式8）',
      lawSupervised: '直接学習したモデルの損失 L(N, D)',
      lawDistil: '蒸留した生徒モデルの損失 L_S(N_S, D_S, L_T)',
      flops: 'モデルサイズに対するトークンあたりの順伝播・学習 FLOP',
      optimize: '予算に対する計算最適な計画',
      optimizeSupervised: '直接学習する場合の、予算に対する最適なモデルサイズとトークン数',
      optimizeDistil: '生徒モデルと予算に対する最適な教師モデルとトークンの配分',
      decide: 'この生徒モデルは蒸留すべきか、直接学習すべきか',
      compare: '複数の生徒モデルのサイズを並べて比較（学習＋推論の費用つき）',
      chart: '判定をグラフに描画：予算に対する二つの方法の損失',
      fit: '自分の実験に則を当てはめ（論文の方法、付録 F）',
      pilot: '判定を確定させる小さな実験、その費用、その後の段階を計画',
      cost: 'FLOP を GPU時間と金額に換算、または予算で買える FLOP',
      gpus: 'GPU カタログ：精度ごとの密なピーク TFLOP/s、メモリ、出典と日付',
      prices: '価格表：GPU時間あたりの米ドル価格、種類、地域、出典と時点',
      scenarios: '同じ学習を価格表のすべてのオファーで、安い順に',
      models: '`distilplan ask` と /distil で教師モデルとして名前で指定できる公開モデル',
      ask: '日本語でも英語でも自分の言葉で質問：「10億パラメータのモデル、予算$20k、教師 Llama-3.1-8B」',
    },
    fitLaw: (p) => `${p.law === 'supervised' ? '直接学習' : '蒸留'}の則を当てはめ（CSV の見出し ${p.header}）`,
    fitRuns: (header) => `実験の CSV（見出し ${header}）`,
    options: {
      lang: '出力の言語：en または ja（省略時は LC_ALL・LC_MESSAGES・LANG、それ以外は英語）',
      json: 'JSON オブジェクトを一つだけ出力',
      flopsCounting: '学習トークンあたりの FLOP：paper ＝ 3·F(N)（式69）、6N ＝ 単純な 6·N',
      params: '非埋め込みパラメータ数（例 1.5B）',
      tokens: '学習トークン数（例 20B）',
      distilTokens: '蒸留のトークン数（例 20B）',
      studentParams: '生徒モデルの非埋め込みパラメータ数（例 1B）',
      teacherLoss: '既存の教師モデルの交差エントロピー（nats/トークン）',
      lawTeacherLoss: '教師モデルの交差エントロピー（nats/トークン、例 1.9）',
      teacherParams: '既存の教師モデルの非埋め込みパラメータ数',
      teacherTokens: '既存の教師モデルの学習トークン数',
      noTeacher: '教師モデルはまだない（教師も学習する）',
      noTeacherDefault: '教師モデルはまだない（教師も学習する。教師の指定がないときの既定）',
      students: '教師モデルがない場合：学習する教師を共有する生徒モデルの数',
      computeDecide: 'この生徒モデルの予算（FLOP、例 1e21）',
      computeSupervised: '予算（FLOP、例 1e21）',
      computeDistil: '予算の合計（FLOP、例 1e21）',
      budget:
        '金額・GPU時間・FLOP で表した予算：$200k、¥3M、500 GPU-hours、3 PF-days（金額には価格が必要：--gpu または --price）',
      gpu: '`distilplan gpus` の GPU（既定 h100-sxm、h100 などの別名も可）',
      precision: 'MFU の基準とするピークの精度：bf16（既定）、fp16、fp8',
      mfu: '基準のモデル FLOP 使用率：0.4 または 40%（幅は 0.75倍〜1.25倍、既定 0.30/0.40/0.50）',
      mfuBand: 'MFU の幅をまとめて指定（例 0.3/0.4/0.5）',
      price: 'GPU時間あたりの自社価格：通貨つき（¥450、$2.99）、または --currency の単位で数値のみ（450）',
      provider: '`distilplan prices` のプロバイダまたは価格 ID',
      currency: '回答の通貨（JPY などの ISO コード、--rate が必要）',
      rate: '1米ドルあたりの --currency の額（例 150、既定はその通貨の DISTILPLAN_RATES）',
      rateDate: '--rate の日付（回答に表示）',
      costs: 'コストプロファイル（examples/cost-profile.json）：割引、失敗、データ、人件費など',
      chart: 'この回答のグラフも FILE.png または FILE.svg に描く',
      gpusDays: '学習に使う GPU の台数（学習期間の計算用）',
      serveTokensPerDay: '生徒モデルが1日に推論するトークン数（推論費用を加える、例 2B）',
      serveDays: '推論する日数（例 365）',
      deadline:
        'D 以内に学習を終える: 30、30日、2週間、1ヶ月、または日付 2027-03-01、3月末（必要な GPU 台数を計算。--gpus を指定した場合はその台数のまま）',
      scenario: '生徒モデルが負担する費用',
      optimizeStudents: '一つの教師モデルを共有する生徒モデルの数（教師の学習費用を K 等分）',
      compareStudentParams: '2〜4 個の生徒モデルのサイズ（例 1B 3B）',
      compareCompute: '全員共通、または生徒モデルごとの予算（FLOP、例 1e21 3e21）',
      compareBudget: "全員共通、または生徒モデルごとの予算：'$200k' '$500k'、'500 GPU-hours'",
      compareServeTokensPerDay: '各モデルが1日に推論するトークン数（例 2B）',
      compareServeDays: '各モデルが推論する日数（例 365）',
      compareGpus: '各生徒モデルの学習に使う GPU の台数（学習期間の計算用、既定 8）',
      compareDeadline:
        '各生徒モデルの学習を D 以内に終える: 30、30日、2週間、1ヶ月、または日付 2027-03-01（それぞれに必要な GPU 台数を計算。--gpus を指定した場合はその台数のまま）',
      servingMfu: '推論時の MFU（デコードはメモリ律速、既定 0.25）',
      costFlops: '費用を求める計算量：1e24、1e24 FLOPs、3 PF-days',
      costBudget: 'FLOP に換算する予算：$50k、¥3M、500 GPU-hours、2,000 H100-hours',
      pricesGpu: 'この GPU だけ',
      pricesProvider: 'このプロバイダだけ',
      fitFix: '基準のセットの値に固定する係数（カンマ区切り、例 A,alpha,gamma）',
      fitBase: '固定する係数を取るセット（既定は既定のセット）',
      fitBootstrap: '90% 区間のためのブートストラップ回数（0 で省略）',
      fitSeed: 'ブートストラップのシード',
      fitOut: '--preset で使える係数セットのファイルを書き出す',
      fitName: '書き出すセットの名前（既定はファイル名）',
      pilotSeed: 'シミュレーションのシード',
      pilotWorlds: 'シミュレーションする妥当な真の法則の数',
      pilotGpus: '各段階で使う GPU の台数（日数の計算用）',
      pilotOut: 'DIR に supervised.csv と distil.csv（損失は空欄）を書き出す',
      scenariosBudget: '予算：$200k、¥30M、500 GPU-hours（金額は既定の H100 価格で FLOP に換算）',
      scenariosCompute: '--student-params と組み合わせる予算（FLOP）',
      scenariosStudentParams: '判定の質問：その計画の FLOP とトークン数を使う（--budget か --compute と組み合わせる）',
      scenariosGpu: 'これらの GPU だけ（例 h100,b200）',
      scenariosKind: 'これらの価格の種類だけ：on-demand、reserved、spot、marketplace、reference',
      scenariosProvider: 'これらのプロバイダまたは価格 ID だけ（例 aws,lambda）',
      scenariosGpus: '各学習に使う GPU の台数（日数の計算用、既定は各オファーのノード、8 台）',
      scenariosRate: '1米ドルあたりの --currency の額（既定はその通貨の DISTILPLAN_RATES）',
      scenariosCosts: 'コストプロファイル：その価格を各行に使い、各行の総保有コストを表示',
      askJson: '回答したコマンドの JSON オブジェクトに `question`（読み取った内容）を加えて出力',
      chartOut: 'FILE.png または FILE.svg（形式は拡張子で決まります）',
    },
    presetOption: (ids) => `係数セット（${ids.join('、')}）、または distilplan fit --out で書き出したセットのファイル`,
    pilotShare: (share) => `パイロットに使える予算の割合（例 5% または 0.05、既定 ${formatShare(share)}）`,
    pilotNoise: (noise) => `測定した損失の実験ごとのばらつき（例 0.5% または 0.005、既定 ${formatShare(noise)}）`,
    chartWidth: (pixels) => `画像の幅（ピクセル、既定 ${pixels}）`,
    chartHeight: (pixels) => `画像の高さ（ピクセル、既定 ${pixels}）`,
    askArgument: '質問（引用符で囲むか、いくつかの語に分けて）',
    titles: {
      usage: '使い方:',
      arguments: '引数:',
      options: 'オプション:',
      commands: 'コマンド:',
      globalOptions: '共通オプション:',
    },
    helpOption: 'コマンドのヘルプを表示',
    helpCommand: 'コマンドのヘルプを表示',
    extra: (p) => {
      const parts = [
        ...(p.choices ? [`選択肢: ${p.choices.join('、')}`] : []),
        ...(p.default ? [`既定: ${p.default.description ?? String(p.default.value)}`] : []),
      ];
      return parts.length === 0 ? '' : `（${parts.join('、')}）`;
    },
  },
  planRows: (plan) => {
    const teacherTokens = plan.teacherTokensAtBound
      ? `できるだけ多くのトークン（則は改善し続け、探索は上限の ${countJa(plan.teacherTokens)} で止まりました）`
      : plan.teacherTokens > 0
        ? `${countJa(plan.teacherTokens)}トークン`
        : 'トークン数は不明';
    return [
      ['生徒モデルの損失', `${loss(plan.loss)}（蒸留）`],
      ['直接学習', `${loss(plan.supervisedLoss)}（同じ生徒モデル、同じ予算）`],
      ['生徒モデル', `パラメータ ${countJa(plan.studentParams)}、${countJa(plan.studentTokens)}トークン`],
      [
        '教師モデル',
        `パラメータ ${countJa(plan.teacherParams)}、${teacherTokens}、損失 ${formatLoss(plan.teacherLoss)}`,
      ],
      [JA.answer.parts.studentTraining, flopsWithShare(plan.flops.studentTraining, plan.shares.studentTraining)],
      [JA.answer.parts.teacherInference, flopsWithShare(plan.flops.teacherInference, plan.shares.teacherInference)],
      [
        JA.answer.parts.teacherPretraining,
        flopsWithShare(plan.flops.teacherPretraining, plan.shares.teacherPretraining) +
          (plan.students > 1 ? `（${formatScientific(plan.teacherPretrainingWhole)} の ${plan.students} 分の1）` : ''),
      ],
      ['合計', `${formatScientific(plan.flops.total)} FLOPs`],
    ];
  },
  supervisedPlanTitle: (compute) => `${formatScientific(compute)} FLOPs での計算最適な直接学習モデル`,
  supervisedPlanRows: (plan) => [
    ['パラメータ', countJa(plan.params)],
    ['トークン', countJa(plan.tokens)],
    ['パラメータあたりのトークン', plan.tokensPerParam.toFixed(1)],
    ['損失', loss(plan.loss)],
  ],
  distillationPlanTitle: (plan) =>
    `${formatScientific(plan.compute)} FLOPs での計算最適な蒸留（${JA.answer.scenario[plan.scenario]}${plan.students > 1 ? `、生徒モデル ${plan.students} 個` : ''}）`,
  coefficientsNote: (p) =>
    p.shippedNote === undefined
      ? `係数: ${p.id}（係数セットのファイル）`
      : `係数: ${p.id}: ${JA.presets.shipped[p.id as keyof typeof JA.presets.shipped] ?? ''}`,
  lawCoefficientsNote: (p) =>
    `係数: ${p.id}: ${JA.presets.shipped[p.id as keyof typeof JA.presets.shipped] ?? '係数セットのファイル'}`,
  countingNote: (counting) => `FLOP の数え方: ${COUNTING_NOTE[counting as keyof typeof COUNTING_NOTE] ?? counting}`,
  warningNote: (warning) => `注意: ${warning}`,
  costing: {
    gpuHours: (hours) => [
      'GPU時間',
      `${formatGpuHours(hours.base, 'ja')}（${formatGpuHours(hours.low, 'ja')}〜${formatGpuHours(hours.high, 'ja')}）`,
    ],
    cost: (p) => ['費用', `${formatCostBand(p.cost, p.currency, 'ja')} ${JA.phrases.costBand(p.mfu)}`],
    noPrice: (gpu) => ['費用', `${gpu} の価格がありません（--price で指定）`],
    assumptions: (a) => {
      const price = a.price;
      const where = price.userGiven
        ? price.converted
          ? `ご指定の ${formatPricePerGpuHour(price.quotedPerGpuHour, price.quoteCurrency, 'ja')} を下のレートで換算`
          : 'ご指定の価格'
        : `${price.provider}（${JA.answer.priceKind[price.kind]}）、${offerJa(price.id)?.offer ?? price.id ?? price.provider}${price.region ? `、${price.region}` : ''}`;
      const rows: CliRow[] = [
        CLI_JA.costing.gpu(a.gpu),
        CLI_JA.costing.mfu({ band: a.mfu, precision: a.gpu.precision }),
        [
          '価格',
          `${formatPricePerGpuHour(price.perGpuHour, price.currency, 'ja')}：${where}${price.userGiven ? '' : `、${price.asOf} 時点`}`,
        ],
      ];
      // As in English: the URL, or the source's title when the table has no URL for it.
      const source = price.sourceUrl ?? offerJa(price.id)?.source;
      if (!price.userGiven && source) rows.push(['価格の出典', source]);
      if (price.profile) rows.push(['価格の設定', profilePriceText(price, 'ja')]);
      if (a.currency.code !== 'USD') {
        const whose = a.currency.rateSource === 'workspace' ? 'このワークスペースの DISTILPLAN_RATES の設定、' : '';
        const date = a.currency.rateDate === 'user-given' ? 'ご指定のレート' : a.currency.rateDate;
        rows.push(['為替', `1米ドル = ${a.currency.ratePerUsd} ${a.currency.code}（${whose}${date}、概算）`]);
      }
      return rows;
    },
    gpu: (gpu) => [
      'GPU',
      `${gpu.name}（${gpu.id}）、${gpu.precision} の密なピーク ${tflops(gpu.peakFlopsPerSecond)} TFLOP/s`,
    ],
    mfu: (p) => ['MFU', `${p.precision} ピークの ${formatMfuBand(p.band)}（低/基準/高）`],
  },
  ownership: (ownership) => ownershipRows(ownership, 'ja'),
  law: {
    supervisedTitle: '直接学習の損失 L(N, D)',
    distilTitle: '蒸留した生徒モデルの損失 L_S(N_S, D_S, L_T)',
    rows: (p) =>
      p.teacherLoss === undefined
        ? [
            ['パラメータ', countJa(p.params)],
            ['トークン', countJa(p.tokens)],
            ['損失', loss(p.loss)],
            [
              '90% 区間',
              JA.phrases.lawInterval({
                ...p.interval,
                low: formatLoss(p.interval.low),
                high: formatLoss(p.interval.high),
              }),
            ],
          ]
        : [
            ['生徒モデルのパラメータ', countJa(p.params)],
            ['トークン', countJa(p.tokens)],
            ['教師モデルの損失', loss(p.teacherLoss)],
            ['生徒モデルの損失', loss(p.loss)],
            [
              '90% 区間',
              JA.phrases.lawInterval({
                ...p.interval,
                low: formatLoss(p.interval.low),
                high: formatLoss(p.interval.high),
              }),
            ],
            ['直接学習', `${loss(p.supervisedLoss ?? Number.NaN)}（同じ生徒モデル、同じトークン数）`],
          ],
  },
  flops: {
    title: 'トークンあたりの FLOP',
    rows: (result) => [
      ['パラメータ', countJa(result.params)],
      ['順伝播（トークンあたり）', `${formatScientific(result.forwardPerToken, 4)} FLOPs`],
      ['学習（トークンあたり）', `${formatScientific(result.trainingPerToken, 4)} FLOPs（順伝播の 3 倍）`],
      ['6N（トークンあたり）', `${formatScientific(result.sixNPerToken, 4)} FLOPs`],
      [
        '形状',
        `${result.shape.layers.toFixed(1)} 層 × 幅 ${Math.round(result.shape.width)}（構築できる形：${result.shape.roundedLayers} × ${result.shape.roundedWidth}）`,
      ],
    ],
    counting: (counting) =>
      `数え方: ${counting === 'paper' ? '論文の式69（n_ctx 4096 の注意機構と 32,768 語の出力層を含む）' : '6N'}`,
  },
  gpus: {
    header: (precisions) => ['ID', ...precisions.map((p) => `${p} TFLOP/s`), 'メモリ', '別名'],
    row: (gpu, precisions) => [
      gpu.id,
      ...precisions.map((p) => {
        const peak = gpu.denseFlopsPerSecond[p as keyof typeof gpu.denseFlopsPerSecond];
        return peak === undefined ? '-' : tflops(peak);
      }),
      `${gpu.memoryGB} GB`,
      gpu.aliases.join(' '),
    ],
    sourcesTitle: '密なピーク性能（2:4 スパース性なし）。出典:',
    source: (gpu) =>
      `${gpu.id}: ${gpu.name}; ${gpu.sourceUrl} （${gpu.sourceDate} 参照、${CONFIDENCE[gpu.confidence] ?? ''}）${gpuNote(gpu)}`,
  },
  prices: {
    none: '条件に合う価格はありません。--price で自社の価格を指定してください。',
    header: ['ID', 'GPU', '$/GPU時間', '種類', '時点', '既定', 'オファー'],
    row: (entry) => [
      entry.id,
      entry.gpu,
      quotedPerGpuHour(entry),
      JA.costs.kind[entry.kind],
      entry.asOf,
      entry.isDefault ? '既定' : '',
      offerWords(entry).offer,
    ],
    sourcesTitle: 'GPU時間あたりの米ドル価格（インスタンス価格は GPU 数で割ったもの）。出典:',
    source: (entry) => {
      const words = offerWords(entry);
      return `${entry.id}: ${entry.sourceUrl ?? '（URL なし）'} （${words.source}、${CONFIDENCE[entry.confidence] ?? ''}）${words.note ? `。${words.note}` : ''}`;
    },
  },
  fit: {
    title: (p) => `${p.law === 'supervised' ? '直接学習' : '蒸留'}の則を ${p.runs} に当てはめました`,
    held: (p) => `${p.value}  （固定: ${p.base}）`,
    interval: (p) => `${p.value}  90% ${p.low}〜${p.high}`,
    rows: (fit) => [
      ['実験数', String(fit.runs)],
      ['平均誤差（MAPE）', fitErrorPercent(fit.mape)],
      ['最大誤差', fitErrorPercent(fit.maxError)],
      ['目的関数', `${exponential(fit.objective, 3)}（対数残差の Huber(δ=1e-4) の和）`],
    ],
    intervals: (p) =>
      p.resamples > 0 ? `区間: ブートストラップ ${p.resamples} 回、シード ${p.seed}` : '区間: なし（--bootstrap 0）',
    written: (out) => `書き出し: ${out}（--preset ${out} で使えます）`,
  },
  pilot: { simulating: 'シミュレーション中' },
  usage: {
    missingOption: (flag) => `${flag} が必要です`,
    optionMissingValue: (flag) => `${flag} の値がありません`,
    missingArgument: (name) => `引数 ${name} が必要です`,
    unknownOption: (p) => `「${p.flag}」というオプションはありません${p.near ? `（${p.near} のことですか？）` : ''}`,
    unknownCommand: (p) => `「${p.name}」というコマンドはありません${p.near ? `（${p.near} のことですか？）` : ''}`,
    excessArguments: (p) =>
      `${p.command ? `${p.command} の` : ''}引数が多すぎます（${p.expected} 個のところ ${p.got} 個）`,
    invalidChoice: (p) => `${p.flag} の「${p.value}」は使えません。使える値: ${p.choices.join('、')}`,
  },
  chartWritten: (path) => `グラフ: ${path}`,
};
