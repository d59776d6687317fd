/**
 * The pilot plan in words (core/pilot): the headline, the run table's labels, the worth of each pilot size, the
 * stages and their go/no-go rules, in English and Japanese. Core gives codes and numbers; the CLI and Slack lay
 * these lines out, so both say the same thing.
 */
import {
  formatCount,
  formatScientific,
  type PilotPlan,
  type PilotRun,
  type PilotSize,
  PLAUSIBLE_AGREEMENT,
  type Stage,
  type StageRule,
} from '../core/index.js';
import { type Lang, percentOf } from './catalogue.js';
import { formatMoney } from './money.js';
import { countJa, dayCountEn, dayCountJa, percent as percentAt } from './numbers.js';

export interface PilotWords {
  /** The first line: what the pilot costs and how often it settles the call, against today. */
  headline(plan: PilotPlan): string;
  /** A run's kind: supervised / distilled from run N. */
  runKind(run: PilotRun): string;
  /** A run as one line, numbered from 1 (a face without columns). */
  runLine(run: PilotPlan['runs'][number], number: number, currency: string | null): string;
  /** Column headings of the run table. */
  runColumns: readonly [string, string, string, string, string, string];
  count(value: number): string;
  /** A run's FLOPs: 1.2e19. */
  flops(value: number): string;
  money(amount: string | null, currency: string | null): string;
  /** One line per compared pilot size. */
  size(size: PilotSize, currency: string | null, chosen: boolean): string;
  /** Today's line: the share of plausible laws in which distillation wins, and the prediction error. */
  today(plan: PilotPlan): string;
  /** What the simulation assumed. */
  simulation(plan: PilotPlan): string;
  stage(stage: Stage, index: number, currency: string | null): string;
  rule(rule: StageRule): string;
  /** Headings. */
  titles: { answer: string; runs: string; worth: string; stages: string; loop: string };
  /** Where the odds come from when this face does not simulate: the CLI command. */
  notSimulated(command: string): string;
  /** The pilot stopped below its share: its largest model reached the student's size. */
  cappedBySize: string;
}

const percent = (value: number | null): string => (value === null ? '—' : percentOf(value));
const loss = (value: number): string => percentAt(value, 'tenths');

