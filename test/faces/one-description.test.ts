/**
 * One answer, described once: core describes it, messages/ words it, and each face only lays it out. For every
 * answer kind that goes through a description, ONE description from a real core computation is worded in English
 * and Japanese and laid out by every face (the CLI's text, Slack's blocks, the Sheets sidebar's parts). Then:
 * (a) each face's Japanese has no English word beyond ids, units and names; (b) every worded part, every figure's
 * label and value among them, appears in every face's output, so the faces cannot drift apart; (c) a face words
 * nothing itself: given a worded answer whose every string is a marker, a face's output is those markers and its
 * layout marks only (no word, no number of its own).
 */
import { describe, expect, it } from 'vitest';
import { answerBlocks } from '../../bot/src/blocks/layout.js';
import { answerText } from '../../cli/answer-text.js';
import {
  budgetFor,
  type CompareDescription,
  type CostDescription,
  coefficientSet,
  compareLifetimes,
  compareStudents,
  costingOf,
  type DecideDescription,
  decide,
  describeCompare,
  describeCostAnswer,
  describeDecide,
  describePlan,
  lifetimeCost,
  optimalDistillation,
  type PlanDescription,
  readingOfFields,
} from '../../core/index.js';
import {
  CLI_WORDS,
  type Lang,
  type Names,
  namesFor,
  type WordedAnswer,
  type WordedFigure,
  wordCompare,
  wordCostAnswer,
  wordDecide,
  wordPlan,
} from '../../messages/index.js';
import { sidebarText } from '../../sheets-addon/src/ui/sidebar.js';
import { expectNoEnglishWords } from '../helpers/englishWords.js';
import { slackTexts } from '../helpers/slackBlocks.js';

/** Each face: the names it words a missing value with (none: the sidebar), and its layout as the text a person reads. */
const FACES: Record<string, { names?: Names; lay: (worded: WordedAnswer) => string }> = {
  cli: { names: namesFor('cli'), lay: (worded) => answerText(worded) },
  slack: {
    names: namesFor('slack'),
    lay: (worded) => {
      const built = answerBlocks(worded);
      // Slack's emoji codes (:warning:, :mag:) are layout marks, not words.
      return [built.text, ...slackTexts(built.blocks)].join('\n').replace(/:[a-z_]+:/g, '');
    },
  },
  sidebar: {
    lay: (worded) => {
      const text = sidebarText(worded);
      return [
        text.headline,
        text.readBack,
        text.sentence,
        text.verdict,
        text.money,
        ...text.decisive,
        text.summary,
        ...text.rows.flatMap((row) => [row.label, row.value]),
        ...text.notes,
      ].join('\n');
    },
  },
};

/** A 1B student on $200k with a teacher trained for it and a year of serving: outside the evidence, every part said. */
function decideDescription(): DecideDescription {
  const budgeted = budgetFor('$200k', { gpu: 'h100' });
  const request = { studentParams: 1e9, compute: budgeted.flops, teacher: { kind: 'none' as const, students: 1 } };
  const decision = decide(request);
  const extras = {
    flipEvidence: decision.evidence.flip,
    computeRatio: decision.computeRatio,
    evidenceBudgets: decision.evidence.budgets,
    gpus: 8,
  };
  const rental = costingOf(budgeted, decision.plan, decision.flipCompute, extras);
  const serving = lifetimeCost({
    ...budgeted.options,
    trainingFlops: rental.flops,
    params: 1e9,
    tokensPerDay: 2e9,
    days: 365,
  });
  const costing = costingOf(budgeted, decision.plan, decision.flipCompute, {
    ...extras,
    servingExact: serving.serving.costExact.base,
  });
  const question = readingOfFields('decide', [
    ['student', '1B'],
    ['budget', '$200k'],
    ['serve', '2B'],
    ['days', '365'],
  ]);
  return describeDecide(decision, costing, { question, serving });
}

/**
 * Every worded part of an answer, flattened line by line (a value of several lines may be laid out as several rows):
 * what each face must show. The call is worded twice in messages/, short
 * for a header (title) and with its meaning for a line of text (callLine); a face shows one of them.
 */
function wordedParts(worded: WordedAnswer): string[] {
  return [
    worded.question,
    ...worded.headline,
    worded.lawSays,
    worded.money,
    ...worded.decisive,
    worded.summary,
    ...worded.figures.flatMap((figure) => [figure.label, figure.value]),
    ...worded.serving,
    ...worded.warnings,
    ...worded.notes,
    ...(worded.items ?? []).flatMap((item) => [
      item.name,
      item.title,
      item.outcome,
      ...item.figures.flatMap((figure) => [figure.label, figure.value]),
      ...item.notes,
      ...item.warnings,
    ]),
  ]
    .flatMap((part) => part.split('\n'))
    .filter(Boolean);
}

