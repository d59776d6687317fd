/**
 * One wording per answer part and per language, from core's part descriptions (core/answer/parts.ts): the budget,
 * GPU-hours, cost, teacher, compute split, flip, price, rate, hardware, law and what the money covers. Every answer
 * and every face words a part here, never on its own, so Slack, the CLI and the Sheets sidebar cannot drift apart.
 */

import type {
  BudgetFigure,
  CostFigure,
  CoversFigure,
  FlipFigure,
  GpuHoursFigure,
  HardwareFigure,
  LawNote,
  LifetimeCost,
  MoneyAmount,
  MoneyNotes,
  PartsFigure,
  PriceFigure,
  RateFigure,
  SplitFigure,
  TeacherFigure,
  Warning,
} from '../../core/index.js';
import { offerJa } from '../catalog-ja.js';
import type { Lang, Names } from '../catalogue.js';
import { ownershipNotes, profilePriceText } from '../costs.js';
import { type Format, formatFor } from '../format.js';
import { formatCostBand, percentFigure, significant } from '../numbers.js';
import { CATALOGUES, renderWarning } from '../render.js';

/** "989.4 TFLOP/s": a GPU's dense peak at its precision, 4 significant figures. */
export function peakText(peakFlopsPerSecond: number): string {
  return `${significant(peakFlopsPerSecond / 1e12)} TFLOP/s`;
}

/** The budget as typed, with what it buys: "$200K ≈ 1.1×10²¹ FLOP (8.0×10²⁰–1.3×10²¹)". */
export function wordBudget(budget: BudgetFigure, lang: Lang): string {
  const format = formatFor(lang);
  const flops = format.flops(budget.flops);
  const { low, high } = budget.flopsBand;
  const spread = low === high ? '' : format.aside(format.range(format.flopsFigure(low), format.flopsFigure(high)));
  const typed = wordTypedBudget(budget, format);
  return typed === undefined ? flops : `${typed} ≈ ${flops}${spread}`;
}

/** A money or GPU-hours budget as the answer writes it (undefined for FLOPs): "3,000万円", "500 GPU時間". */
export function wordTypedBudget(budget: BudgetFigure, format: Format): string | undefined {
  const { typed } = budget;
  if (typed?.kind === 'money') return format.money(typed.amount.amount, typed.amount.currency);
  if (typed?.kind === 'gpu-hours') return format.gpuHours(typed.hours);
  return undefined;
}

/** GPU-hours at the base MFU, with the band when it is one, and the GPU. */
export function wordGpuHours(figure: GpuHoursFigure, lang: Lang): string {
  const format = formatFor(lang);
  const { hours } = figure;
  const band =
    hours.low === hours.high ? '' : format.aside(format.range(format.hours(hours.low), format.hours(hours.high)));
  return `${format.gpuHours(hours.base)}${band} · ${figure.gpuId}`;
}

/** The cost at a glance (the one amount, or a band's base), undefined without a price. */
export function wordCostAtGlance(cost: CostFigure, lang: Lang): string | undefined {
  const format = formatFor(lang);
  if (cost.kind === 'amount') return format.money(cost.amount.amount, cost.amount.currency);
  if (cost.kind === 'band') return format.money(cost.cost.base, cost.currency);
  return undefined;
}

/** The cost: the amount, or the band with the MFU behind it; without a price, how to give one on this face. */
export function wordCost(cost: CostFigure, lang: Lang, names?: Names): string {
  const format = formatFor(lang);
  if (cost.kind === 'no-price') return names ? format.w.noPriceAt(names.example('price', '2.50')) : format.w.noPrice;
  const base = wordCostAtGlance(cost, lang) ?? '';
  if (cost.kind === 'amount') return base;
  const range = format.range(format.money(cost.cost.low, cost.currency), format.money(cost.cost.high, cost.currency));
  return `${base}${format.aside(range)} ${CATALOGUES[lang].phrases.costBand(cost.mfuOfBand)}`;
}

