/**
 * Words of cost profiles, total cost of ownership and the scenarios table, in
 * English and Japanese. Core gives codes and amounts; these say them once per
 * language, and the CLI, Slack and Sheets lay them out.
 */
import type { MoneyAmount, Ownership, PriceUsed } from '../core/index.js';
import { type CostWords, type Lang, percentOf } from './catalogue.js';
import type { CliRow } from './cli-words.js';
import { formatMoney } from './money.js';
import { formatPricePerGpuHour } from './numbers.js';

const moneyEn = (p: MoneyAmount): string => formatMoney(p.amount, p.currency, { compact: true, lang: 'en' });
const moneyJa = (p: MoneyAmount): string => formatMoney(p.amount, p.currency, { compact: true, lang: 'ja' });
const EXAMPLE = 'a file like examples/cost-profile.json';
const EXAMPLE_JA = 'examples/cost-profile.json のようなファイル';

export const COSTS_EN: CostWords = {
  part: {
    rental: 'GPU rental (final run)',
    failures: 'failed and restarted runs',
    evaluation: 'evaluation runs',
    'data-training': 'data (training tokens)',
    'data-teacher': 'data (teacher-inference tokens)',
    storage: 'storage',
    people: 'people',
    serving: 'serving (GPU)',
    'serving-infrastructure': 'serving infrastructure',
  },
  kind: {
    'on-demand': 'on-demand',
    reserved: 'reserved',
    spot: 'spot',
    marketplace: 'marketplace',
    reference: 'reference',
  },
  ownedCost: (p) =>
    `It costs ${moneyEn(p.total)} in all under the cost profile "${p.profile}" (GPU rental ${moneyEn(p.rental)}).`,
  share: (share) => `(${percentOf(share)})`,
  totalLabel: 'total cost of ownership',
  withTotal: (p) => `${p.rental} rental, ${p.total} in all`,
  ownershipLine: (p) =>
    `Total cost of ownership under the cost profile "${p.profile}": ${p.total} = ${p.parts.join(' + ')}.`,
  partShare: (p) => `${p.part} ${p.amount} (${percentOf(p.share)})`,
  profileLabel: 'cost profile',
  notCounted: (parts) => (parts.length === 0 ? '' : `Not counted: ${parts.join(', ')}.`),
  restartDays: (p) => `That includes the cost profile's ${percentOf(p.share)} more time for failed and restarted runs.`,
  converted: (p) => `The profile's ${p.from} amounts are converted to ${p.to} at the rate shown.`,
  profilePrice: (p) =>
    `the cost profile "${p.profile}": ${p.discount ? `${p.discount} off` : `your own price of ${p.own}`} (table price ${p.table})`,
  scenarios: {
    title: (p) => `Cost of ${p.flops} FLOPs on every offer (${p.currency}), cheapest first`,
    columns: {
      offer: 'offer',
      kind: 'kind',
      price: 'per GPU-hour',
      asOf: 'as of',
      gpuHours: 'GPU-hours',
      cost: 'cost',
      band: 'low–high',
      days: 'days',
      gpus: 'GPUs',
      saving: 'vs on-demand',
      total: 'total',
      gpu: 'GPU',
      peak: 'peak TFLOP/s',
    },
    none: 'No offer in the price table matches these filters.',
    range: (low, high) => `${low}–${high}`,
    saving: (p) =>
      p.amount.startsWith('-')
        ? `${percentOf(-p.share)} more than ${p.against}`
        : `saves ${percentOf(p.share)} against ${p.against}`,
    noOnDemand: 'no on-demand offer for this GPU',
    line: (p) =>
      `*${p.offer}* (${p.kind}${p.peak ? `, ${p.peak} TFLOP/s` : ''}) ${p.cost} (${p.range}) · ${p.perHour}, ${p.asOf} · ${p.days} days on ${p.gpus} GPUs${p.saving ? ` · ${p.saving}` : ''}${p.total ? ` · total cost of ownership ${p.total}` : ''}`,
    top: (p) => `The ${p.shown} cheapest of ${p.of} offers`,
    cheapest: (p) => `cheapest ${p.kind}: ${p.offer}, ${p.cost}`,
    precisionDiffers: (p) => `${p.gpu} has no ${p.asked} peak: its rows use the ${p.used} peak.`,
    peaksDiffer:
      "The GPUs' dense peaks differ, so the same FLOPs take different GPU-hours on each; every row shows its GPU's peak.",
    band: (p) =>
      `cost is at ${percentOf(p.base)} MFU; the band is ${percentOf(p.high)} (low) to ${percentOf(p.low)} (high)`,
  },
  profileProblem: {
    object: () => ' must be a JSON object',
    format: () => ' must be "distilplan-cost-profile"',
    version: () => ' must be 1',
    name: () => ' must be a non-empty text of at most 200 characters',
    note: () => ' must be a text of at most 1000 characters',
    currency: () => ' must be a three-letter currency code',
    'unknown-field': () => ' is not a field of a cost profile',
    amount: () => ' must be an amount such as 0.02 or "0.02"',
    negative: () => ' must not be negative',
    'too-large': () => ' is larger than any real figure',
    unit: () => ' is not a unit this part is stated in',
    list: () => ' must be a list of at most 200 price rules',
    gpu: () => ' is not a GPU of the catalog',
    provider: () => ' is not a provider or price id of the price table',
    'price-rule': () => ' needs a gpu, a provider or a kind, and either a discount or a price',
    kind: () => ' is not a kind of price',
    row: () => ' is not a label of a cost profile',
  },
  profileAccepted: {
    object: () => EXAMPLE,
    format: () => EXAMPLE,
    version: () => EXAMPLE,
    name: () => 'a name such as "finance-2027"',
    note: () => 'a sentence, or ""',
    currency: () => 'USD, JPY, EUR…',
    'unknown-field': (p) => (p.list ?? []).join(', '),
    amount: () => 'a number ≥ 0, such as 0.02',
    negative: () => 'a number ≥ 0, such as 0.02',
    'too-large': () => 'an amount below 10¹² (shares below 1000%)',
    unit: (p) => (p.list ?? []).join(', '),
    list: () => EXAMPLE,
    gpu: () => 'an id from `distilplan gpus`',
    provider: () => 'a provider or id from `distilplan prices`',
    'price-rule': () => '{"provider": "aws", "discount": {"amount": 30, "unit": "percent"}}',
    row: (p) => (p.list ?? []).join(', '),
    kind: (p) => (p.list ?? []).join(', '),
  },
};