function showsTheCall(shown: string, worded: WordedAnswer): boolean {
  return shown.includes(worded.title) || shown.includes(worded.callLine);
}

type Word = (description: never, lang: Lang, names?: Names) => WordedAnswer;

/** A 1B student on $50k, four students sharing a teacher trained for them: the plan and what each part costs. */
function planDescription(): PlanDescription {
  const budgeted = budgetFor('$50k', { gpu: 'h100' });
  const plan = optimalDistillation({ studentParams: 1e9, compute: budgeted.flops, students: 4 });
  const question = readingOfFields('plan', [
    ['student', '1B'],
    ['budget', '$50k'],
    ['students', '4'],
  ]);
  return describePlan(plan, costingOf(budgeted, plan), question);
}

/** 1e22 FLOPs on an H100 in yen: GPU-hours, the cost band, every digit, the price and the rate. */
function costDescription(): CostDescription {
  const budgeted = budgetFor('1e22', { gpu: 'h100', currency: 'JPY', rate: 150 });
  return describeCostAnswer(
    costingOf(budgeted),
    undefined,
    readingOfFields('cost', [
      ['budget', '1e22'],
      ['currency', 'JPY'],
      ['rate', '150'],
    ]),
  );
}

/** The same budget with a 1B student: each part of the plan on it in money, then the plan. */
function costOfPlanDescription(): CostDescription {
  const budgeted = budgetFor('1e22', { gpu: 'h100' });
  const plan = optimalDistillation({ studentParams: 1e9, compute: budgeted.flops });
  const question = readingOfFields('cost', [
    ['student', '1B'],
    ['budget', '1e22'],
  ]);
  return describeCostAnswer(costingOf(budgeted, plan), plan, question);
}

/**
 * 1B, 2B and 3B students on $50k each, no teacher yet, within 30 days, serving 2B tokens a day for a year: the best
 * student, serving's cheapest and break-even, what each quality gap is worth, and every student's figures and days.
 */
function compareDescription(): CompareDescription {
  const budgeted = budgetFor('$50k', { gpu: 'h100' });
  const sizes = [
    ['1B', 1e9],
    ['2B', 2e9],
    ['3B', 3e9],
  ] as const;
  const answers = sizes.map(([name, params]) => {
    const decision = decide({ studentParams: params, compute: budgeted.flops, teacher: { kind: 'none', students: 1 } });
    const extras = { flipEvidence: decision.evidence.flip, computeRatio: decision.computeRatio, deadlineDays: 30 };
    return {
      name,
      params,
      decision,
      extras,
      costing: costingOf(budgeted, decision.plan, decision.flipCompute, extras),
    };
  });
  const serving = compareLifetimes(
    answers.map((answer) => ({
      ...budgeted.options,
      name: answer.name,
      trainingFlops: answer.costing.flops,
      params: answer.params,
      tokensPerDay: 2e9,
      days: 365,
    })),
  );
  const students = answers.map((answer, i) => ({
    name: answer.name,
    decision: answer.decision,
    costing: costingOf(budgeted, answer.decision.plan, answer.decision.flipCompute, {
      ...answer.extras,
      servingExact: serving.routes[i]!.serving.costExact.base,
    }),
  }));
  const comparison = compareStudents(
    students.map((student) => ({ ...student, cost: budgeted.options })),
    coefficientSet(),
  );
  const question = readingOfFields('compare', [
    ['student', '1B'],
    ['student', '2B'],
    ['student', '3B'],
    ['budget', '$50k'],
    ['teacher', 'none'],
    ['deadline', '30'],
    ['serve', '2B'],
    ['days', '365'],
  ]);
  return describeCompare(students, comparison, { question, serving });
}

const KINDS: Record<string, { describe: () => unknown; word: Word; faces?: string[] }> = {
  decide: { describe: decideDescription, word: wordDecide as Word },
  plan: { describe: planDescription, word: wordPlan as Word },
  cost: { describe: costDescription, word: wordCostAnswer as Word },
  'cost of a plan': { describe: costOfPlanDescription, word: wordCostAnswer as Word },
  // The Sheets sidebar has no compare.
  compare: { describe: compareDescription, word: wordCompare as Word, faces: ['cli', 'slack'] },
};