const EN_WORDS: PilotWords = {
  headline: (plan) =>
    `A pilot of ${plan.runs.length} runs costs ${EN_WORDS.money(plan.totalCost?.base ?? null, plan.currency)} (${percentOf(plan.totalFlops / plan.budgetFlops)} of the budget, ${formatScientific(plan.totalFlops)} FLOPs)` +
    (plan.settledAfter === null
      ? '.'
      : ` and settles the call in ${percent(plan.settledAfter)} of plausible worlds, against ${percent(plan.settledNow)} today.`),
  runKind: (run) =>
    run.kind === 'supervised'
      ? 'supervised'
      : run.teacher!.run === null
        ? 'distilled from your teacher'
        : `distilled from run ${run.teacher!.run}`,
  runLine: (run, number, currency) =>
    `${number}. ${EN_WORDS.runKind(run)}: ${formatCount(run.params)} params, ${formatCount(run.tokens)} tokens, ${formatScientific(run.flops)} FLOPs, ${EN_WORDS.money(run.cost?.base ?? null, currency)}`,
  runColumns: ['run', 'kind', 'params', 'tokens', 'FLOPs', 'cost'],
  count: formatCount,
  flops: (value) => formatScientific(value),
  money: (amount, currency) =>
    amount === null || currency === null ? 'no price: give --price' : formatMoney(amount, currency, { compact: true }),
  size: (size, currency, chosen) =>
    `${chosen ? '▶ ' : '  '}${percentOf(size.share)} of the budget (${EN_WORDS.money(size.totalCost?.base ?? null, currency)}): settled in ${percent(size.settledAfter)}, settled wrong in ${percent(size.wrongAfter)}` +
    (size.predictionError
      ? `; error at the target ${loss(size.predictionError.supervised)} direct, ${loss(size.predictionError.distil)} distilled`
      : ''),
  today: (plan) =>
    `  today: distillation wins in ${percent(plan.verdictShareNow)} of plausible laws; settled in ${percent(plan.settledNow)}` +
    (plan.predictionError
      ? `; error at the target ${loss(plan.predictionError.now.supervised)} direct, ${loss(plan.predictionError.now.distil)} distilled`
      : ''),
  simulation: (plan) =>
    plan.simulation
      ? `simulated: ${plan.simulation.worlds} plausible true laws, run-to-run noise ${percentOf(plan.simulation.noise)}, ${plan.simulation.resamples} bootstrap resamples per fit, seed ${plan.simulation.seed}; "settled" = at least ${percentOf(PLAUSIBLE_AGREEMENT)} of the fitted law's plausible laws agree, on that world's true verdict`
      : 'not simulated',
  stage: (stage, index, currency) =>
    `${index}. ${STAGE_EN[stage.kind]}: ${percentOf(stage.share)} of the budget, ${EN_WORDS.money(stage.cost?.cost.base ?? null, currency)}, ${dayCountEn(round(stage.days.base))} on ${stage.gpus} GPUs` +
    (stage.settles === null
      ? ''
      : stage.kind === 'pilot'
        ? `; settles ${percentOf(stage.settles)} of worlds`
        : `; settles ${percentOf(stage.settles)} of the worlds the pilot leaves open`),
  rule: (rule) => {
    if (rule.code === 'stop-if-off-law')
      return `stop if the ${rule.kind === 'distil' ? 'distilled' : 'supervised'} ${formatCount(rule.params)} run on ${formatCount(rule.tokens)} tokens measures more than ${rule.nats} nats above the law fitted to the stage's runs: the law's form does not describe your setup`;
    if (rule.code === 'go-if-settled')
      return `go to the decision run if at least ${percentOf(rule.agreement)} of the fitted law's plausible laws agree on the call; otherwise ${rule.otherwise === 'middle' ? 'run the middle stage first' : "the two routes are within the laws' error: choose on cost and serving"}`;
    return "run the call's plan on the whole budget";
  },
  titles: {
    answer: 'Pilot first',
    runs: 'Pilot runs (fill in the losses, then fit)',
    worth: 'What the pilot is worth',
    stages: 'Staged plan',
    loop: 'Then',
  },
  cappedBySize: "the pilot spends less than its share: its largest model already reaches the student's size",
  notSimulated: (command) =>
    `How often this pilot would settle the call is simulated by the CLI (it takes seconds): ${command}`,
};

const STAGE_EN: Record<Stage['kind'], string> = { pilot: 'pilot', middle: 'middle stage', decision: 'decision run' };
const STAGE_JA: Record<Stage['kind'], string> = { pilot: 'パイロット', middle: '中間段階', decision: '本番の学習' };

