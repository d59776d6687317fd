/**
 * Every row of the question table three ways: `distilplan ask "<q>" --json`, the same question as explicit
 * flags (built here from the table's hand-written values, not from the reader), and /distil <q>. The call
 * and both losses agree to the last digit; a question with an unread word exits 2 (CLI) and answers with a
 * question (Slack), each repeating every value that was read.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { answerWithResult } from '../../bot/src/answer/answer.js';
import type { PilotPlan, Scenarios } from '../../core/index.js';
import { runCli } from '../helpers/cli.js';
import { ENGLISH, JAPANESE, type Row, TABLE_TODAY } from './table.js';

const FLAG: Record<string, string> = {
  budget: '--budget',
  'teacher-loss': '--teacher-loss',
  'teacher-tokens': '--teacher-tokens',
  students: '--students',
  gpus: '--gpus',
  gpu: '--gpu',
  currency: '--currency',
  rate: '--rate',
  serve: '--serve-tokens-per-day',
  days: '--serve-days',
  deadline: '--deadline',
};

/** The row's values as the flags a person would type (written from the table, independently of the reader). */
function explicitArgv(row: Row): string[] {
  const students = row.values.filter(([key]) => key === 'student').map(([, value]) => value);
  const command =
    students.length >= 2 ? 'compare' : row.intent === 'pilot' || row.intent === 'scenarios' ? row.intent : 'decide';
  const argv = [command, ...(students.length > 0 ? ['--student-params', ...students] : [])];
  for (const [key, value] of row.values) {
    if (key === 'student' || key === 'lang') continue;
    if (key === 'teacher') {
      if (value === 'none' || value === 'なし') argv.push('--no-teacher');
      else {
        const [params, tokens] = value.split('@');
        argv.push('--teacher-params', params!, ...(tokens ? ['--teacher-tokens', tokens] : []));
      }
    } else argv.push(FLAG[key]!, value);
  }
  // pilot and scenarios word their answer in a language; decide and compare answer in English.
  if (command === 'pilot' || command === 'scenarios')
    argv.push('--lang', row.lang ?? (/[\u3040-\u30ff\u3400-\u9fff]/.test(row.q) ? 'ja' : 'en'));
  return argv;
}

type Answer = { call: string; distilLoss: number; supervisedLoss: number };

/** A pilot's runs and money, which every face lists for the same question (the CLI alone simulates the odds). */
function pilotOf(plan: PilotPlan): unknown {
  return { runs: plan.runs, totalFlops: plan.totalFlops, totalCost: plan.totalCost, currency: plan.currency };
}

/** Every offer, cheapest first, with its cost: the same rows in both faces. */
function offersOf(scenarios: Scenarios): unknown {
  return {
    flops: scenarios.flops,
    rows: scenarios.rows.map((row) => ({ id: row.id, cost: row.cost, gpuHours: row.gpuHours })),
  };
}

function cliAnswers(json: Record<string, unknown>): Answer[] {
  const items = Array.isArray(json.students) ? (json.students as Answer[]) : [json as unknown as Answer];
  return items.map(({ call, distilLoss, supervisedLoss }) => ({ call, distilLoss, supervisedLoss }));
}

const ROWS = [...ENGLISH, ...JAPANESE].filter((row) =>
  ['decide', 'compare', 'pilot', 'scenarios'].includes(row.intent),
);

