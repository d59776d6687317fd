/**
 * The decide answer's first lines (core's HeadlineDescription) in words: the
 * call, the money-and-time sentence, and outside the evidence why, what the
 * paper found and which budgets are inside it. The CLI and Slack both render
 * from here, so they say the same thing.
 */
import type { DaysLine, HeadlineDescription, RatioLine } from '../core/index.js';
import type { HeadlineWords, Lang } from './catalogue.js';
import { CATALOGUES } from './render.js';

/** A headline in words, piece by piece, for each face to lay out. */
export interface HeadlineText {
  call: string;
  /** The call with the evidence meter beside it when the question is extrapolated: "Distil · extrapolated ×2.4 (…)". */
  title: string;
  /** "Distil wins in 93% of 200 plausible laws." */
  share: string;
  /** '' unless the set has coefficients its runs could not pin down. */
  unidentified: string;
  /** Outside the evidence: its budgets in money and days ('' without them). */
  budgetsPriced: string;
  /** "DISTIL: distillation beats training this student directly". */
  callLine: string;
  /** Outside the evidence: why, what the paper found, where the evidence is (in FLOPs, then in money and days). */
  outside: string[];
  /** The ratio sentence ('' when there is nothing to say). */
  ratio: string;
  days: string;
  /** '' without a price. */
  cost: string;
}

export function renderHeadline(description: HeadlineDescription, lang: Lang): HeadlineText {
  const words = CATALOGUES[lang].headline;
  const ratio = description.ratio;
  // A factor that rounds to ×1.0 is the edge of the range, not an extrapolation worth a word.
  const meter =
    description.meter && description.call !== 'outside-evidence' && description.meter.factor >= 1.05
      ? words.meter(description.meter)
      : '';
  const call = words.call[description.call];
  const budgetsPriced =
    description.outside?.budgets && description.outside.budgetsPriced
      ? words.budgetsPriced(description.outside.budgetsPriced)
      : '';
  return {
    call,
    title: meter ? `${call} · ${meter}` : call,
    // Outside the evidence the share decides nothing: the first screen keeps to why, the finding and the budgets.
    share: description.call === 'outside-evidence' ? '' : words.share(description.share),
    unidentified: description.unidentified.length > 0 ? words.unidentified(description.unidentified) : '',
    callLine: words.callLine(description.call, meter),
    budgetsPriced,
    outside: description.outside ? outsideLines(words, description.outside) : [],
    ratio: ratio ? (words.ratio[ratio.kind] as (p: RatioLine) => string)(ratio) : '',
    days: daysWithRestarts(description.days, lang),
    cost: description.ownership
      ? CATALOGUES[lang].costs.ownedCost(description.ownership)
      : description.cost
        ? words.cost(description.cost)
        : '',
  };
}

/** The days sentence, then (under a profile that states them) the share of failed and restarted runs in them. */
export function daysWithRestarts(days: DaysLine, lang: Lang): string {
  const sentence = CATALOGUES[lang].headline.days(days);
  if (!days.failureRestart) return sentence;
  return [sentence, CATALOGUES[lang].costs.restartDays(days.failureRestart)].join(lang === 'ja' ? '' : ' ');
}

/**
 * Why, what the paper found, and where the evidence is: in FLOPs and, with a price, in the person's money and days
 * on one line, so every face shows it and a phone's first screen still holds it.
 */
function outsideLines(words: HeadlineWords, outside: NonNullable<HeadlineDescription['outside']>): string[] {
  const why = [...outside.outside.map(words.outside), ...outside.lossesAboveUniform.map(words.lossAboveUniform)];
  const { budgets, budgetsPriced } = outside;
  const where =
    budgets === undefined
      ? []
      : [budgets && budgetsPriced ? words.budgetsInMoney(budgets, budgetsPriced) : words.budgets(budgets)];
  return [words.why(why), words.found(words.finding[outside.finding]), ...where];
}

/** The money-and-time line every face shows: the cost, then the days. */
export function moneyAndTime(text: HeadlineText, lang: Lang): string {
  return [text.cost, text.days].filter(Boolean).join(lang === 'ja' ? '' : ' ');
}

/** The CLI's lines: the call, outside the evidence why and where, the ratio sentence, then cost and days. */
export function headlineLines(description: HeadlineDescription, lang: Lang): string[] {
  const text = renderHeadline(description, lang);
  return [
    text.callLine,
    ...(text.unidentified ? [text.unidentified] : []),
    ...(text.share ? [text.share] : []),
    ...text.outside,
    ...(text.ratio ? [text.ratio] : []),
    moneyAndTime(text, lang),
  ];
}
