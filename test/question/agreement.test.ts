/**
 * Every row of the question table three ways: `distilplan ask "<q>" --json`, the same question as explicit
 * flags (built here from the table's hand-written values, not from the reader), and /distil <q>. The call
 * and both losses agree to the last digit; a question with an unread word exits 2 (CLI) and answers with a
 * question (Slack), each repeating every value that was read.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerWithResult } from '../../bot/src/answer/answer.js';
import { run } from '../../cli/main.js';
import { ENGLISH, JAPANESE, type Row } from './table.js';

interface Ran {
  code: number;
  out: string;
  err: string;
}

async function cli(argv: string[]): Promise<Ran> {
  let out = '';
  let err = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const writeErr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  try {
    return { code: await run(argv), out, err };
  } finally {
    write.mockRestore();
    writeErr.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

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
};

/** The row's values as the flags a person would type (written from the table, independently of the reader). */
function explicitArgv(row: Row): string[] {
  const students = row.values.filter(([key]) => key === 'student').map(([, value]) => value);
  const command = students.length >= 2 ? 'compare' : 'decide';
  const argv = [command, '--student-params', ...students];
  for (const [key, value] of row.values) {
    if (key === 'student' || key === 'lang') continue;
    if (key === 'teacher') {
      if (value === 'none' || value === 'なし') argv.push('--no-teacher');
      else {
        const [params, tokens] = value.split('@');
        argv.push('--teacher-params', params!, ...(tokens ? ['--teacher-tokens', tokens] : []));
      }
    } else if (!(command === 'compare' && key === 'gpus')) argv.push(FLAG[key]!, value);
  }
  return argv;
}

type Answer = { call: string; distilLoss: number; supervisedLoss: number };

function cliAnswers(json: Record<string, unknown>): Answer[] {
  const items = Array.isArray(json.students) ? (json.students as Answer[]) : [json as unknown as Answer];
  return items.map(({ call, distilLoss, supervisedLoss }) => ({ call, distilLoss, supervisedLoss }));
}

const ROWS = [...ENGLISH, ...JAPANESE].filter((row) => ['decide', 'compare'].includes(row.intent));

describe('ask, explicit flags and /distil agree on every row', () => {
  it.each(ROWS.map((row) => [row.q, row] as [string, Row]))('%s', { timeout: 60_000 }, async (_q, row) => {
    const asked = await cli(['ask', row.q, '--json']);
    const slack = answerWithResult(row.q);
    const shown = JSON.stringify(slack.message.blocks);
    if (row.unread) {
      // A question back: exit 2, the words named, every value read repeated, in both faces.
      expect(asked.code).toBe(2);
      expect(asked.out).toBe('');
      for (const word of row.unread) {
        expect(asked.err).toContain(word);
        expect(shown).toContain(word);
      }
      for (const [key, value] of row.values) {
        if (key === 'student' || key === 'budget') {
          expect(asked.err).toContain(value);
          expect(slack.message.text).toContain(value);
        }
      }
      return;
    }
    const explicit = await cli([...explicitArgv(row), '--json']);
    if (slack.result === undefined) {
      // Slack asks for something (a yen rate, a teacher's tokens): the CLI refuses the same question.
      expect(asked.code, asked.err).toBe(2);
      expect(explicit.code).toBe(2);
      return;
    }
    expect(asked.code, asked.err).toBe(0);
    expect(explicit.code, explicit.err).toBe(0);
    const fromAsk = cliAnswers(JSON.parse(asked.out) as Record<string, unknown>);
    const fromFlags = cliAnswers(JSON.parse(explicit.out) as Record<string, unknown>);
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
    // The first screen states the question as read, in the question's language.
    expect(shown).toMatch(/:mag: (Read as: |.*として(判定|比較)しました)/);
    const question = (JSON.parse(asked.out) as { question: { unread: string[]; values: unknown[] } }).question;
    expect(question.unread).toEqual([]);
    expect(question.values.length).toBe(row.values.length);
  });
});