export const COSTS_JA: CostWords = {
  part: {
    rental: 'GPU レンタル（本番学習）',
    failures: '失敗と再実行',
    evaluation: '評価の実行',
    'data-training': 'データ（学習トークン）',
    'data-teacher': 'データ（教師推論トークン）',
    storage: 'ストレージ',
    people: '人件費',
    serving: '推論（GPU）',
    'serving-infrastructure': '推論インフラ',
  },
  kind: {
    'on-demand': 'オンデマンド',
    reserved: 'リザーブド',
    spot: 'スポット',
    marketplace: 'マーケットプレイス',
    reference: '参考値',
  },
  ownedCost: (p) =>
    `費用はコストプロファイル「${p.profile}」で合計${moneyJa(p.total)}（うち GPU レンタル${moneyJa(p.rental)}）。`,
  share: (share) => `（${percentOf(share)}）`,
  totalLabel: '総保有コスト',
  withTotal: (p) => `レンタル ${p.rental}、合計 ${p.total}`,
  ownershipLine: (p) => `コストプロファイル「${p.profile}」での総保有コスト：${p.total} ＝ ${p.parts.join(' ＋ ')}。`,
  partShare: (p) => `${p.part} ${p.amount}（${percentOf(p.share)}）`,
  profileLabel: 'コストプロファイル',
  notCounted: (parts) => (parts.length === 0 ? '' : `含まないもの：${parts.join('、')}。`),
  restartDays: (p) => `この期間には、コストプロファイルによる失敗と再実行の分（${percentOf(p.share)}）を含みます。`,
  converted: (p) => `プロファイルの${p.from}建ての金額は、表示のレートで${p.to}に換算しています。`,
  profilePrice: (p) =>
    `コストプロファイル「${p.profile}」による価格：${p.discount ? `${p.discount}引き` : `自社価格 ${p.own}`}（価格表では ${p.table}）`,
  scenarios: {
    title: (p) => `${p.flops} FLOP の費用（全オファー、${p.currency}、安い順）`,
    columns: {
      offer: 'オファー',
      kind: '種類',
      price: 'GPU時間あたり',
      asOf: '時点',
      gpuHours: 'GPU時間',
      cost: '費用',
      band: '低〜高',
      days: '日数',
      gpus: 'GPU 数',
      saving: 'オンデマンド比',
      total: '合計',
      gpu: 'GPU',
      peak: 'ピーク TFLOP/s',
    },
    none: 'この条件に合うオファーは価格表にありません。',
    range: (low, high) => `${low}〜${high}`,
    saving: (p) =>
      p.amount.startsWith('-')
        ? `${p.against} より ${percentOf(-p.share)} 高い`
        : `${p.against} より ${percentOf(p.share)} 安い`,
    noOnDemand: 'この GPU のオンデマンド価格はありません',
    line: (p) =>
      `*${p.offer}*（${p.kind}${p.peak ? `、${p.peak} TFLOP/s` : ''}）${p.cost}（${p.range}）・${p.perHour}、${p.asOf}時点・GPU ${p.gpus}台で${p.days}日${p.saving ? `・${p.saving}` : ''}${p.total ? `・総保有コスト ${p.total}` : ''}`,
    top: (p) => `${p.of}件のオファーのうち安い順に${p.shown}件`,
    cheapest: (p) => `${p.kind}で最安：${p.offer}、${p.cost}`,
    precisionDiffers: (p) => `${p.gpu} には ${p.asked} のピークがないため、${p.used} のピークで計算しています。`,
    peaksDiffer: 'GPU ごとに密なピーク性能が異なるため、同じ FLOP でも GPU時間が変わります（各行にピークを表示）。',
    band: (p) => `費用は MFU ${percentOf(p.base)} の場合。幅は ${percentOf(p.high)}（低）〜${percentOf(p.low)}（高）`,
  },
  profileProblem: {
    object: () => ' は JSON オブジェクトである必要があります',
    format: () => ' は「distilplan-cost-profile」である必要があります',
    version: () => ' は 1 である必要があります',
    name: () => ' は 200 文字以内の空でない文字列である必要があります',
    note: () => ' は 1000 文字以内の文字列である必要があります',
    currency: () => ' は 3 文字の通貨コードである必要があります',
    'unknown-field': () => ' はコストプロファイルの項目ではありません',
    amount: () => ' は 0.02 や "0.02" のような金額である必要があります',
    negative: () => ' は負の値にできません',
    'too-large': () => ' は現実の値として大きすぎます',
    unit: () => ' はこの項目の単位ではありません',
    list: () => ' は 200 件以内の価格ルールの一覧である必要があります',
    gpu: () => ' はカタログの GPU ではありません',
    provider: () => ' は価格表のプロバイダまたは価格 ID ではありません',
    'price-rule': () => ' には gpu、provider、kind のいずれかと、discount か price のどちらかが必要です',
    kind: () => ' は価格の種類ではありません',
    row: () => ' はコストプロファイルのラベルではありません',
  },
  profileAccepted: {
    object: () => EXAMPLE_JA,
    format: () => EXAMPLE_JA,
    version: () => EXAMPLE_JA,
    name: () => '"finance-2027" のような名前',
    note: () => '文、または ""',
    currency: () => 'USD、JPY、EUR など',
    'unknown-field': (p) => `次の項目：${(p.list ?? []).join('、')}`,
    amount: () => '0.02 のような 0 以上の数値',
    negative: () => '0.02 のような 0 以上の数値',
    'too-large': () => '10¹² 未満の金額（割合は 1000% 未満）',
    unit: (p) => `次の単位：${(p.list ?? []).join('、')}`,
    list: () => EXAMPLE_JA,
    gpu: () => '`distilplan gpus` の ID',
    provider: () => '`distilplan prices` のプロバイダまたは ID',
    'price-rule': () => '{"provider": "aws", "discount": {"amount": 30, "unit": "percent"}}',
    row: (p) => `次のラベル：${(p.list ?? []).join('、')}`,
    kind: (p) => `次の種類：${(p.list ?? []).join('、')}`,
  },
};

