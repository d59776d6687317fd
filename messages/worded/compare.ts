/**
 * The compare answer (core's CompareDescription) in words, once per language: the best student or why there is
 * none, with serving which costs least in all, each break-even and what each quality gap is worth, then each
 * student's outcome line, figures and small print. The CLI and Slack lay out what this returns and word nothing.
 */
import type { CompareDescription, CompareGap, CompareStudent } from '../../core/index.js';
import type { Lang, Names } from '../catalogue.js';
import { formatFor } from '../format.js';
import { daysWithRestarts } from '../headline.js';
import { readBackLine } from '../question.js';
import { CATALOGUES } from '../render.js';
import { servingWords } from '../serving.js';
import type { WordedAnswer, WordedFigure, WordedItem } from './answer.js';
import { decideFigures } from './decide.js';
import {
  wordCostAtGlance,
  wordCovers,
  wordHardware,
  wordLaw,
  wordPrice,
  wordPriceSource,
  wordRate,
  wordTypedBudget,
  wordWarnings,
} from './parts.js';

/** A student's figures: the call first, then decide's own words for its losses, budget, cost, tokens, teacher, flip. */
const STUDENT_FIGURES = ['distilled', 'direct', 'margin', 'budget', 'gpuHours', 'cost', 'tokens', 'teacher', 'flip'];

export function wordCompare(description: CompareDescription, lang: Lang, names?: Names): WordedAnswer {
  const format = formatFor(lang);
  const words = CATALOGUES[lang].answer;
  const count = description.students.length;
  const { best, serving } = description;
  const title = best
    ? words.compareTitle({ count, label: best.name, loss: format.loss(best.loss) })
    : words.compareNoBest({ count, share: description.bestShare });
  const servingText = servingWords(lang);
  const { items, shared } = foldShared(description.students.map((student) => wordStudent(student, lang, names)));
  const rental = description.students.some((student) => student.notes.covers?.kind === 'rental');
  // In USD, how to answer in another currency (where the language says so): once, not under every student.
  const usd = description.students.find((student) => student.notes.rate?.kind === 'usd');
  const hint = usd ? wordRate(usd.notes.rate, lang, names) : undefined;
  return {
    kind: 'compare',
    lang,
    question: description.question ? (readBackLine(description.question, lang) ?? '') : '',
    title,
    callLine: title,
    headline: [
      ...(serving ? servingText.sentences(serving) : []),
      ...description.gaps.map((gap) => wordGap(gap, lang)),
    ],
    lawSays: '',
    money: '',
    decisive: [],
    summary: '',
    figures: [],
    serving: serving ? [...servingText.figures(serving), servingText.basis(serving.routes[0]!)] : [],
    warnings: [],
    notes: [
      wordLaw(description.notes.law, lang),
      ...shared,
      ...(rental ? [format.w.basis] : []),
      ...(hint ? [hint] : []),
    ],
    items,
  };
}

/**
 * The hardware, price, price source and rate lines every student shares, said once under the answer instead of under
 * each student (they differ only when the students' GPUs or prices do); each student keeps its days and other lines.
 */
function foldShared(worded: readonly Worded[]): { items: WordedItem[]; shared: string[] } {
  const [first, ...rest] = worded;
  const shared = (first?.smallPrint ?? []).filter((line) => rest.every((other) => other.smallPrint.includes(line)));
  const items = worded.map(({ item, smallPrint }) => ({
    ...item,
    notes: [...item.notes, ...smallPrint.filter((line) => !shared.includes(line))],
  }));
  return { items, shared };
}

/** A student's worded answer, its hardware and price small print apart (foldShared says what all students share once). */
interface Worded {
  item: WordedItem;
  smallPrint: string[];
}

/** "1B is 0.1173 nats behind 3B and cannot close the gap at any token count". */
function wordGap(gap: CompareGap, lang: Lang): string {
  const format = formatFor(lang);
  const { reach } = gap;
  return CATALOGUES[lang].answer.compareGap({
    label: gap.name,
    best: gap.behind,
    gap: format.loss(gap.lossGap),
    ...(reach ? { compute: format.flopsFigure(reach.compute) } : {}),
    ...(reach?.cost ? { money: format.money(reach.cost.amount, reach.cost.currency) } : {}),
  });
}

function wordStudent(student: CompareStudent, lang: Lang, names?: Names): Worded {
  const format = formatFor(lang);
  const words = CATALOGUES[lang].answer;
  const { figures, notes } = student;
  const money = student.owned
    ? CATALOGUES[lang].costs.withTotal({
        rental: format.money(student.owned.rental.amount, student.owned.rental.currency),
        total: format.money(student.owned.total.amount, student.owned.total.currency),
      })
    : wordCostAtGlance(figures.cost, lang);
  const decided = decideFigures(figures, null, lang, names);
  const verdict: WordedFigure = {
    code: 'verdict',
    label: format.w.labels.verdict,
    value: CATALOGUES[lang].headline.call[student.call],
  };
  const rate = notes.rate?.kind === 'rate' ? wordRate(notes.rate, lang) : undefined;
  const source = wordPriceSource(notes.price, lang);
  const item: WordedItem = {
    name: student.name,
    title: words.compareItem({
      student: format.params(student.studentParams),
      budget: wordTypedBudget(figures.budget, format) ?? format.flops(student.flops),
      teacher:
        student.teacher.kind === 'none'
          ? words.noTeacher(student.teacher.students)
          : words.teacherOf(format.params(student.teacher.params)),
      gpu: figures.gpuHours.gpuId,
    }),
    outcome: words.compareOutcome({
      call: student.call,
      verdict: student.verdict,
      best: format.loss(student.reached),
      other: format.loss(student.other),
      flops: format.flops(student.flops),
      ...(money ? { money } : {}),
    }),
    figures: [verdict, ...STUDENT_FIGURES.flatMap((code) => decided.filter((figure) => figure.code === code))],
    notes: [
      ...(student.days ? [daysWithRestarts(student.days, lang)] : []),
      ...(notes.covers?.kind === 'ownership' ? wordCovers(notes.covers, lang) : []),
    ],
    warnings: wordWarnings(student.warnings, lang),
  };
  const smallPrint = [
    wordHardware(notes.hardware, lang),
    wordPrice(notes.price, lang, names),
    ...(source ? [source] : []),
    ...(rate ? [rate] : []),
  ];
  return { item, smallPrint };
}