const JA_WORDS: PilotWords = {
  headline: (plan) =>
    `${plan.runs.length} 本の実験からなるパイロットの費用は ${JA_WORDS.money(plan.totalCost?.base ?? null, plan.currency)}（予算の ${percentOf(plan.totalFlops / plan.budgetFlops)}、${formatScientific(plan.totalFlops)} FLOPs）` +
    (plan.settledAfter === null
      ? 'です。'
      : `で、妥当な世界の ${percent(plan.settledAfter)} で判断が確定します（現状は ${percent(plan.settledNow)}）。`),
  runKind: (run) =>
    run.kind === 'supervised'
      ? '直接学習'
      : run.teacher!.run === null
        ? '既存の教師モデルから蒸留'
        : `実験 ${run.teacher!.run} から蒸留`,
  runLine: (run, number, currency) =>
    `${number}. ${JA_WORDS.runKind(run)}: ${countJa(run.params)} パラメータ、${countJa(run.tokens)} トークン、${formatScientific(run.flops)} FLOPs、${JA_WORDS.money(run.cost?.base ?? null, currency)}`,
  runColumns: ['実験', '種類', 'パラメータ', 'トークン', 'FLOPs', '費用'],
  count: countJa,
  flops: (value) => formatScientific(value),
  money: (amount, currency) =>
    amount === null || currency === null
      ? '価格なし（--price を指定）'
      : formatMoney(amount, currency, { compact: true, lang: 'ja' }),
  size: (size, currency, chosen) =>
    `${chosen ? '▶ ' : '  '}予算の ${percentOf(size.share)}（${JA_WORDS.money(size.totalCost?.base ?? null, currency)}）: 確定 ${percent(size.settledAfter)}、誤って確定 ${percent(size.wrongAfter)}` +
    (size.predictionError
      ? `、目標での予測誤差 直接学習 ${loss(size.predictionError.supervised)}・蒸留 ${loss(size.predictionError.distil)}`
      : ''),
  today: (plan) =>
    `  現状: 妥当な法則の ${percent(plan.verdictShareNow)} で蒸留が有利、確定 ${percent(plan.settledNow)}` +
    (plan.predictionError
      ? `、目標での予測誤差 直接学習 ${loss(plan.predictionError.now.supervised)}・蒸留 ${loss(plan.predictionError.now.distil)}`
      : ''),
  simulation: (plan) =>
    plan.simulation
      ? `シミュレーション: 妥当な真の法則 ${plan.simulation.worlds} 通り、実験ごとのばらつき ${percentOf(plan.simulation.noise)}、当てはめごとのブートストラップ ${plan.simulation.resamples} 回、シード ${plan.simulation.seed}。「確定」は当てはめた法則の妥当な法則の ${percentOf(PLAUSIBLE_AGREEMENT)} 以上が、その世界の本当の結論で一致すること`
      : 'シミュレーションなし',
  stage: (stage, index, currency) =>
    `${index}. ${STAGE_JA[stage.kind]}: 予算の ${percentOf(stage.share)}、${JA_WORDS.money(stage.cost?.cost.base ?? null, currency)}、GPU ${stage.gpus} 基で ${dayCountJa(round(stage.days.base))}` +
    (stage.settles === null
      ? ''
      : stage.kind === 'pilot'
        ? `。世界の ${percentOf(stage.settles)} で確定`
        : `。パイロットで確定しなかった世界の ${percentOf(stage.settles)} で確定`),
  rule: (rule) => {
    if (rule.code === 'stop-if-off-law')
      return `${rule.kind === 'distil' ? '蒸留' : '直接学習'}の ${countJa(rule.params)} パラメータ・${countJa(rule.tokens)} トークンの実験の損失が、この段階の実験に当てはめた法則より ${rule.nats} nats を超えて高ければ中止: 法則の形があなたの環境に合っていません`;
    if (rule.code === 'go-if-settled')
      return `当てはめた法則の妥当な法則の ${percentOf(rule.agreement)} 以上が同じ結論なら本番の学習へ。そうでなければ${rule.otherwise === 'middle' ? '先に中間段階を実施' : '二つの方法の差は法則の誤差の範囲内: 費用と運用で選ぶ'}`;
    return '結論どおりの計画で予算全体を使って学習する';
  },
  titles: {
    answer: 'まずパイロットから',
    runs: 'パイロットの実験（損失を記入してから当てはめ）',
    worth: 'パイロットの価値',
    stages: '段階的な計画',
    loop: 'その後',
  },
  cappedBySize: 'パイロットは割り当てより少ない費用で済みます: 最大のモデルがすでに生徒モデルの大きさに達しています',
  notSimulated: (command) =>
    `このパイロットで判断が確定する確率は、次のコマンドでシミュレーションできます（数秒かかります）: ${command}`,
};

function round(days: number): number {
  return days < 1 ? Number(days.toPrecision(2)) : Number(days.toFixed(1));
}

export const PILOT_WORDS: Readonly<Record<Lang, PilotWords>> = { en: EN_WORDS, ja: JA_WORDS };
