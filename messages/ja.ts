/**
 * Every message in Japanese. Terms used throughout: 蒸留 / 直接学習 (never 通常学習),
 * 生徒モデル / 教師モデル (models, never people), 能力ギャップ (the capacity gap),
 * 当てはめ範囲 (the fitted range). Product ids (GPU, provider, scenario ids) stay as typed.
 */
import {
  type EvidenceBudgets,
  formatLoss,
  type OutsideQuantity,
  own,
  type PricedEnd,
  type SetFileRule,
  type UncertaintyBasis,
} from '../core/index.js';
import { type Catalogue, marginSize, percentOf } from './catalogue.js';
import { COSTS_JA } from './costs.js';
import { formatMoney, moneyTick } from './money.js';
import {
  countJa,
  currencyName,
  dayCountJa,
  formatPricePerGpuHour,
  limit,
  percent,
  powerOfTen,
  shortJa,
} from './numbers.js';

const COUNT = '1.5B、7e9、7,000,000,000、20B、2T のような正の数';
const BUDGET = '$50k、$1.2M、¥3M、300万円、500 GPU-hours、2,000 H100-hours、3 PF-days、1e22 FLOPs';
const SCENARIO_JA: Readonly<Record<string, string>> = {
  'best-case': '教師モデルの費用なし',
  'teacher-inference': '既存の教師モデルの推論費用のみ',
  'teacher-pretraining': '教師モデルの学習費用のみ',
  'pretraining-and-inference': '教師モデルの学習と推論の費用',
};
const RANGE_WHAT = {
  studentParams: ['生徒モデルのサイズ', 'パラメータ'],
  studentTokens: ['生徒モデルのトークン数', 'トークン'],
  teacherParams: ['教師モデルのサイズ', 'パラメータ'],
  teacherTokens: ['教師モデルのトークン数', 'トークン'],
  teacherLoss: ['教師モデルの損失', 'nats'],
  studentLoss: ['生徒モデルの損失', 'nats'],
  supervisedParams: ['直接学習モデルのサイズ', 'パラメータ'],
  supervisedTokens: ['直接学習のトークン数', 'トークン'],
} as const;
const list = (items: readonly string[]): string => items.join('、');

const SET_FILE_PROBLEM_JA: Record<SetFileRule, (p: { expected?: string; count?: number }) => string> = {
  object: () => ' は JSON オブジェクトである必要があります',
  format: (p) => ` は「${p.expected}」である必要があります`,
  version: (p) => ` は ${p.expected} である必要があります`,
  name: () => ' は 200 文字以内の空でない文字列である必要があります',
  note: () => ' は 1000 文字以内の文字列である必要があります',
  date: () => ' は日付である必要があります',
  finite: () => ' は有限の数値である必要があります',
  positive: () => ' は 0 より大きい必要があります',
  'non-negative': () => ' は 0 以上の数値である必要があります',
  law: () => ' は「supervised」か「distillation」である必要があります',
  names: () => ' は則の係数名の一覧である必要があります',
  samples: (p) => ` は ${p.count} 個の有効な係数値の一覧である必要があります`,
  'sample-count': (p) => ` の標本は ${p.count} 件以下である必要があります`,
  count: (p) => ` は ${p.count} 以上の整数である必要があります`,
  quantity: () => ' は実験の量ではありません',
  span: () => ' は下限以上である必要があります',
  fitted: () => ' は当てはめた係数ではありません',
  pair: () => ' は [下限, 上限] である必要があります',
};
const WRITTEN_BY_FIT = '`distilplan fit --out` が書き出したファイル';
const SET_FILE_ACCEPTED_JA: Partial<Record<SetFileRule, string>> = {
  object: WRITTEN_BY_FIT,
  format: WRITTEN_BY_FIT,
  version: WRITTEN_BY_FIT,
  samples: WRITTEN_BY_FIT,
  'sample-count': WRITTEN_BY_FIT,
  name: '"our-c4-fit" のような名前',
  note: '文、または ""',
  date: '2026-12-01 のような日付',
  finite: '0.0031 のような数値',
  positive: '0 より大きい数値',
  'non-negative': '0.0031 のような数値',
  law: 'supervised、distillation',
  count: '12 のような個数',
  span: '下限 ≤ 上限 の範囲',
  pair: '2つの数値',
};

/** What a law's plausible band rests on (core/plausible.ts's codes). */
const BASIS_JA: Record<UncertaintyBasis, string> = {
  bootstrap: 'ブートストラップ',
  'figure-1-residuals': '論文の図1の残差',
  'reported-error': '論文が報告した当てはめ誤差',
  'fit-residuals': '自社の実験での残差',
};

const CALL = {
  distil: '蒸留する',
  train: '直接学習する',
  'close-call': '僅差',
  'outside-evidence': '根拠の範囲外',
} as const;
const CALL_MEANING = {
  distil: 'この生徒モデルは直接学習より蒸留した方が良くなります',
  train: '蒸留より直接学習した方が良くなります',
  'close-call': '妥当な法則の間でどちらが勝つか割れています（品質はほぼ同じ）',
  'outside-evidence': 'この条件では則の判定は根拠になりません',
} as const;

const QUANTITY_JA: Record<OutsideQuantity['quantity'], string> = {
  studentParams: '生徒モデルのサイズ',
  studentTokens: '生徒モデルのトークン数',
  supervisedTokens: '直接学習のトークン数',
  teacherLoss: '教師モデルの損失',
  studentLoss: '蒸留後の損失',
};

/** A range's shape: "2行×1列". */
const shapeJa = (rows: number, columns: number): string => `${rows}行×${columns}列`;
const money = (p: { amount: string; currency: string }): string =>
  formatMoney(p.amount, p.currency, { compact: true, lang: 'ja' });

/** 約44日、5.2時間、1時間未満: calendar time at 2 significant figures. */
function daysJa(days: number): string {
  if (days * 24 < 1) return '1時間未満';
  if (days < 1) return `${Number((days * 24).toPrecision(2))}時間`;
  return `${Number(days.toPrecision(2))}日`;
}

function outsideJa(q: OutsideQuantity): string {
  const loss = q.quantity === 'teacherLoss' || q.quantity === 'studentLoss';
  const shortOf = (value: number): string => (loss ? value.toFixed(3) : countJa(value));
  const value = loss ? `${formatLoss(q.value)} nats` : countJa(q.value);
  const range = q.fittedLow > 0 ? `${shortOf(q.fittedLow)}〜${shortOf(q.fittedHigh)}` : `${shortOf(q.fittedHigh)} 以下`;
  const factor = loss ? '' : `（${Number(q.factor.toPrecision(2))}倍）`;
  return `${QUANTITY_JA[q.quantity]} ${value} は当てはめ範囲（${range}）から大きく${q.side === 'above' ? '上' : '下'}に外れています${factor}`;
}

function budgetSpanJa(budgets: EvidenceBudgets): string {
  if (budgets.low === null && budgets.high === null) return '10¹⁷〜10²⁸ FLOP のすべての予算';
  if (budgets.low === null) return `${powerOfTen(budgets.high!)} FLOP 以下の予算`;
  if (budgets.high === null) return `${powerOfTen(budgets.low)} FLOP 以上の予算`;
  return `${powerOfTen(budgets.low)}〜${powerOfTen(budgets.high)} FLOP の予算`;
}