export function wordTeacher(teacher: TeacherFigure, lang: Lang): string {
  const format = formatFor(lang);
  const size = format.params(teacher.params);
  const loss = format.loss(teacher.loss);
  if (teacher.kind === 'existing')
    return format.w.teacherExisting({
      size,
      loss,
      ...(teacher.tokens === undefined ? {} : { tokens: format.tokens(teacher.tokens) }),
    });
  return format.w.teacherPlanned({
    isNew: teacher.isNew,
    size,
    tokens: format.tokens(teacher.tokens),
    loss,
    students: teacher.students,
    tokensAtBound: teacher.tokensAtBound,
    sizeAtBound: teacher.sizeAtBound,
  });
}

/** "student training 71.2% · teacher logits 28.8%": the parts that cost anything. */
export function wordSplit(split: SplitFigure, lang: Lang): string {
  const format = formatFor(lang);
  return split.map(({ part, share }) => `${format.w.parts[part]} ${format.share(share)}`).join(' · ');
}

/** Where the verdict flips, with what that budget costs when a price is known. */
export function wordFlip(flip: FlipFigure, lang: Lang): string {
  const format = formatFor(lang);
  if (flip.kind === 'never') return format.w.flipNever;
  if (flip.kind === 'below-evidence') return format.w.flipBelowEvidence;
  const money = flip.money && format.money(flip.money.amount, flip.money.currency);
  return format.w.flipAt({ flops: format.flops(flip.flops), ...(money ? { money } : {}), above: flip.above });
}

/** The price per GPU-hour with its provider, kind and as-of date (or why there is none, and how to give one). */
export function wordPrice(price: PriceFigure, lang: Lang, names?: Names): string {
  const format = formatFor(lang);
  const w = format.w;
  if (price.kind === 'missing')
    return names
      ? w.priceMissingAt({ gpu: price.gpuId, example: names.example('price', '2.50') })
      : w.priceMissing(price.gpuId);
  const perHour = format.perGpuHour(price.perGpuHour.amount, price.perGpuHour.currency);
  // Typed in another currency: the figure shown is a conversion, never "your own" as it stands.
  if (price.kind === 'converted')
    return w.priceConverted({ perHour, quoted: format.perGpuHour(price.quoted.amount, price.quoted.currency) });
  if (price.kind === 'own') return w.priceOwn(perHour);
  return w.priceTable({
    perHour,
    provider: price.provider,
    ...offerIn(price, lang),
    kind: price.priceKind,
    asOf: price.asOf,
  });
}

/**
 * The offer's name in the answer's language: the price table's own (English) name, or its Japanese wording
 * (catalog-ja.ts), so a Japanese answer names the offer its price is for as the English one does.
 */
function offerIn(price: Extract<PriceFigure, { kind: 'table' }>, lang: Lang): { offer?: string } {
  if (!price.offer) return {};
  if (lang === 'en') return { offer: price.offer };
  const words = offerJa(price.id);
  return words ? { offer: words.offer } : {};
}

/** The exchange rate with whose it is and its date; in USD, how to get another currency (when the language says so). */
export function wordRate(rate: RateFigure | null, lang: Lang, names?: Names): string | undefined {
  const w = CATALOGUES[lang].answer;
  if (!rate) return undefined;
  if (rate.kind === 'usd')
    return names && w.currencyHintAt
      ? w.currencyHintAt(`${names.example('currency', 'JPY')} ${names.example('rate', '150')}`)
      : w.currencyHint;
  return w.rate({
    code: rate.code,
    rate: rate.ratePerUsd,
    ...(rate.date === undefined ? {} : { date: rate.date }),
    ...(rate.source === 'workspace' ? { workspace: true } : {}),
  });
}

/** The GPU, its dense peak and the MFU band the costs assume. */
export function wordHardware(hardware: HardwareFigure, lang: Lang): string {
  const { mfu } = hardware;
  return CATALOGUES[lang].answer.hardware({
    gpu: hardware.gpuName,
    precision: hardware.precision,
    peak: peakText(hardware.peakFlopsPerSecond),
    band: [mfu.low, mfu.base, mfu.high].map((fraction) => percentFigure(fraction)).join('/'),
  });
}

/** The law and coefficient set; a team's own set is said as fitted in the paper's form, never as the paper's. */
export function wordLaw(law: LawNote, lang: Lang): string {
  return CATALOGUES[lang].answer.law(law);
}

