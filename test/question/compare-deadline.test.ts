/**
 * A deadline asked of a compare: every student's run is spread over the GPUs that finish it in time (or keeps typed
 * GPUs and says how many the deadline needs), in `distilplan compare --deadline`, in `ask` (which passes the typed
 * deadline on, never drops it) and in /distil compare. Against hand arithmetic: 1e22 FLOPs at the H100's dense
 * BF16 peak (989.4 TFLOP/s) and the base MFU (0.4) is 1e22 / (989.4e12 × 0.4 × 3600) = 7,018.8 GPU-hours; over
 * 30 days (720 hours) that is 9.75 → 10 GPUs, over 14 days (336 hours) 20.9 → 21 GPUs.
 */
import { describe, expect, it } from 'vitest';
import { answerWithResult } from '../../bot/src/answer/answer.js';
import { runCli } from '../helpers/cli.js';

const GPU_HOURS = 1e22 / (989.4e12 * 0.4 * 3600);

interface Student {
  name: string;
  deadline?: { days: number; gpusNeeded: number };
  costing: { wallClock: { gpus: number; days: { base: number } } };
}

describe('compare --deadline', () => {
  it('spreads each student’s 1e22 FLOPs run over the 10 H100s that finish it within 30 days', async () => {
    expect(GPU_HOURS).toBeCloseTo(7018.8, 1);
    const run = await runCli([
      'compare',
      '--student-params',
      '1B',
      '3B',
      '--compute',
      '1e22',
      '--no-teacher',
      '--deadline',
      '30',
      '--json',
    ]);
    expect(run.stderr).toBe('');
    const students = (JSON.parse(run.stdout) as { students: Student[] }).students;
    for (const student of students) {
      expect(student.deadline).toEqual({ days: 30, gpusNeeded: 10 });
      expect(student.costing.wallClock.gpus).toBe(10);
      expect(student.costing.wallClock.days.base).toBeCloseTo(GPU_HOURS / 10 / 24, 9);
      expect(student.costing.wallClock.days.base).toBeLessThanOrEqual(30);
    }
  });

  it('keeps typed GPUs and says the deadline needs 21, in the row of each student and in Japanese too', async () => {
    const flags = ['compare', '--student-params', '1B', '3B', '--compute', '1e22', '--no-teacher'];
    const [json, en, ja] = await Promise.all([
      runCli([...flags, '--gpus', '8', '--deadline', '2w', '--json']),
      runCli([...flags, '--gpus', '8', '--deadline', '2w']),
      runCli([...flags, '--gpus', '8', '--deadline', '2週間', '--lang', 'ja']),
    ]);
    for (const student of (JSON.parse(json.stdout) as { students: Student[] }).students) {
      expect(student.deadline).toEqual({ days: 14, gpusNeeded: 21 });
      expect(student.costing.wallClock.gpus).toBe(8);
    }
    expect(en.stdout.split('\n')[0]).toBe(
      'Read as: 1B and 3B students, 1e22 budget, no teacher yet (one is trained), deadline 2w',
    );
    // Under each student's name, the days line as decide says it.
    const days =
      'To finish within 14 days it needs 21 H100 SXM5 GPUs (at the base utilisation). The run takes about 37 days on 8 H100 SXM5 GPUs';
    expect(en.stdout.split(days)).toHaveLength(3);
    expect(ja.stdout.split('\n')[0]).toContain('期限 2週間');
    expect(ja.stdout.match(/14日以内に終えるには H100 SXM5 が21台必要です/g)).toHaveLength(2);
  });

  it('without --deadline the rows read as before (no days line)', async () => {
    const run = await runCli(['compare', '--student-params', '1B', '3B', '--compute', '1e22', '--no-teacher']);
    expect(run.stdout).not.toContain('To finish within');
    expect(run.stdout).not.toContain('The run takes');
  });

  it('a bad deadline exits 2 naming --deadline and its forms', async () => {
    const run = await runCli(['compare', '--student-params', '1B', '3B', '--compute', '1e22', '--deadline', 'soon']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--deadline/);
    expect(run.stderr).toContain('30 days or 2 weeks');
  });
});

describe('ask and /distil keep a deadline typed in a compare question', () => {
  const question = 'compare 1B and 3B, 1e22 FLOPs, no teacher, within 30 days';

  it('ask passes the deadline to compare and reads it back', async () => {
    const asked = await runCli(['ask', question, '--json']);
    expect(asked.code, asked.stderr).toBe(0);
    const json = JSON.parse(asked.stdout) as { students: Student[]; question: { argv: string[] } };
    expect(json.question.argv).toEqual(expect.arrayContaining(['--deadline', '30']));
    for (const student of json.students) expect(student.deadline).toEqual({ days: 30, gpusNeeded: 10 });
    const text = await runCli(['ask', question]);
    expect(text.stdout.split('\n')[0]).toContain('deadline within 30 days');
    expect(text.stdout.match(/To finish within 30 days it needs 10 H100 SXM5 GPUs/g)).toHaveLength(2);
  });

  it('/distil answers the same GPUs and says them for each student', () => {
    const answered = answerWithResult(question);
    if (answered.result?.kind !== 'compare') throw new Error('no compare answer');
    for (const item of answered.result.items) {
      expect(item.costing.wallClock.deadline).toEqual({ days: 30, gpusNeeded: 10 });
      expect(item.costing.wallClock.gpus).toBe(10);
    }
    const shown = JSON.stringify(answered.message.blocks);
    expect(shown.match(/To finish within 30 days it needs 10 H100 SXM5 GPUs/g)).toHaveLength(2);
    const ja = JSON.stringify(answerWithResult('1Bと3Bを比較、1e22 FLOPs、教師なし、期限=30日').message.blocks);
    expect(ja.match(/30日以内に終えるには H100 SXM5 が10台必要です/g)).toHaveLength(2);
  });
});