describe.each(Object.keys(KINDS))('%s: one description, worded once, laid out by every face', (kind) => {
  const entry = KINDS[kind]!;
  const description = entry.describe() as never;
  const worded = { en: entry.word(description, 'en'), ja: entry.word(description, 'ja') };
  /** The answer as one face words it: the same description, with the face's names for a missing value. */
  const wordedFor = (face: string, lang: Lang) => entry.word(description, lang, FACES[face]!.names);
  const faces = entry.faces ?? Object.keys(FACES);

  it('the description is complete: a question, a call, figures with values and notes, in both languages', () => {
    for (const lang of ['en', 'ja'] as const) {
      expect(worded[lang].question, lang).not.toBe('');
      expect(worded[lang].title, lang).not.toBe('');
      expect(allFigures(worded[lang]).length, lang).toBeGreaterThanOrEqual(5);
      for (const figure of allFigures(worded[lang])) expect(figure.value, `${lang} ${figure.code}`).not.toBe('');
      expect(worded[lang].notes.length, lang).toBeGreaterThan(0);
    }
    // The same parts in both languages: a figure is never left out of one of them.
    expect(allFigures(worded.ja).map((figure) => figure.code)).toEqual(
      allFigures(worded.en).map((figure) => figure.code),
    );
  });

  it("every face gets the same figures: a face's names change only how a missing value is asked for", () => {
    for (const lang of ['en', 'ja'] as const)
      for (const face of faces)
        expect(allFigures(wordedFor(face, lang)), `${face} ${lang}`).toEqual(allFigures(worded[lang]));
  });

  it.each(faces)('(a) %s in Japanese has no English word but ids, units and names', (face) => {
    expectNoEnglishWords(FACES[face]!.lay(wordedFor(face, 'ja')), `${kind} through ${face}`);
  });

  it.each(faces)('(b) %s shows every worded part, each figure label and value among them', (face) => {
    for (const lang of ['en', 'ja'] as const) {
      const answer = wordedFor(face, lang);
      const shown = FACES[face]!.lay(answer);
      for (const part of wordedParts(answer)) expect(shown, `${face} ${lang}`).toContain(part);
      expect(showsTheCall(shown, answer), `${face} ${lang}: the call`).toBe(true);
    }
  });

  it.each(faces)('(c) %s words nothing itself: markers in, markers and layout marks out', (face) => {
    for (const lang of ['en', 'ja'] as const) {
      const marked = markers(wordedFor(face, lang));
      const shown = FACES[face]!.lay(marked);
      // Every marker is shown (nothing dropped) …
      for (const part of wordedParts(marked)) expect(shown, `${face} ${lang}`).toContain(part);
      expect(showsTheCall(shown, marked), `${face} ${lang}: the call`).toBe(true);
      // … and what is left once they are taken out is layout: Slack's bold and emoji, the CLI's warning label.
      expect(leftOver(shown, lang), `${face} ${lang}`).toMatch(/^[\s*:·]*$/);
    }
  });

  it('(c) a face that words a part itself is caught: a number or word outside the worded answer is left over', () => {
    const marked = markers(worded.en);
    const wordsItsOwn = (answer: WordedAnswer) => `${answerText(answer)}\nGPU-hours 702`;
    expect(leftOver(wordsItsOwn(marked), 'en')).not.toMatch(/^[\s*:·]*$/);
  });
});

/** Every figure of an answer: its own, then each item's (a compared student's). */
function allFigures(worded: WordedAnswer): WordedFigure[] {
  return [...worded.figures, ...(worded.items ?? []).flatMap((item) => item.figures)];
}

/** A face's output without the markers and the CLI's label for a warning (a messages/ word, not the face's). */
function leftOver(shown: string, lang: Lang): string {
  return shown.replace(/⟦\d+⟧/g, '').split(CLI_WORDS[lang].warningNote('').trim()).join('');
}

/** The same worded answer with every string replaced by a numbered marker ⟦n⟧. */
function markers(worded: WordedAnswer): WordedAnswer {
  let n = 0;
  const mark = (text: string) => (text === '' ? '' : `⟦${n++}⟧`);
  return {
    ...worded,
    question: mark(worded.question),
    title: mark(worded.title),
    callLine: mark(worded.callLine),
    headline: worded.headline.map(mark),
    lawSays: mark(worded.lawSays),
    money: mark(worded.money),
    decisive: worded.decisive.map(mark),
    summary: mark(worded.summary),
    figures: worded.figures.map((figure) => ({ ...figure, label: mark(figure.label), value: mark(figure.value) })),
    serving: worded.serving.map(mark),
    warnings: worded.warnings.map(mark),
    notes: worded.notes.map(mark),
    ...(worded.items
      ? {
          items: worded.items.map((item) => ({
            name: mark(item.name),
            title: mark(item.title),
            outcome: mark(item.outcome),
            figures: item.figures.map((figure) => ({
              ...figure,
              label: mark(figure.label),
              value: mark(figure.value),
            })),
            notes: item.notes.map(mark),
            warnings: item.warnings.map(mark),
          })),
        }
      : {}),
  };
}