/**
 * What the money covers: the rental of the final run; under a cost profile, the total cost of ownership with each
 * part and its share, the price it set, what it leaves out and whether its amounts were converted.
 */
export function wordCovers(covers: CoversFigure, lang: Lang): string[] {
  const format = formatFor(lang);
  if (covers.kind === 'rental') return [format.w.basis];
  const owned = covers.ownership;
  const words = CATALOGUES[lang].costs;
  const parts = owned.parts.map((part) =>
    words.partShare({
      part: words.part[part.code],
      amount: format.money(part.amount, owned.currency),
      share: part.share,
    }),
  );
  return [
    words.ownershipLine({ profile: owned.profile.name, total: format.moneyExact(owned.total, owned.currency), parts }),
    ...(covers.priceProfile ? [profilePriceText(covers.priceProfile, lang)] : []),
    ...ownershipNotes(owned, lang),
  ].filter(Boolean);
}

/**
 * Where a table price comes from: its page, else the source's title in the answer's language (catalog-ja.ts), so a
 * person can check the figure; nothing for a price the person gave.
 */
export function wordPriceSource(price: PriceFigure, lang: Lang): string | undefined {
  if (price.kind !== 'table') return undefined;
  const title = lang === 'en' ? price.source : (offerJa(price.id)?.source ?? price.source);
  return CATALOGUES[lang].answer.priceSource(price.sourceUrl ?? title);
}

/** The money's small print in order: the price and its source, the rate, what the money covers. */
export function wordMoneyNotes(money: MoneyNotes, lang: Lang, names?: Names): string[] {
  const rate = wordRate(money.rate, lang, names);
  const source = wordPriceSource(money.price, lang);
  return [
    wordPrice(money.price, lang, names),
    ...(source ? [source] : []),
    ...(rate ? [rate] : []),
    ...(money.covers ? wordCovers(money.covers, lang) : []),
  ];
}

/** Serving's cost band with its MFU and how much is served, then training + serving with each part at its base MFU. */
export function wordServing(serving: LifetimeCost, lang: Lang): { serving: string; total: string } {
  const format = formatFor(lang);
  const phrases = CATALOGUES[lang].phrases;
  const band = (cost: LifetimeCost['total']['cost']) => formatCostBand(cost, serving.currency, lang);
  return {
    serving: format.w.servingBand({
      band: `${band(serving.serving.cost)} ${phrases.costBand(serving.serving.mfuOfBand)}`,
      tokensPerDay: format.count(serving.serving.tokensPerDay),
      days: serving.serving.days,
    }),
    total: `${band(serving.total.cost)} ${phrases.costBandByPart()}`,
  };
}

export function wordWarnings(warnings: readonly Warning[], lang: Lang): string[] {
  return warnings.map((warning) => renderWarning(warning, lang));
}

/** A part's money with its GPU-hours: "$150k (37,600 GPU-hours)". */
export function wordPartCost(cost: MoneyAmount, gpuHours: number, lang: Lang): string {
  const format = formatFor(lang);
  return `${format.money(cost.amount, cost.currency)}${format.aside(format.gpuHours(gpuHours))}`;
}

/** "student training $150k (…)\nteacher logits $50k (…)": the parts that cost anything, one a line. */
export function wordParts(parts: PartsFigure, lang: Lang): string {
  const format = formatFor(lang);
  return parts.parts
    .map(({ part, cost, gpuHours }) => `${format.w.parts[part]} ${wordPartCost(cost, gpuHours, lang)}`)
    .join('\n');
}

/** The plan's total: its base money and GPU-hours, then the band with the MFU behind it. */
export function wordPartsTotal(parts: PartsFigure, lang: Lang): string {
  const format = formatFor(lang);
  const { total } = parts;
  const base = wordPartCost({ amount: total.cost.base, currency: total.currency }, total.gpuHours, lang);
  const band = format.range(
    format.money(total.cost.low, total.currency),
    format.money(total.cost.high, total.currency),
  );
  return `${base}\n${band} ${CATALOGUES[lang].phrases.costBand(total.mfuOfBand)}`;
}