/** Evidence budgets' ends in money and days: "79.50ドル〜3.12万ドル、GPU 8台で2.5時間〜41日" ('' without days). */
function pricedSpanJa(p: { low: PricedEnd | null; high: PricedEnd | null }): string {
  const gpus = (p.low ?? p.high)?.gpus;
  const span = (part: (e: PricedEnd) => string | null): string | null => {
    const [low, high] = [p.low && part(p.low), p.high && part(p.high)];
    if (p.low && p.high) return low && high ? `${low}〜${high}` : null;
    if (p.low) return low && `${low}以上`;
    return high && `${high}以下`;
  };
  const cost = span((e) => (e.cost ? money(e.cost) : null));
  const days = span((e) => daysJa(e.days));
  if (!days) return '';
  return `${cost ? `${cost}、` : ''}GPU ${gpus}台で${days}`;
}

export const JA: Catalogue = {
  costs: COSTS_JA,
  answer: {
    labels: {
      verdict: '判定',
      distilled: '蒸留した場合の損失',
      direct: '直接学習した場合の損失',
      margin: '差（直接学習 − 蒸留）',
      budget: '予算',
      compute: '計算量',
      gpuHours: 'GPU時間',
      cost: '費用',
      costExact: '費用（基準値、全桁）',
      price: '価格',
      total: '合計',
      costByPart: '内訳ごとの費用',
      tokens: '生徒モデルのトークン数',
      studentTokens: '生徒モデルのトークン数',
      teacher: '教師モデル',
      teacherOptimal: '教師モデル（最適）',
      split: '計算量の内訳（蒸留）',
      flip: '判定が変わる予算',
      computeRatio: '計算量の比（付録 D.5）',
      days: '学習期間',
      keys: 'キー',
      plausible: '妥当な法則',
      serving: '推論',
      servingTotal: '学習＋推論',
    },
    parts: {
      studentTraining: '生徒モデルの学習',
      teacherInference: '教師モデルの推論',
      teacherPretraining: '教師モデルの学習',
    },
    scenario: {
      'best-case': '教師モデルの費用なし（償却済み）',
      'teacher-inference': '既存の教師モデルの推論費用のみ',
      'teacher-pretraining': '教師モデルの学習費用のみ（推論結果は保存して再利用）',
      'pretraining-and-inference': '教師モデルの学習と推論の費用',
    },
    counting: { paper: '3·F(N)/トークン（論文の式69）', '6N': '6N/トークン' },
    priceKind: {
      'on-demand': 'オンデマンド',
      reserved: '予約',
      spot: 'スポット',
      marketplace: 'マーケットプレイス',
      reference: '参考価格',
      'user-given': 'ご指定',
    },
    losses: (p) => `蒸留 ${p.distilled} / 直接学習 ${p.direct}（${p.margin}）`,
    lawSays: (p) => `則だけなら${p.verdict === 'distil' ? '蒸留' : '直接学習'}が ${p.margin} 優位です。`,
    tokens: (p) => `蒸留 ${p.distilled} · 直接学習 ${p.direct}`,
    servingBand: (p) => `${p.band}、1日 ${p.tokensPerDay}トークンを ${p.days} 日間`,
    teacherExisting: (p) => `既存 ${p.size}${p.tokens ? `（${p.tokens}）` : ''}、損失 ${p.loss}`,
    teacherPlanned: (p) =>
      `${p.isNew ? '新規 ' : ''}${p.sizeAtBound ? 'できるだけ大きなモデル' : p.size}（${p.tokensAtBound ? 'できるだけ多くのトークン：則は改善し続け、探索は上限で止まりました' : p.tokens}）、損失 ${p.loss}${p.students > 1 ? `、生徒モデル${p.students}個で共有` : ''}`,
    noPrice: '価格なし（price= で指定）',
    noPriceAt: (example) => `価格なし（${example} で指定）`,
    aboveUniform: '一様分布より悪い',
    flipNever: '10¹⁷〜10²⁸ FLOP の範囲では変わらない',
    flipBelowEvidence: '現実的な予算では変わらない（則の上で変わる予算は根拠の範囲より下）',
    flipAt: (p) =>
      `${p.flops}${p.money ? ` ≈ ${p.money}` : ''}（それ以上では${p.above === 'distil' ? '蒸留' : '直接学習'}）`,
    planTitle: (p) => `計画: ${p.student}の生徒モデル · 蒸留後の損失 ${p.loss}`,
    planIntro: (p) =>
      `${p.student} の生徒モデルを ${p.flops} で計算最適に蒸留（${p.scenario}）: 予測損失 ${p.loss}、同じ予算で直接学習すると ${p.direct}。`,
    costTitle: (p) => `${p.plan ? '計画の費用' : '費用'}: ${p.amount}`,
    compareTitle: (p) => `比較 ${p.count} 件: 最も損失が低いのは ${p.label}（${p.loss}）`,
    compareNoBest: (p) =>
      `比較 ${p.count} 件: 明確な最良はありません（最も低い損失が成り立つのは妥当な法則の ${percent(p.share, 'whole')} だけ）`,
    compareGap: (p) =>
      p.compute
        ? `${p.label} は ${p.best} より ${p.gap} nats 高く、直接学習でこの差を埋めるには ${p.compute} FLOP${p.money ? `（${p.money}）` : ''} 必要です`
        : `${p.label} は ${p.best} より ${p.gap} nats 高く、どのトークン数でもこの差は埋まりません`,
    compareOutcome: (p) => {
      const route = p.verdict === 'distil' ? '蒸留' : '直接学習';
      const call = CALL[p.call];
      const lead = p.call === 'close-call' || p.call === 'outside-evidence' ? `${call}、${route}` : call;
      return `${lead} ${p.best}（${p.verdict === 'distil' ? '直接学習' : '蒸留'} ${p.other}）、${p.flops}${p.money ? ` · ${p.money}` : ''}`;
    },
    compareItem: (p) => `${p.student}の生徒モデル、予算 ${p.budget}、${p.teacher}、${p.gpu}`,
    noTeacher: (students) => `教師モデルなし（生徒モデル${students}個）`,
    teacherOf: (size) => `教師モデル ${size}`,
    law: (p) =>
      `スケーリング則: ${p.set}（${p.fitted ? '自社の実験に当てはめた Busbridge ら 2025 の式' : 'Busbridge ら 2025'}）· FLOP の数え方: ${JA.answer.counting[p.counting]}`,
    hardware: (p) => `${p.gpu}、${p.precision} の理論性能 ${p.peak} · MFU ${p.band}%（低/基準/高）`,
    priceMissing: (gpu) => `価格表に ${gpu} の価格がないため GPU時間のみ表示（price=2.50 のように指定できます）`,
    priceMissingAt: (p) => `価格表に ${p.gpu} の価格がないため GPU時間のみ表示（${p.example} のように指定できます）`,
    priceOwn: (perHour) => `価格: ${perHour}（ご指定の価格）`,
    priceConverted: (p) => `価格: ${p.perHour}（ご指定の ${p.quoted} を換算）`,
    priceTable: (p) =>
      `価格: ${p.perHour} — ${p.provider}${p.offer ? ` ${p.offer}` : ''}（${JA.answer.priceKind[p.kind]}）${p.asOf} 時点`,
    priceSource: (source) => `価格の出典：${source}`,
    currencyHint: '円で表示するには currency=JPY rate=150 のように為替レートを指定してください',
    currencyHintAt: (example) => `円で表示するには ${example} のように為替レートを指定してください`,
    rate: (p) =>
      `為替: 1米ドル = ${p.rate} ${p.code}（${p.workspace ? 'このワークスペースの設定、' : ''}${p.date ?? 'ご指定'}）、概算`,
    basis: '費用は本番学習の GPU レンタル相当額のみ（予備実験・失敗・ストレージ・人件費は含みません）',
    help: {
      text: '/distil の使い方: decide・plan・cost・compare と key=値 の組',
      title: '/distil — 蒸留するか、直接学習するか',
      intro:
        '蒸留スケーリング則（Busbridge ら 2025）による予測です。`key=値` を順不同で並べます。回答はあなたにだけ表示され、*チャンネルに投稿* ボタンで共有できます。',
      topics: {
        decide: '蒸留か直接学習か — 生徒モデル・予算・教師モデルの状況から判定',
        plan: '生徒モデル・予算・シナリオに対する計算最適な蒸留計画',
        cost: 'FLOP（または予算上の計画）を GPU時間と金額に換算',
        compare:
          '2〜4 個のシナリオを | で区切って並べて比較。各シナリオは b: のようなラベルで始められます。2 番目以降は最初のシナリオの指定を引き継ぎ、書いたものだけを変えます（teacher=none で教師モデルなし、gpu= を変えると provider と price は引き継ぎません）',
        presets:
          'preset= で使える係数セットを、当てはめの質（平均誤差、最大誤差）、実験の件数、日付とともに一覧表示。同梱のセットと、自分の実験に当てはめたセット（distilplan fit --out 名前.json）を DISTILPLAN_PRESETS_DIR のフォルダに置いたもの',
        pilot:
          '本番の前に行う小さな実験（予算の share=、既定 5%）とその費用、その後の段階と続行・中止の基準。判断が確定する確率は distilplan pilot で',
        scenarios:
          '価格表のすべてのオファーで同じ学習を安い順に比較: 単価とその日付、GPU時間、MFU の幅つきの費用、日数、オンデマンドとの差額。gpu=、provider=、kind= の一覧で絞り込み、costs=名前 で自社の費用を加算',
      },
      keys: (p) => [
        '`student=` 生徒モデルのパラメータ数（1.5B、7e9、7,000,000,000）',
        '`budget=` 予算: 1e21 FLOPs、3 PF-days、500 GPU-hours、2,000 H100-hours、$200k、300万円（円は rate= が必要）',
        '`teacher=` 既存の教師モデル: 7B@2T（サイズ@トークン数）、または 7B と `teacher-loss=2.1`。省略すると教師モデルを新たに学習（`students=4` で共有）',
        `\`scenario=\` ${p.scenarios}`,
        '`gpu=` `provider=` `price=`（1 GPU時間あたり）`mfu=`（0.4 または 40%）`precision=`（bf16、fp8）`gpus=`（同時に使う台数、学習期間の計算用、既定 8）',
        '`期限=30`（日数。2週間、1ヶ月 も可）、「30日以内」「2週間で」、または日付（`期限=2027-03-01`、「3月末まで」「来月末」）: 期限内に学習を終える GPU の台数で計算します（`台数=` があればその台数のまま、期限に必要な台数を添えます）',
        '`serve=2B days=365` 1日に推論するトークン数と日数：学習＋推論の総費用、compare では損益分岐点（何日で学習費の差を回収するか）',
        '`currency=JPY rate=150`（1米ドルあたり）· `preset=` · `counting=`（paper、6N）· `lang=ja`',
      ],
      ids: (p) => `GPU: ${p.gpus} · プロバイダ: ${p.providers} · 係数セット: ${p.sets}`,
    },
    errorTry: 'こう入力してみてください',
    errorExample: '例',
    errorHelp: '`/distil help` ですべての書き方を表示します',
    failure:
      '申し訳ありません。計算中に問題が発生しました（記録済みです）。もう一度お試しいただくか、`/distil help lang=ja` をご覧ください。',
    shareButton: 'チャンネルに投稿',
    shareTooLong: 'コマンドが長すぎるため共有ボタンは表示できません',
    sharedBy: (who) => `${who} さんが /distil の回答を共有しました`,
    chartFile: (path) => `グラフ: ${path}`,
    chart: {
      'not-in-channel':
        '回答は投稿しましたが、グラフは投稿できませんでした。ファイルをアップロードできるのは参加しているチャンネルだけです。`/invite @distilplan` で招待してから、もう一度「チャンネルに投稿」を押してください。',
      'missing-scope':
        '回答は投稿しましたが、グラフは投稿できませんでした。このアプリには `files:write` の権限がありません。ワークスペースの管理者に、最新のマニフェストで再インストールするよう依頼してください。',
      busy: '回答は投稿しましたが、グラフは投稿できませんでした。このワークスペースでは今、多くのグラフが共有されています。1 分ほどしてから、もう一度「チャンネルに投稿」を押してください。',
      'not-drawn':
        '回答は投稿しましたが、グラフを描けませんでした（時間がかかりすぎたか、この予算はグラフに表せません）。1 分ほどしてから、もう一度「チャンネルに投稿」を押してください。',
      'not-uploaded':
        '回答は投稿しましたが、Slack がグラフを時間内に受け取りませんでした。1 分ほどしてから、もう一度「チャンネルに投稿」を押してください。',
    },
  },
  headline: {
    call: CALL,
    callMeaning: CALL_MEANING,
    callLine: (call, meter) => `${CALL[call]}${meter ? `（${meter}）` : ''}：${CALL_MEANING[call]}`,
    ratio: {
      'close-call': () => '差は予測誤差の範囲（品質はほぼ同じ）です。費用・期間・推論費用で選べます。',
      'never-reaches': () => '蒸留では 10²⁸ FLOP までのどの予算でも直接学習と同じ損失に届きません。',
      'not-searched': () => '',
      cheaper: (p) =>
        `蒸留なら予算の${percent(p.computeRatio, 'whole')}で直接学習と同じ損失に届きます${p.gap ? `（${money(p.gap)}の節約）` : ''}。`,
      dearer: (p) =>
        `蒸留で直接学習と同じ損失に届くには予算の${p.computeRatio.toFixed(1)}倍${p.gap ? `（あと${money(p.gap)}）` : ''}が必要です。`,
    },
    days: (p) => {
      const { low, base, high } = p.days;
      const span = daysJa(low) === daysJa(high) ? '' : `（${daysJa(low)}〜${daysJa(high)}）`;
      const about = daysJa(base) === '1時間未満' ? '' : '約';
      const run = `学習期間は ${p.gpuName} ${p.gpus}台で${about}${daysJa(base)}${span}。`;
      if (!p.deadline) return run;
      return `${Number(p.deadline.days.toPrecision(4))}日以内に終えるには ${p.gpuName} が${p.deadline.gpusNeeded}台必要です（基準の利用率で）。${run}`;
    },
    cost: (p) => `費用は${money(p)}。`,
    why: (reasons) => `理由：${reasons.join('。')}。`,
    outside: outsideJa,
    lossAboveUniform: (name) =>
      `${name === 'distilLoss' ? '蒸留' : '直接学習'}の損失が語彙全体に一様な推測（ln 32768 = 10.40 nats）より悪く、予測になりません`,
    finding: {
      'teacher-for-one-student-train-directly':
        '1つの生徒モデルのために教師モデルを学習する場合、論文では直接学習の方が良い結果です',
      'shared-teacher-distil-below-crossover':
        '複数の生徒モデルで教師モデルを共有すると、生徒モデルが大きいほど高くなる予算までは蒸留が有利になり得ます',
      'existing-teacher-distil-below-crossover':
        '既存の教師モデルがある場合、論文では計算量が少ないうちは蒸留、生徒モデルが大きいほど高くなる予算を超えると直接学習が有利です',
    },
    found: (finding) => `論文の知見：${finding}。`,
    budgets: (budgets) =>
      budgets === null
        ? '10¹⁷〜10²⁸ FLOP のどの予算でも、この条件は根拠の範囲に入りません。'
        : `根拠の範囲に入るのは ${budgetSpanJa(budgets)} です。`,
    budgetsPriced: (p) => {
      const priced = pricedSpanJa(p);
      return priced ? `金額では${priced}です。` : '';
    },
    // One sentence: the FLOPs, then the money and days in brackets (a phone's first screen holds it).
    budgetsInMoney: (budgets, p) => {
      const priced = pricedSpanJa(p);
      return priced ? `根拠の範囲に入るのは ${budgetSpanJa(budgets)}（${priced}）です。` : JA.headline.budgets(budgets);
    },
    meter: (p) => `外挿 ×${Number(p.factor.toPrecision(2))}（${QUANTITY_JA[p.quantity]}）`,
    share: (p) =>
      `妥当な法則 ${p.samples} 通りのうち ${percent(p.share, 'whole')} で蒸留が勝ちます（90% 以上で蒸留、10% 以下で直接学習）。`,
    unidentified: (names) =>
      `この係数セットの実験では ${names.join('、')} を決めきれていません。妥当な法則の幅が広く、この答えも同じだけ不確かです。`,
  },
  lang: 'ja',
  presets: {
    title: '係数セット（preset=）',
    text: (count) => `preset= で使える係数セット ${count} 件`,
    shipped: {
      'busbridge2025-corrected': '既定: 論文の表6の係数で、B′ を図1の測定点に当て直したもの',
      busbridge2025: '論文の表6の係数（印刷どおり）',
    },
    fitted: (p) =>
      `${p.law === 'supervised' ? '直接学習の則' : '蒸留の則'}の ${list(p.fitted)} を ${p.runs} 件の実験に当てはめ: 平均誤差 ${p.mape}、最大誤差 ${p.maxError}${p.samples > 0 ? `、ブートストラップ標本 ${p.samples} 件` : ''}${p.created ? `、${p.created}` : ''}`,
    unfitted: (p) => `手で書いた係数（当てはめの記録なし）${p.created ? `、${p.created}` : ''}`,
    unreadable: (reason) => `使えません: ${reason}`,
    more: (count) => `…ほか ${count} 件`,
    footer: (p) =>
      p.folder
        ? '自分のセットを加えるには `distilplan fit … --out 名前.json` で書き出し、プリセットのフォルダに置いて preset=名前 で使います'
        : '自分の実験に当てはめたセット（`distilplan fit … --out 名前.json`）を使うには、ボットの実行環境で DISTILPLAN_PRESETS_DIR を設定します',
    plausible: (p) => `妥当な法則 ${p.samples} 通りのうち ${p.share}% で蒸留が勝ちます。`,
  },
  quote: (typed) => `「${typed}」`,
  acceptedLabel: '使える形式',
  full: (shortText, accepted) => `${shortText}${shortText.endsWith('？') ? '' : '。'}使える形式: ${accepted}`,
  phrases: {
    costBand: (mfu) =>
      `MFU が ${percentOf(mfu.base)} の場合（範囲は MFU ${percentOf(mfu.low)}〜${percentOf(mfu.high)}）`,
    costBandByPart: () => '各部分がそれぞれの基準 MFU で動く場合（高い MFU〜低い MFU）',
    lawInterval: (p) =>
      `${p.low}〜${p.high} nats/トークン（妥当な法則 ${p.samples} 通り、${p.basis.map((basis) => BASIS_JA[basis]).join('、')}）`,
    plausibleDecision: (p) =>
      `妥当な法則 ${p.samples} 通りのうち ${percent(p.share, 'whole')} で蒸留が勝ちます（90%: 蒸留 ${p.distil}、直接学習 ${p.direct}）`,
  },
  corrections: {
    orThis: 'または',
    fillIn: '‹…› を埋めて送ってください',
    blank: {
      studentParams: () => 'モデルのサイズ',
      budget: () => '単位付きの予算',
      teacherParams: () => '教師モデルのサイズ',
      teacherTokens: () => '教師モデルの学習トークン数',
      teacherLoss: () => '教師モデルの損失（nats）',
      students: () => 'モデルの数',
      scenario: () => 'シナリオ',
      gpu: () => 'GPU の ID',
      provider: () => 'プロバイダ',
      mfu: () => 'MFU',
      price: () => '1 GPU時間あたりの価格',
      currency: (p) => (p.rate === undefined ? '通貨コード' : `1米ドルあたり ${p.rate} になる通貨`),
      rate: (p) => `1米ドルあたりの${p.currency === undefined ? '通貨' : currencyName(p.currency, 'ja')}の額`,
      precision: () => '精度',
      lang: () => '言語',
    },
  },
  problems: {
    missing: () => ' がありません',
    empty: () => ' の値が空です',
    'not-finite': () => ' は有限の数値である必要があります',
    'not-a-number': (p) => ` の「${p.value}」は数値ではありません`,
    'not-a-decimal': (p) => ` の「${p.value}」は小数ではありません`,
    'too-large': () => ' が大きすぎます',
    'too-long': () => ' が長すぎます',
    'below-min': (p) => ` は ${limit(p.min)} ${p.inclusive ? '以上' : 'より大きい'}必要があります`,
    'above-max': (p) => ` は ${limit(p.max)} 以下である必要があります`,
    negative: () => ' は負の値にできません',
    'boolean-not-number': (p) => ` が ${p.value ? 'TRUE' : 'FALSE'} です（数値が必要です）`,
    'date-not-number': () => ' が日付です（数値が必要です）',
    'below-irreducible': (p) => ` は ${p.E}（則の下限損失 E）より大きい必要があります`,
    'loss-above-uniform': (p) =>
      ` は ${formatLoss(p.uniformLoss)} nats 以下である必要があります（ln ${p.vocabularySize}：語彙全体に一様な推測の損失）`,
    'no-prediction': (p) =>
      ` では損失が一様な推測（ln ${p.vocabularySize} = ${formatLoss(p.uniformLoss)} nats）より悪くなります：予測できません`,
    'unknown-coefficient-set': (p) => ` の「${p.value}」は係数セットではありません`,
    'unknown-scenario': (p) => ` の「${p.value}」はシナリオ名ではありません`,
    'unknown-flop-counting': (p) => ` の「${p.value}」は FLOP の数え方ではありません`,
    'unknown-gpu': (p) => ` の「${p.value}」は既知の GPU ではありません`,
    'unknown-precision': (p) => ` の「${p.value}」は既知の精度ではありません`,
    'unknown-currency': (p) => ` の「${p.value}」は通貨コードではありません`,
    'unknown-provider': (p) => ` の「${p.value}」は既知のプロバイダではありません`,
    'unknown-language': (p) => ` の「${p.value}」には対応していません`,
    'not-whole-students': () => ' は 1 以上の整数である必要があります',
    'no-peak': (p) => `: ${p.gpu} には ${p.precision} のピーク性能がありません`,
    'rate-needed': (p) =>
      ` が必要です（${p.currency} で費用を表示するため${p.value ? `。予算「${p.value}」は ${p.currency} 建てです` : ''}）`,
    'rate-not-one-for-usd': () => ' は米ドルでは 1 である必要があります（価格は米ドル建てです）',
    'rate-without-currency': (p) => ` の ${p.rate} には通貨がありません：1米ドルあたり何の通貨で ${p.rate} ですか？`,
    'price-currency-unclear': (p) =>
      ` の ${p.value} には通貨がありません：1 GPU時間あたり ${p.value} ${p.currency} ですか、${p.value} 米ドルですか？`,
    'workspace-rate-unreadable': (p) => ` の「${p.value}」は日付付きの為替レートの形ではありません`,
    'workspace-rate-usd': () => ' に米ドルのレートがあります（米ドルは常に 1、価格は米ドル建てです）',
    'workspace-rate-twice': (p) => ` に ${p.currency} が2回あります`,
    'two-currencies': (p) => ` に2つの通貨（${p.first} と ${p.second}）が含まれています`,
    'provider-has-no-price': (p) => `: ${p.provider} には ${p.gpu} の価格がありません`,
    'mfu-differs-from-band': (p, n) => `（${p.mfu}）が ${n.name('mfuBand')} の基準値（${p.base}）と異なります`,
    'band-needs-three': () => ' には3つの値が必要です',
    'band-not-ordered': (p) => ` の ${p.low}/${p.base}/${p.high} は小さい順ではありません`,
    conflicts: (p, n) => ` は ${n.name(p.other)} と同時に指定できません`,
    'needed-with': (p, n) => ` が必要です（${n.name(p.other)} を指定したため）`,
    'price-currency-mismatch': (p) => ` が ${p.priceCurrency} ですが、回答は ${p.currency} です`,
    'no-default-price': (p) => ` が必要です：価格表に ${p.gpu} の価格がありません`,
    'hours-gpu-mismatch': (p, n) => ` は ${p.budgetGpu} の時間ですが、${n.name('gpu')} は ${p.gpu} です`,
    'budget-currency-mismatch': (p, n) => ` は ${p.budgetCurrency} ですが、${n.name('currency')} は ${p.currency} です`,
    'not-a-budget': (p) => ` の「${p.value}」は予算の形ではありません`,
    'budget-unit-unclear': (p) => ` の「${p.value}」には単位がありません：金額、GPU時間、FLOP のどれですか？`,
    'hours-of-what': () => ' は時間ですが、どの GPU の時間かがありません',
    'not-compute': () => ' は計算量（FLOP か PF-days）である必要があります',
    'infeasible-supervised': (p) =>
      ` の ${powerOfTen(p.compute)} FLOP では、100万パラメータのモデルを100万トークンで学習することもできません`,
    'infeasible-distillation': (p) =>
      ` の ${powerOfTen(p.compute)} FLOP では、${countJa(p.studentParams)}パラメータの生徒モデルに100万トークンも使えません（${SCENARIO_JA[p.scenario] ?? p.scenario}）`,
    'search-not-converged': () =>
      ' では計画を示せません：この予算では最適な計画の探索が収束しなかったため、表示しません。少し異なる予算でお試しください',
    'teacher-needs-tokens-or-loss': (_, n) =>
      ` にはトークン数（${n.example('teacherTokens', '2T')}）か損失（${n.example('teacherLoss', '2.1')}）が必要です`,
    'no-teacher-with-teacher': () => ' は教師モデルのサイズ、トークン数、損失と同時に指定できません',
    'only-without-teacher': () => ' は教師モデルなしの場合だけ使えます（K 個の生徒モデルで共有する教師モデルを学習）',
    'given-twice': () => ' が2回指定されています',
    'teacher-tokens-twice': () => ' が2回指定されています（teacher= の @ の後にもあります）',
    'word-without-key': () => ' には「=」の前にキーがありません',
    'not-key-value': () => ' は key=値 の形ではありません',
    'key-not-for-subcommand': (p) => ` は ${p.subcommand} では使えません`,
    'unknown-key': (p) => ` は ${p.subcommand} のキーではありません${p.near ? `（${p.near}= のことですか？）` : ''}`,
    'missing-for-subcommand': (p) => ` がありません（${p.subcommand} に必要です）`,
    'needs-student': (_, n) => ` には ${n.name('studentParams')}= が必要です（費用を出す計画の指定です）`,
    'compare-count': (p, n) =>
      n.face === 'cli'
        ? ` には 2〜${p.max} 個のモデルサイズが必要です（${p.count} 個）`
        : ` には | で区切った 2〜${p.max} 個のシナリオが必要です（${p.count} 個）`,
    'compare-budgets': (p) =>
      ` は全モデルに共通の1つか、モデルごとに1つずつ指定します（モデル${p.students}個に対して${p.budgets}個）`,
    'compare-serving-differs': () =>
      ' は compare のすべてのシナリオで同じにしてください（最初のシナリオで一度だけ指定します）',
    'unknown-subcommand': (p) =>
      ` は /distil のサブコマンドではありません${p.near ? `（${p.near} のことですか？）` : ''}`,
    'not-whole-in-range': (p) => ` は ${p.min}〜${p.max} の整数である必要があります`,
    'more-than-one-at': () => ' に @ が2つ以上あります',
    'unknown-coefficient-name': (p) => ` の「${p.value}」は係数名ではありません`,
    'coefficient-not-of-law': (p) =>
      ` の ${p.name} は${p.law === 'supervised' ? '直接学習' : '蒸留'}の則の係数ではありません`,
    'run-not-finite': (p) => `: ${p.row} 行目の ${p.column} 列が有限の数値ではありません`,
    'run-not-positive': (p) => `: ${p.row} 行目の ${p.column} 列は 0 より大きい必要があります`,
    'too-few-runs': (p) => ` は ${p.runs} 件で、当てはめる係数（${p.coefficients} 個）より少ないです`,
    'fit-not-storable': (p) =>
      `: 当てはめの結果 ${p.entry} がセットファイルに書けない値（有限の数値ではない）になりました。損失が nats/トークンのクロスエントロピーか確かめてください`,
    'too-few-design-points': (p) =>
      ` は ${p.runs} 件ありますが、異なる実験条件は ${p.points} 通り（入力が同じ実験は 1 通りと数えます）で、当てはめる係数（${p.coefficients} 個）より少ないです`,
    'budget-not-flops': (p) => ` は${p.kind === 'money' ? '金額' : 'GPU時間'}です（FLOP 数が必要です）`,
    'run-empty': (p) => `: ${p.row} 行目の ${p.column} 列が空です`,
    'run-not-a-number': (p) => `: ${p.row} 行目の ${p.column} 列の「${p.value}」は数値ではありません`,
    'missing-column': (p) => ` の見出し（1 行目）に「${p.column}」列がありません`,
    'file-unreadable': (p) =>
      ` のファイル ${p.file} を読めません（${p.reason === 'ENOENT' ? 'ファイルがありません' : p.reason}）`,
    'file-unwritable': (p) => ` に書き込めません（${p.reason}）`,
    'not-json': (p) => ` のファイル ${p.file} は正しい JSON ではありません`,
    'not-whole-pixels': () => ' はピクセル数の整数である必要があります',
    'unknown-chart-format': (p) => ` の「${p.value}」は図の形式ではありません`,
    'no-extension': () => ' に拡張子がありません',
    'teacher-needs-tokens': () => ' には学習トークン数が必要です',
    'not-whole': (p) => ` の「${p.value}」は整数ではありません`,
    'set-file-invalid': (p) => SET_FILE_PROBLEM_JA[p.rule](p),
    'ranges-differ-in-size': () => ' の範囲のセル数がそろっていません',
    'range-shapes-differ': (p) =>
      `（${shapeJa(p.rows, p.columns)}）と ${p.second}（${shapeJa(p.secondRows, p.secondColumns)}）の範囲の大きさがそろっていません`,
    'range-several-columns': (p) =>
      `：範囲が複数列です。1行の入力から ${p.results} 個の結果を1行で返すため、1列にしてください`,
    'result-not-finite': () => ' の結果が有限の数値になりません',
    'row-length': (p) => ` のセルが ${p.count} 個です`,
    'not-a-set-name': (p) => ` の「${p.value}」はセット名ではありません（名前だけを指定し、パスは指定できません）`,
    'file-too-large': (p) => ` のファイル ${p.file} が ${countJa(p.maxBytes)} バイトを超えています`,
    'cost-profile-invalid': (p) => COSTS_JA.profileProblem[p.rule](p),
    'profile-currency-mismatch': (p) =>
      ` の金額は ${p.profileCurrency} 建てですが、${p.currency} の回答にはその換算レートがありません`,
    'unknown-kind': (p) => ` の「${p.value}」は価格の種類ではありません`,
    'unknown-cost-profile': (p) => ` の「${p.value}」はこのワークスペースのコストプロファイルではありません`,
    'not-a-regular-file': (p) => ` の ${p.file} は通常のファイルではありません`,
    'link-out-of-folder': (p) => ` のファイル ${p.file} はフォルダーの外を指すリンクです`,
    'share-out-of-range': (p) => ` は 0 より大きく ${percentOf(p.max)} 以下である必要があります`,
    'pilot-too-small': (p) =>
      ` ではパイロットを組めません（最小の構成でもパラメータ 100万 のモデルから始めて ${powerOfTen(p.minimumFlops)} FLOPs 必要です）`,
    'student-twice': (p) => ` が2回指定されています（${p.first} と ${p.second}）：両方を比べるには compare を使います`,
    'deadline-needs-too-many-gpus': (p) =>
      ` が短すぎます: 期限内に終えるには GPU が ${countJa(p.max)} 台を超えて必要です`,
    'not-a-date': (p) => ` の「${p.value}」は日付ではありません`,
    'deadline-date-past': (p) =>
      ` の ${p.date} は今日（${p.today}）より後ではありません: 期限はこれから先の日付にしてください`,
  },
  accepted: {
    count: () => COUNT,
    'count-range': (p) =>
      `${COUNT}（${countJa(p.min)}〜${countJa(p.max)}${p.unit === 'parameters' ? 'パラメータ' : 'トークン'}）`,
    'flop-count': () => '1e21 や 3e23 のような FLOP 数',
    'flops-at-least-zero': () => '1e22 のような 0〜1e35 の FLOP 数',
    budget: () => BUDGET,
    'budget-at-least': (p) => `${powerOfTen(p.minimumCompute)} FLOP 以上の予算`,
    'budget-or-compute': (_, n) =>
      `${n.name('compute')} に FLOP 数（1e21）、または ${n.name('budget')} に $200k、¥3M、500 GPU-hours、3 PF-days など`,
    'flops-or-budget': (_, n) => `${n.name('flops')} に計算量、または ${n.name('budget')} に予算（金額か GPU時間）`,
    'teacher-loss': (p) => `則の下限損失 E = ${p.E} より大きいクロスエントロピー（nats/トークン、例: 1.9）`,
    'one-of': (p) => `${list(p.ids)} のいずれか`,
    students: () => '1、4、10 のような整数',
    gpu: (p) => `${list(p.ids)} のいずれか（大文字小文字は区別しません。h100、H100-SXM、v5e などの別名も使えます）`,
    'gpu-id': (p) => `GPU の ID: ${list(p.ids)}`,
    'precision-for-gpu': (p) => `${p.gpu} では ${list(p.available)}`,
    currency: (p) =>
      `${p.codes.join('、')} のような ISO 4217 の通貨コード（現行の ${p.count} コードのいずれか）、または ${p.words.join('、')}`,
    rate: (p, n) =>
      p.currency === undefined
        ? '1米ドルあたりの通貨の額（0 より大きく 1e6 以下、円なら 150 など）'
        : `${n.name('rate')} に1米ドルあたりの${currencyName(p.currency, 'ja')}の額（0 より大きく 1e6 以下、社内の為替レート${p.currency === 'JPY' ? '、例えば 150' : ''}）、またはワークスペースの DISTILPLAN_RATES`,
    'currency-for-rate': (p, n) =>
      `${n.name('currency')} に ${p.rate} が1米ドルあたりどの通貨の額かを指定（円なら ${n.example('currency', 'JPY')}）`,
    'price-with-currency': (p, n) =>
      `通貨付きの価格：${n.example('price', p.inCurrency)} または ${n.example('price', p.inUsd)}`,
    'workspace-rates': () =>
      '通貨コード=レート@日付（1米ドルあたりの額と設定日、例: JPY=150@2026-11-01）、複数はコンマ区切り（JPY=150@2026-11-01,EUR=0.92@2026-11-02）',
    'currency-with-rate': (_, n) => `米ドル以外の ${n.name('currency')} とその為替レート`,
    date: () => '2026-11-28 のような日付',
    mfu: () => '0.01〜1 の割合（0.4 など）、または 1%〜100% の百分率（40% など）',
    'mfu-band': () => '低/基準/高 の割合（0.01〜1、小さい順、例: 0.3/0.4/0.5）',
    'mfu-or-band': () => 'どちらか一方、または同じ基準値',
    price: () => '1 GPU時間あたりの価格（0 より大きく 1e7 以下。米ドルなら 2.99、通貨付きなら ¥450 や 450 JPY）',
    'price-or-provider': () => '自分の価格かプロバイダのどちらか一方',
    'price-in-answer-currency': (p, n) =>
      `米ドルの価格、または ${n.name('currency')} ${p.priceCurrency} とその為替レート`,
    'own-price-or-priced-gpu': (p) =>
      `1 GPU時間あたりの自分の価格（例: 2.50）、または既定価格のある GPU（${list(p.priced)}）`,
    provider: (p) => `プロバイダ（${list(p.providers)}）または価格 ID（${list(p.priceIds)}）`,
    'providers-for-gpu': (p) =>
      p.others.length
        ? `${p.gpu} の価格があるのは ${list(p.others)}、または自分の価格`
        : `自分の価格（価格表に ${p.gpu} の価格はありません）`,
    'hours-same-gpu': () => '同じ GPU の時間、または GPU時間',
    'gpu-hours': () => 'GPU時間、または 2,000 H100-hours のような GPU 名付きの時間',
    'gpu-hours-of': (p) => `GPU時間、または ${list(p.ids)} のいずれかの時間`,
    'budget-in': (p, n) =>
      `米ドルか ${p.currency} の予算、または ${n.name('currency')} ${p.budgetCurrency} とその為替レート`,
    'budget-with-unit': (p) => `${p.money}（金額）、${p.gpuHours}（GPU時間）、${p.flops}（計算量）のどれか`,
    'teacher-forms': (_, n) =>
      n.face === 'slack'
        ? 'teacher=7B@2T（サイズ@トークン数）、teacher=7B teacher-loss=2.1、または教師モデルなし（students=4 で共有する教師モデルを学習）'
        : n.face === 'cli'
          ? '--teacher-loss L --teacher-params NT、--teacher-params NT --teacher-tokens DT、または --no-teacher [--students K]'
          : 'teacher_loss と teacher_params（1.9 と 7B）、サイズ@トークン数の teacher_params（8B@15T）、または両方空欄（教師モデルを学習）',
    'teacher-size': () => '既存の教師モデルのパラメータ数（例: 7B。蒸留はその推論費用を払います）',
    'teacher-loss-value': () => '既存の教師モデルの損失（nats/トークン、例: 1.9）、または両方空欄',
    'key-value': () => 'student=1B budget=1e21 のような key=値 の組',
    'each-once': () => '各キーは1回だけ',
    example: (p, n) => n.example(p.field, p.value),
    keys: (p) => p.keys.map((key) => `${key}=`).join(' '),
    'keys-of': (p) => `${p.subcommand} で使えるキー: ${list(p.keys)}`,
    language: () => 'en または ja',
    'flop-counting': () => 'paper（論文の式69、3·F(N)/トークン）または 6N',
    'compare-form': (_, n) =>
      n.face === 'cli' ? '--student-params 1B 3B' : 'compare a: student=1B budget=$200k teacher=7B@2T | b: gpu=h200',
    'compare-budgets': () => '1つ、または --student-params と同じ数（--compute 1e21 3e21）',
    'compare-students': (p) => `compare … | student=${p.value}`,
    'days-count': () => '365 のような 0 より大きい日数',
    deadline: () =>
      '30、30日、30日以内、2週間 のような日数か週数（3650 日まで）、または 2027-03-01、2027年3月1日、3月末、来月末 のような今日より後の日付',
    'tokens-per-day': () => '1日あたりの推論トークン数（0 以上、例: 2B）',
    'nats-value': () => '1.9 のようなクロスエントロピー（nats/トークン）',
    'number-or-text': () => '数値または文字列',
    text: () => '文字列',
    'resample-count': () => '200 のような回数（0 で省略）',
    seed: () => '1 のような乱数の種',
    'coefficient-names': (p) =>
      `${p.law === 'supervised' ? '直接学習' : '蒸留'}の則の係数名をカンマ区切りで: ${list(p.names)}`,
    'run-count': () => '1.5e9 や 2e10 のような正の数',
    'run-loss': () => '2.45 のようなクロスエントロピー（nats/トークン、正の数）',
    'runs-per-coefficient': (_, n) => `当てはめる係数1個につき1件以上の実験（${n.name('fix')} で係数を固定できます）`,
    'sheet-compute': (p) =>
      `1e22 のような FLOP 数、または "1e22 FLOPs"、"3 PF-days" のような文字列${p.budgetHint ? '（金額や GPU時間は BUDGET_FLOPS(budget, gpu) で FLOP 数に変換）' : ''}`,
    'sheet-teacher': () =>
      '教師モデルを損失とサイズ（1.9 と 7B）で、または teacher_loss を空欄にしてサイズ@トークン数（8B@15T）で',
    'sheet-teacher-loss': () =>
      '既存の教師モデルの損失（例: 1.9）、teacher_params のトークン数（8B@15T）、または両方空欄',
    'coefficient-set': (p) =>
      `${list(p.ids)} のいずれか、または distilplan fit --out が書き出した .json ファイルのパス`,
    'csv-file': () => 'CSV ファイル',
    'writable-path': () => '書き込めるパス',
    'whole-number': () => '200 のような整数',
    pixels: (p) => `${p.min}〜${p.max} のピクセル数（例: 800）`,
    'chart-file': () => '.png か .svg で終わるファイル名（例: chart.png）',
    'gpu-count': () => '8 のような GPU の台数',
    'form-fields': () => 'フォームの各欄',
    'teacher-with-tokens': () => '8B@15T のようなサイズ@トークン数、または空欄（教師モデルを学習）',
    'csv-header': (p) => `見出し行 ${p.columns.join(',')}`,
    'set-file': (p) => SET_FILE_ACCEPTED_JA[p.rule] ?? list(p.list ?? []),
    'same-shape-ranges': (p) => `${list(p.ranges)} を同じ行数・列数の範囲に（または全行に使う単一の値）`,
    'single-column': (p) => `1列の入力（各行が ${p.results} 個の結果を横に並べて返します）`,
    'inputs-in-range': () => '法則の当てはめ範囲内の入力',
    'same-size-ranges': (p) => `${list(p.ranges)} に同じ大きさの範囲（1行に1件の実験）`,
    'coefficient-row': (p) =>
      `係数セットの ID、または係数 6 個（${list(p.supervised)}）か 15 個（続けて ${list(p.distillation)}）を並べた1行`,
    'teacher-spec': () => '教師モデルのサイズ（学習トークン数を @ の後に付けても可）: 7B、8B@15T',
    'pilot-share': (p) => `予算に占める割合（5% や 0.05 など、${percentOf(p.max)} 以下）`,
    'pilot-noise': (p) => `実験ごとのばらつき（0.5% や 0.005 など、0〜${percentOf(p.max)}）`,
    'preset-name': (p) =>
      `${list(p.ids)} のいずれか${
        !p.folder
          ? '（自分の実験に当てはめたセットを使うには、ボットの実行環境で DISTILPLAN_PRESETS_DIR を設定します）'
          : p.names.length
            ? `、またはプリセットのフォルダにあるセット: ${list(p.names)}`
            : '、または `distilplan fit --out 名前.json` で書き出してプリセットのフォルダに置いたセット（まだありません）'
      }`,
    'cost-profile': (p) => COSTS_JA.profileAccepted[p.rule](p),
    'profile-currency': (p) =>
      `レートを添えた --currency ${p.profileCurrency}（Slack では currency=${p.profileCurrency} rate=…）、または USD 建てのプロファイル`,
    'cost-profile-name': (p) =>
      !p.folder
        ? 'コストプロファイルを使うには、ボットの実行環境で DISTILPLAN_COSTS_DIR を設定します'
        : p.names.length
          ? `${list(p.names)} のいずれか`
          : 'コストプロファイルのフォルダにあるファイルの名前（examples/cost-profile.json のようなもの。まだありません）',
    'price-kinds': (p) => `${list(p.kinds)} の一覧`,
  },
  warnings: {
    extrapolation: (p) => {
      const [what, unit] = RANGE_WHAT[p.quantity];
      const span = p.low > 0 ? `${shortJa(p.low)}〜${shortJa(p.high)} ${unit}` : `${shortJa(p.high)} ${unit}以下`;
      return `${what} ${shortJa(p.value)} は当てはめ範囲（${span}）の外です（予測は外挿）`;
    },
    'student-beats-teacher': (p) =>
      `この生徒モデルは直接学習でも（${formatLoss(p.supervisedLoss)}）教師モデル（${formatLoss(p.teacherLoss)}）を上回ります。蒸留すると教師モデルの損失に引き寄せられます`,
    'teacher-loss-unreachable': (p) =>
      `${countJa(p.teacherParams)}パラメータのモデルは直接学習の則で最良でも ${formatLoss(p.bestLoss)} なので、教師モデルの損失 ${formatLoss(p.teacherLoss)} は別のデータかトークナイザーで測られた可能性があります。則には同等のデータでのクロスエントロピーが必要です`,
    'close-call': (p) =>
      `2つの方法の差は ${marginSize(p.margin)} で、妥当な法則 ${p.samples} 通りのうち蒸留が勝つのは ${percent(p.share, 'whole')} だけです（僅差）`,
    'unidentified-coefficients': (p) =>
      `この実験では ${p.names.join('、')} を決めきれません（区間が非常に広い・上下限に張り付く・再標本で動かない・目的関数が平ら）。これらの区間は推定値ではありません。--fix "${p.fix}" で基準セットの値に固定するか、これらが効く条件を変えた実験を足してください`,
    'unused-compute': (p) => `${powerOfTen(p.unusedCompute)} FLOP が余ります：生徒モデルのトークン数の上限は 10¹⁷ です`,
    'capacity-gap': (p) => {
      const weaker =
        p.weaker.kind === 'checkpoint'
          ? `例：この ${countJa(p.weaker.teacherParams)}パラメータの教師モデルの ${countJa(p.weaker.tokens)}トークン時点のチェックポイント`
          : `例：${countJa(p.weaker.params)}パラメータを ${countJa(p.weaker.tokens)}トークンで学習`;
      return `教師モデルがこの生徒モデルにとって能力ギャップを越えています：損失 ${formatLoss(p.betterTeacherLoss)} のより弱い教師モデル（${weaker}）なら ${formatLoss(p.loss)} ではなく ${formatLoss(p.betterLoss)} になります`;
    },
  },
  serving: {
    cheapest: (p) =>
      `${dayCountJa(p.days)}間、1日${countJa(p.tokensPerDay)}トークンを推論に使う場合、総費用が最も低いのは ${p.name}：合計${p.total}（学習${p.training}、推論${p.serving}）。`,
    cheapestOwned: (p) =>
      `${dayCountJa(p.days)}間、1日${countJa(p.tokensPerDay)}トークンを推論に使う場合、コストプロファイル「${p.profile}」での総保有コストが最も低いのは ${p.name}：合計${p.total}（学習${p.training}、推論${p.serving}、ほかにプロファイルが加える分）。`,
    single: (p) =>
      `${dayCountJa(p.days)}間、1日${countJa(p.tokensPerDay)}トークンを推論に使う場合、このモデルの総費用は${p.total}（学習${p.training}、推論${p.serving}）。`,
    paysBack: (p) =>
      `${p.runner} は ${p.other} より学習費が${p.extra}高い一方、推論費は1日${p.savedPerDay}安く、` +
      (p.withinHorizon
        ? `推論開始から${dayCountJa(p.days)}で回収できます（損益分岐点）。`
        : `回収には${dayCountJa(p.days)}かかり、予定の${dayCountJa(p.horizon)}を超えます。`),
    fromStart: (p) => `${p.runner} は ${p.other} と比べて学習費が同じか安く、推論費も安いため、初日から割安です。`,
    never: (p) => `${p.runner} は ${p.other} より学習費が${p.extra}高く、1日の推論費は同じため、差額は回収できません。`,
    figures: (p) => `${p.name}：学習${p.training} ＋ 推論1日${p.perDay} ＝ ${dayCountJa(p.days)}間で${p.total}`,
    basis: (p) => `推論は生成1トークンあたり 2N FLOP、MFU ${percentOf(p.mfu)}、${p.gpu}`,
  },
  chart: {
    'chart.title': (p) => `蒸留か直接学習か：${p.student} のモデル、${p.teacher}`,
    'chart.axis.budget': () => '予算（FLOP、対数目盛）',
    'chart.axis.loss': () => '予測損失（nats/トークン）',
    'chart.axis.money': (p) =>
      `費用（${p.gpu}、${formatPricePerGpuHour(String(p.price), String(p.currency), 'ja')}、${p.kind === 'user-given' ? 'ご指定の価格' : `${p.provider} ${own(JA.answer.priceKind, String(p.kind)) ?? p.kind} ${p.asOf} 時点`}、MFU ${percent(Number(p.mfu))}）`,
    'chart.tick.money': (p) => moneyTick(String(p.amount), String(p.currency), 'ja'),
    'chart.series.distilled': () => '蒸留',
    'chart.series.direct': () => '直接学習',
    'chart.flip': (p) => `判定が変わる予算 ${p.compute}`,
    'chart.today': (p) => `今回の予算 ${p.compute}`,
    'chart.evidence': () => '則に根拠がある範囲',
    'chart.alt': (p) =>
      `予算に対する予測損失のグラフ（${p.student} のモデル）：${p.compute} FLOP では${p.verdict}（蒸留 ${p.distilLoss}、直接学習 ${p.directLoss}）。${p.flip}`,
    'chart.alt.flip': (p) => `判定が変わる予算は ${p.compute} FLOP です。`,
    'chart.alt.noFlip': () => '表示した範囲では判定は変わりません。',
    'chart.verdict.distil': () => '蒸留する',
    'chart.verdict.train': () => '直接学習する',
    'chart.teacher.existing': () => '既存の教師',
    'chart.teacher.trained': () => '教師も学習',
    'chart.teacher.shared': (p) => `教師を ${p.students} モデルで共有`,
  },
};
