/**
 * One answer described once, for the answers that are tables with sections (scenarios: one row per offer; a pilot:
 * its runs, what it is worth, its stages, what comes next). ONE description from a real core computation is worded
 * in English and Japanese and laid out by every face that shows it (the CLI's text, every row under columns; Slack's
 * blocks, the first rows as lines; Sheets' COST_SCENARIOS and PILOT_PLAN are numeric cells, checked in
 * test/sheets-addon/). Then: (a) each face's Japanese has no English word beyond ids, units and names; (b) every
 * worded part a face shows appears in it: every cell in the CLI, the first rows' lines and the heading that counts
 * them in Slack, every section's heading, lines and points in both; (c) a face words nothing itself.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerBlocks } from '../../bot/src/blocks/layout.js';
import { answerText } from '../../cli/answer-text.js';
import { fitWithBootstrap } from '../../core/fit/bootstrap.js';
import {
  budgetFor,
  COEFFICIENT_SETS,
  costScenarios,
  describeFit,
  describePilot,
  describePresets,
  describeScenarios,
  type FitDescription,
  InputError,
  type PilotDescription,
  type PresetsDescription,
  parseRunsCsv,
  planPilot,
  readingOfFields,
  readSetFile,
  type ScenariosDescription,
} from '../../core/index.js';
import {
  CLI_WORDS,
  type Lang,
  namesFor,
  type WordedAnswer,
  wordFit,
  wordPilot,
  wordPresets,
  wordScenarios,
} from '../../messages/index.js';
import { expectNoEnglishWords } from '../helpers/englishWords.js';
import { slackTexts } from '../helpers/slackBlocks.js';

/** Each face that shows the kind, and the worded parts it must show (a chat message shows the first rows only). */
const FACES: Record<string, { lay: (worded: WordedAnswer) => string; shows: (worded: WordedAnswer) => string[] }> = {
  cli: {
    lay: answerText,
    shows: (worded) => [...(worded.table?.columns ?? []), ...(worded.table?.rows.flatMap((row) => row.cells) ?? [])],
  },
  slack: {
    lay: (worded) => {
      const built = answerBlocks(worded);
      return [built.text, ...slackTexts(built.blocks)].join('\n').replace(/:[a-z_]+:/g, '');
    },
    shows: (worded) => {
      const table = worded.table;
      const rows = table ? [table.short.heading, ...table.rows.slice(0, table.short.count).map((row) => row.line)] : [];
      return [...rows, ...sectionParts(worded)];
    },
  },
};

/** Every section's heading, each of its lines and each point under a line. */
function sectionParts(worded: WordedAnswer): string[] {
  return (worded.sections ?? []).flatMap((part) => [
    part.heading,
    ...part.items.flatMap((item) => [item.line, ...item.points]),
  ]);
}

/**
 * 1e22 FLOPs on every H100 and A100 offer in yen: the peaks differ, rows of every kind, the rate stated; with a cost
 * profile's total in every row.
 */
function scenariosDescription(): ScenariosDescription {
  const scenarios = costScenarios({ flops: 1e22, gpuIds: 'h100,a100', currency: 'JPY', rate: 150 });
  const question = readingOfFields('scenarios', [
    ['budget', '1e22'],
    ['currency', 'JPY'],
    ['rate', '150'],
  ]);
  return describeScenarios(scenarios, question);
}

/** A filter no offer matches: the answer says so, in the person's language. */
function noOfferDescription(): ScenariosDescription {
  return describeScenarios(costScenarios({ flops: 1e22, gpuIds: 'h100', kinds: 'reference', providers: 'aws' }));
}