describe('ask, explicit flags and /distil agree on every row', () => {
  // Every face on the same today: the CLI's clock fixed by DISTILPLAN_TODAY, Slack's request date given.
  beforeAll(() => void vi.stubEnv('DISTILPLAN_TODAY', TABLE_TODAY));
  afterAll(() => void vi.unstubAllEnvs());

  it.each(ROWS.map((row) => [row.q, row] as [string, Row]))('%s', { timeout: 60_000 }, async (_q, row) => {
    const asked = await runCli(['ask', row.q, '--json']);
    const slack = answerWithResult(row.q, { today: TABLE_TODAY });
    const shown = JSON.stringify(slack.message.blocks);
    if (row.unread) {
      // A question back: exit 2, the words named, every value read repeated, in both faces.
      expect(asked.code).toBe(2);
      expect(asked.stdout).toBe('');
      for (const word of row.unread) {
        expect(asked.stderr).toContain(word);
        expect(shown).toContain(word);
      }
      for (const [key, value] of row.values) {
        if (key === 'student' || key === 'budget') {
          expect(asked.stderr).toContain(value);
          expect(slack.message.text).toContain(value);
        }
      }
      return;
    }
    const explicit = await runCli([...explicitArgv(row), '--json']);
    if (slack.result === undefined) {
      // Slack asks for something (a yen rate, a teacher's tokens): the CLI refuses the same question.
      expect(asked.code, asked.stderr).toBe(2);
      expect(explicit.code).toBe(2);
      return;
    }
    expect(asked.code, asked.stderr).toBe(0);
    expect(explicit.code, explicit.stderr).toBe(0);
    const askedJson = JSON.parse(asked.stdout) as Record<string, unknown> & { question: { command: string } };
    const explicitJson = JSON.parse(explicit.stdout) as Record<string, unknown>;
    // ask --json is the equivalent command's object plus `question`.
    expect(askedJson.question.command).toBe(explicitArgv(row)[0]);
    const { question: _question, ...answerOnly } = askedJson;
    if (row.intent === 'pilot' || row.intent === 'scenarios') {
      expect(answerOnly).toEqual(explicitJson);
      const result = slack.result;
      if (row.intent === 'pilot') {
        expect(result.kind).toBe('pilot');
        if (result.kind === 'pilot')
          expect(pilotOf(result.plan)).toEqual(pilotOf(explicitJson as unknown as PilotPlan));
      } else {
        expect(result.kind).toBe('scenarios');
        if (result.kind === 'scenarios')
          expect(offersOf(result.scenarios)).toEqual(offersOf(explicitJson as unknown as Scenarios));
      }
      expect(shown).toMatch(/:mag: (Read as: |.*として(パイロットを設計し|価格表の全オファーで費用を比べ)ました)/);
      return;
    }
    const fromAsk = cliAnswers(JSON.parse(asked.stdout) as Record<string, unknown>);
    const fromFlags = cliAnswers(JSON.parse(explicit.stdout) as Record<string, unknown>);
    expect(fromAsk).toEqual(fromFlags);
    const result = slack.result;
    const fromSlack =
      result.kind === 'compare'
        ? result.items.map((item) => item.decision)
        : result.kind === 'decide'
          ? [result.decision]
          : [];
    expect(fromSlack.map(({ call, distilLoss, supervisedLoss }) => ({ call, distilLoss, supervisedLoss }))).toEqual(
      fromAsk,
    );
    // A deadline sets the GPUs alike in every face: the whole GPUs that finish the run within it.
    if (result.kind === 'decide' && row.values.some(([key]) => key === 'deadline')) {
      const days = row.days ?? Number(row.values.find(([key]) => key === 'deadline')![1]);
      expect(result.costing.wallClock.deadline?.days).toBe(days);
      expect(askedJson.gpus).toBe(result.costing.wallClock.gpus);
      expect(explicitJson.deadline).toEqual(result.costing.wallClock.deadline);
      expect(result.costing.wallClock.days.base).toBeLessThanOrEqual(days);
    }
    // A compare keeps the deadline too: each student's GPUs for it agree in every face.
    if (result.kind === 'compare' && row.values.some(([key]) => key === 'deadline')) {
      const days = row.days ?? Number(row.values.find(([key]) => key === 'deadline')![1]);
      const students = (askedJson as unknown as { students: { deadline?: unknown }[] }).students;
      expect(students.map((student) => student.deadline)).toEqual(
        result.items.map((item) => item.costing.wallClock.deadline),
      );
      for (const item of result.items) expect(item.costing.wallClock.deadline?.days).toBe(days);
    }
    // The first screen states the question as read, in the question's language.
    expect(shown).toMatch(/:mag: (Read as: |.*として(判定|比較)しました)/);
    const question = (JSON.parse(asked.stdout) as { question: { unread: string[]; values: unknown[] } }).question;
    expect(question.unread).toEqual([]);
    expect(question.values.length).toBe(row.values.length);
  });
});