/**
 * What a cost profile did to a price, in words: its discount, or the team's own price, and the table's price
 * before it ('' when the table's price stands). One place for the CLI's and Slack's line.
 */
export function profilePriceText(price: PriceUsed, lang: Lang): string {
  const profile = price.profile;
  if (!profile) return '';
  return (lang === 'ja' ? COSTS_JA : COSTS_EN).profilePrice({
    profile: profile.name,
    ...(profile.discount ? { discount: percentOf(Number(profile.discount)) } : {}),
    ...(profile.ownPerGpuHour ? { own: formatPricePerGpuHour(profile.ownPerGpuHour, profile.currency, lang) } : {}),
    table: formatPricePerGpuHour(profile.tablePerGpuHour, price.currency, lang),
  });
}

/** What a total cost of ownership leaves out, and a profile's amounts converted to the answer's currency. */
export function ownershipNotes(ownership: Ownership, lang: Lang): string[] {
  const words = lang === 'ja' ? COSTS_JA : COSTS_EN;
  return [
    words.notCounted(ownership.notCounted.map((code) => words.part[code])),
    ownership.profile?.converted ? words.converted({ from: ownership.profile.currency, to: ownership.currency }) : '',
  ].filter(Boolean);
}

/** The total cost of ownership as the CLI's rows (the profile, each part with its share, the total) and its notes. */
export function ownershipRows(ownership: Ownership, lang: Lang): { rows: CliRow[]; notes: string[] } {
  const words = lang === 'ja' ? COSTS_JA : COSTS_EN;
  const money = (amount: string): string => formatMoney(amount, ownership.currency, { lang });
  const notes = ownershipNotes(ownership, lang);
  if (!ownership.profile) return { rows: [], notes };
  const rows: CliRow[] = [
    [words.profileLabel, ownership.profile.name],
    ...ownership.parts.map(
      (part): CliRow => [`  ${words.part[part.code]}`, `${money(part.amount)} ${words.share(part.share)}`],
    ),
    [words.totalLabel, money(ownership.total)],
  ];
  return { rows, notes };
}