describe('scenarios: one description, worded once, laid out by the CLI and Slack', () => {
  const description = scenariosDescription();
  const worded = { en: wordScenarios(description, 'en'), ja: wordScenarios(description, 'ja') };

  it('core describes what both faces worked out before: the cheapest of each kind, each precision fallback once', () => {
    const rows = description.scenarios.rows;
    expect(description.cheapest.length).toBeGreaterThanOrEqual(3);
    for (const { kind, row } of description.cheapest) {
      expect(row.kind).toBe(kind);
      // Cheapest of its kind: no row of that kind costs less (rows are cheapest first).
      expect(rows.find((other) => other.kind === kind)).toBe(row);
    }
    expect(description.scenarios.peaksDiffer).toBe(true);
    expect(new Set(description.fallbacks.map((fallback) => fallback.gpu)).size).toBe(description.fallbacks.length);
  });

  it('is complete in both languages: a question, a title, the cheapest lines, every row and column, notes', () => {
    for (const lang of ['en', 'ja'] as const) {
      const answer = worded[lang];
      expect(answer.question, lang).not.toBe('');
      expect(answer.title, lang).not.toBe('');
      expect(answer.headline.length, lang).toBe(description.cheapest.length);
      expect(answer.table?.rows.length, lang).toBe(description.scenarios.rows.length);
      for (const row of answer.table!.rows) {
        expect(row.cells.length, lang).toBe(answer.table!.columns.length);
        for (const cell of row.cells) expect(cell, lang).not.toBe('');
      }
      expect(answer.table?.short.count, lang).toBe(8);
      expect(answer.notes.length, lang).toBeGreaterThanOrEqual(3);
    }
    // The same rows, in the same order, in both languages: the offer id is each row's first cell.
    expect(worded.ja.table!.rows.map((row) => row.cells[0])).toEqual(worded.en.table!.rows.map((row) => row.cells[0]));
  });

  it.each(Object.keys(FACES))('(a) %s in Japanese has no English word but ids, units and names', (face) => {
    expectNoEnglishWords(FACES[face]!.lay(worded.ja), `scenarios through ${face}`);
    expectNoEnglishWords(FACES[face]!.lay(wordScenarios(noOfferDescription(), 'ja')), `no offer through ${face}`);
  });

  it.each(Object.keys(FACES))('(b) %s shows every worded part it lays out', (face) => {
    for (const lang of ['en', 'ja'] as const) {
      const answer = worded[lang];
      const shown = FACES[face]!.lay(answer);
      const parts = [answer.question, answer.title, ...answer.headline, ...answer.notes, ...FACES[face]!.shows(answer)];
      for (const part of parts) expect(shown, `${face} ${lang}`).toContain(part);
    }
  });

  it.each(Object.keys(FACES))('(b) %s says when no offer matches, in each language', (face) => {
    for (const lang of ['en', 'ja'] as const) {
      const answer = wordScenarios(noOfferDescription(), lang);
      expect(answer.table).toBeUndefined();
      const shown = FACES[face]!.lay(answer);
      expect(shown).toContain(answer.title);
      expect(shown).toContain(answer.headline[0]);
    }
  });

  it.each(Object.keys(FACES))('(c) %s words nothing itself: markers in, markers and layout marks out', (face) => {
    for (const lang of ['en', 'ja'] as const) {
      const marked = markers(worded[lang]);
      const shown = FACES[face]!.lay(marked);
      const parts = [marked.question, ...marked.headline, ...marked.notes, ...FACES[face]!.shows(marked)];
      for (const part of parts) expect(shown, `${face} ${lang}`).toContain(part);
      // The call is worded short for a header (title) and as a line (callLine): a face shows one of them.
      expect(shown.includes(marked.title) || shown.includes(marked.callLine), `${face} ${lang}: the title`).toBe(true);
      expect(leftOver(shown, lang), `${face} ${lang}`).toMatch(/^[\s*:·•-]*$/);
    }
  });

  it('(c) a face that words a row itself is caught', () => {
    const marked = markers(worded.en);
    expect(leftOver(`${answerText(marked)}\nsaves 12%`, 'en')).not.toMatch(/^[\s*:·•-]*$/);
  });
});

/**
 * A 1B student on $200k, no teacher yet: the pilot simulated (a few worlds, to keep the test quick) with the commands
 * that fit its runs; and the same question not simulated, with the command that simulates it (Slack's answer).
 */
function pilotDescriptions(): { simulated: PilotDescription; notSimulated: PilotDescription } {
  const budget = budgetFor('$200k', { gpu: 'h100' });
  const request = { studentParams: 1e9, compute: budget.flops, teacher: { kind: 'none' as const } };
  const question = readingOfFields('pilot', [
    ['student', '1B'],
    ['budget', '$200k'],
  ]);
  const plan = (simulate: boolean) => planPilot(request, { cost: budget.options, worlds: 6, simulate });
  return {
    simulated: describePilot(
      plan(true),
      { code: 'fit-runs', dir: 'runs', question: ['--student-params 1B', '--budget "$200k"'] },
      question,
    ),
    notSimulated: describePilot(plan(false), { code: 'simulate', teacher: request.teacher }, question),
  };
}

describe.each(['simulated', 'notSimulated'] as const)(
  'pilot (%s): one description, worded once, laid out by the CLI and Slack',
  (which) => {
    const description = pilotDescriptions()[which];
    const worded = { en: wordPilot(description, 'en'), ja: wordPilot(description, 'ja') };

    it('is complete in both languages: a question, a title, the headline, every run, the stages and what comes next', () => {
      for (const lang of ['en', 'ja'] as const) {
        const answer = worded[lang];
        expect(answer.question, lang).not.toBe('');
        expect(answer.headline.length, lang).toBeGreaterThan(0);
        expect(answer.table?.rows.length, lang).toBe(description.plan.runs.length);
        for (const row of answer.table!.rows) expect(row.cells.length, lang).toBe(answer.table!.columns.length);
        const codes = answer.sections?.map((part) => part.code);
        // The worth of each size only where it was simulated; the commands after it where the runs are fitted.
        expect(codes, lang).toEqual(which === 'simulated' ? ['worth', 'stages', 'next'] : ['stages']);
        const stages = answer.sections!.find((part) => part.code === 'stages')!;
        expect(stages.items.length, lang).toBe(description.plan.stages.length);
        expect(answer.notes.length, lang).toBe(which === 'simulated' ? 0 : 1);
      }
      expect(worded.ja.sections?.map((part) => part.items.length)).toEqual(
        worded.en.sections?.map((part) => part.items.length),
      );
    });

    it("the chosen pilot size is the plan's share, marked once where the sizes' worth is shown", () => {
      const chosen = description.plan.sizes[description.chosenSize!]!;
      expect(chosen.share).toBe(description.plan.share);
      const worth = worded.en.sections!.find((part) => part.code === 'worth');
      if (which === 'simulated') expect(worth!.items.filter((item) => item.line.startsWith('▶'))).toHaveLength(1);
      else expect(worth).toBeUndefined();
    });

    it.each(Object.keys(FACES))('(a) %s in Japanese has no English word but ids, units and names', (face) => {
      expectNoEnglishWords(FACES[face]!.lay(worded.ja), `pilot through ${face}`);
    });

    it.each(Object.keys(FACES))('(b) %s shows every worded part it lays out', (face) => {
      for (const lang of ['en', 'ja'] as const) {
        const answer = worded[lang];
        const shown = FACES[face]!.lay(answer);
        const parts = [
          answer.question,
          answer.title,
          ...answer.headline,
          ...answer.notes,
          ...FACES[face]!.shows(answer),
        ];
        for (const part of parts.filter(Boolean)) expect(shown, `${face} ${lang}`).toContain(part);
      }
    });

    it.each(Object.keys(FACES))('(c) %s words nothing itself: markers in, markers and layout marks out', (face) => {
      for (const lang of ['en', 'ja'] as const) {
        const marked = markers(worded[lang]);
        const shown = FACES[face]!.lay(marked);
        const parts = [marked.question, ...marked.headline, ...marked.notes, ...FACES[face]!.shows(marked)];
        for (const part of parts.filter(Boolean)) expect(shown, `${face} ${lang}`).toContain(part);
        expect(shown.includes(marked.title) || shown.includes(marked.callLine), `${face} ${lang}: the title`).toBe(
          true,
        );
        expect(leftOver(shown, lang), `${face} ${lang}`).toMatch(/^[\s*:·•-]*$/);
      }
    });
  },
);

/** The shipped sets (with their Figure-1 fit record) and a set file missing its name: every kind of entry. */
function presetsDescription(): PresetsDescription {
  let problem: InputError | undefined;
  try {
    readSetFile({ format: 'distilplan-coefficient-set', version: 1 }, 'pilot-set.json');
  } catch (error) {
    problem = error as InputError;
  }
  expect(problem).toBeInstanceOf(InputError);
  return describePresets({
    entries: [
      ...COEFFICIENT_SETS.map((set) => ({ name: set.id, read: { set } })),
      { name: 'pilot-set', read: { error: problem! } },
    ],
    folder: true,
    more: 2,
  });
}

/** Only Slack lists the sets (`/distil presets`); the CLI takes a set by --preset and Sheets by its id. */
describe('presets: one description, worded once, laid out by Slack', () => {
  const description = presetsDescription();
  const slack = FACES.slack!;
  const worded = {
    en: wordPresets(description, 'en', namesFor('slack')),
    ja: wordPresets(description, 'ja', namesFor('slack')),
  };

  it('core says which sets are shipped and carries each fit record as numbers; a file that cannot be used, its problem', () => {
    const [corrected, , unusable] = description.entries;
    expect(corrected!.shipped).toBe('busbridge2025-corrected');
    // The default set's record is the refit of B' alone on the paper's 354 Figure-1 runs (data/fig1/README.md),
    // 200 bootstrap resamples, at a MAPE of 0.33% (test/core/fig1.test.ts), its worst run further off than that.
    expect(corrected!.fit).toMatchObject({ law: 'distillation', fitted: ["B'"], runs: 354, samples: 200 });
    expect(corrected!.fit!.mape).toBeCloseTo(0.0033, 4);
    expect(corrected!.fit!.maxError).toBeGreaterThan(corrected!.fit!.mape);
    expect(unusable!.shipped).toBeNull();
    expect(unusable!.problem).not.toBeNull();
  });

  it('every set is a labelled value in both languages, and the files left out are counted', () => {
    for (const lang of ['en', 'ja'] as const) {
      expect(
        worded[lang].figures.map((figure) => figure.label),
        lang,
      ).toEqual(description.entries.map((e) => e.name));
      for (const figure of worded[lang].figures) expect(figure.value, lang).not.toBe('');
      expect(worded[lang].notes.length, lang).toBe(2);
    }
  });

  it('(a) Slack in Japanese has no English word but ids, units and names', () => {
    // A set file's problem names the file and the JSON key in it as written there (pilot-set.json: name): typed.
    const typedKey = /\b[\w-]+\.json: [\w.']+/g;
    expect(slack.lay(worded.ja)).toMatch(typedKey);
    expectNoEnglishWords(slack.lay(worded.ja).replace(typedKey, '·'), 'presets through slack');
  });

  it("(b) Slack shows every worded part, each set's name and what it is", () => {
    for (const lang of ['en', 'ja'] as const) {
      const answer = worded[lang];
      const shown = slack.lay(answer);
      const parts = [
        answer.title,
        ...answer.headline,
        ...answer.notes,
        ...answer.figures.flatMap((f) => [f.label, f.value]),
      ];
      for (const part of parts) expect(shown, lang).toContain(part);
    }
  });

  it('(c) Slack words nothing itself: markers in, markers and layout marks out', () => {
    for (const lang of ['en', 'ja'] as const) {
      const marked = markers(worded[lang]);
      const shown = slack.lay(marked);
      for (const figure of marked.figures) expect(shown, lang).toContain(`*${figure.label}*\n${figure.value}`);
      expect(leftOver(shown, lang), lang).toMatch(/^[\s*:·•-]*$/);
    }
  });
});

/** The example pilot's supervised runs fitted with γ held: every coefficient fitted or held, the quality, a warning. */
function fitDescription(): FitDescription {
  const runs = parseRunsCsv(readFileSync('examples/pilot-runs.csv', 'utf8'), 'supervised');
  const base = COEFFICIENT_SETS[0]!;
  const fit = fitWithBootstrap(runs, base, { fixed: ['gamma'], resamples: 20, seed: 1 });
  return describeFit(fit, { runs: 'examples/pilot-runs.csv', base: base.id, written: 'pilot-supervised.json' });
}

/** Only the CLI fits (`distilplan fit`): Slack and Sheets take the set it writes by name. */
describe('fit: one description, worded once, laid out by the CLI', () => {
  const description = fitDescription();
  const worded = { en: wordFit(description, 'en'), ja: wordFit(description, 'ja') };
  const cli = FACES.cli!;

  it('core describes each coefficient fitted with its interval, or held at the base set, and the fit quality', () => {
    const gamma = description.coefficients.find((coefficient) => coefficient.name === 'gamma')!;
    expect(gamma.held).toBe(true);
    expect(gamma.interval).toBeNull();
    for (const coefficient of description.coefficients.filter((c) => !c.held)) {
      const [low, high] = coefficient.interval!;
      expect(low).toBeLessThanOrEqual(high);
    }
    expect(description.quality.runs).toBe(8);
    expect(description.quality.mape).toBeGreaterThan(0);
  });

  it('every coefficient and quality figure is a labelled value in both languages, the file written a note', () => {
    for (const lang of ['en', 'ja'] as const) {
      const codes = worded[lang].figures.map((figure) => figure.code);
      expect(codes, lang).toEqual([
        ...description.coefficients.map((c) => c.name),
        'runs',
        'mape',
        'maxError',
        'objective',
      ]);
      expect(
        worded[lang].notes.some((note) => note.includes('pilot-supervised.json')),
        lang,
      ).toBe(true);
    }
  });

  it('(a) the CLI in Japanese has no English word but ids, units and names', () => {
    expectNoEnglishWords(cli.lay(worded.ja), 'fit through the CLI');
  });

  it('(b) the CLI shows every worded part; (c) and words nothing itself', () => {
    for (const lang of ['en', 'ja'] as const) {
      const answer = worded[lang];
      const parts = (a: WordedAnswer) => [
        a.callLine,
        ...a.notes,
        ...a.warnings,
        ...a.figures.flatMap((f) => [f.label, f.value]),
      ];
      for (const part of parts(answer)) expect(cli.lay(answer), lang).toContain(part);
      const marked = markers(answer);
      const shown = cli.lay(marked);
      for (const part of parts(marked)) expect(shown, lang).toContain(part);
      expect(leftOver(shown, lang), lang).toMatch(/^[\s*:·•-]*$/);
    }
  });
});

function leftOver(shown: string, lang: Lang): string {
  return shown.replace(/⟦\d+⟧/g, '').split(CLI_WORDS[lang].warningNote('').trim()).join('');
}

/** The same worded answer with every string, each table heading, cell and line among them, a numbered marker ⟦n⟧. */
function markers(worded: WordedAnswer): WordedAnswer {
  let n = 0;
  const mark = (text: string) => (text === '' ? '' : `⟦${n++}⟧`);
  const table = worded.table;
  return {
    ...worded,
    question: mark(worded.question),
    title: mark(worded.title),
    callLine: mark(worded.callLine),
    headline: worded.headline.map(mark),
    notes: worded.notes.map(mark),
    warnings: worded.warnings.map(mark),
    figures: worded.figures.map((figure) => ({ ...figure, label: mark(figure.label), value: mark(figure.value) })),
    ...(worded.sections
      ? {
          sections: worded.sections.map((part) => ({
            ...part,
            heading: mark(part.heading),
            items: part.items.map((item) => ({ line: mark(item.line), points: item.points.map(mark) })),
          })),
        }
      : {}),
    ...(table
      ? {
          table: {
            heading: mark(table.heading),
            columns: table.columns.map(mark),
            rows: table.rows.map((row) => ({ cells: row.cells.map(mark), line: mark(row.line) })),
            short: { count: table.short.count, heading: mark(table.short.heading) },
          },
        }
      : {}),
  };
}
