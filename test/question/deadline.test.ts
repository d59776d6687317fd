/**
 * A deadline asked in a sentence or as deadline=/期限=: read back in the person's own form, answered with the
 * GPUs that finish the planned run within it (the CLI's days line in English, Slack's in the question's language).
 */
import { describe, expect, it, vi } from 'vitest';
import { answerWithResult, parseShareValue } from '../../bot/src/answer/answer.js';
import { readQuestion } from '../../core/index.js';
import { readBackLine } from '../../messages/index.js';
import { runCli } from '../helpers/cli.js';

describe('a deadline read back in the person’s form', () => {
  it.each([
    ['1B model, $50k budget, no teacher, done in 30 days', 'en', 'deadline in 30 days', '30'],
    ['1B, $50k, within two weeks', 'en', 'deadline within two weeks', '14'],
    ['student=1B budget=$50k deadline=2w', 'en', 'deadline 2w', '14'],
    ['student=1B budget=$50k deadline=30', 'en', 'deadline 30 days', '30'],
    ['1Bモデル、予算$50k、30日以内', 'ja', '期限 30日以内', '30'],
    ['1Bモデル、予算$50k、二週間で終えたい', 'ja', '期限 2週間', '14'],
    ['生徒=1B 予算=$50k 期限=1ヶ月', 'ja', '期限 1ヶ月', '30'],
    ['1Bモデル、予算$50k、期限は3週間', 'ja', '期限 3週間', '21'],
  ] as const)('%s', (question, lang, phrase, days) => {
    const reading = readQuestion(question);
    expect(reading.unread).toEqual([]);
    expect(reading.values.find((value) => value.key === 'deadline')?.value).toBe(days);
    expect(readBackLine(reading, lang)).toContain(phrase);
  });

  it('keeps serving days as serving days (1日20億トークンを365日)', () => {
    const reading = readQuestion('10億パラメータ、予算$50k、1日20億トークンを365日推論');
    expect(reading.values.map((value) => value.key).sort()).toEqual(['budget', 'days', 'serve', 'student']);
  });

  it('a month or more said in words it cannot count is asked back, never guessed', () => {
    expect(readQuestion('1B, $50k, deadline=soon').values.find((value) => value.key === 'deadline')?.value).toBe(
      'soon',
    );
    const answered = answerWithResult('student=1B budget=$50k deadline=soon');
    expect(answered.result).toBeUndefined();
    expect(JSON.stringify(answered.message.blocks)).toContain('such as 30, 30d, 30 days or 2 weeks');
  });
});

/** $50k at the H100's default $3.99 per GPU-hour is 50,000 / 3.99 = 12,531.3 GPU-hours. */
describe('the answer to a deadline', () => {
  it('the CLI opens with the read-back and says the GPUs the deadline needs', async () => {
    const { code, stdout } = await runCli(['ask', '1B model, $50k budget, no teacher, done in 30 days']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      'Read as: 1B student, $50k budget, no teacher yet (one is trained), deadline in 30 days',
    );
    // 12,531.3 GPU-hours over 30 days (720 hours) is 17.4 → 18 GPUs, which take 12,531.3 / 18 / 24 = 29.0 days.
    expect(stdout).toContain(
      'To finish within 30 days it needs 18 H100 SXM5 GPUs (at the base utilisation). The run takes about 29 days on 18 H100 SXM5 GPUs.',
    );
  });

  it('Slack answers in Japanese with the GPUs and the days on them, within the deadline', () => {
    const answered = answerWithResult('1Bモデル、予算$50k、教師なし、30日以内に終えたい');
    const shown = JSON.stringify(answered.message.blocks);
    expect(shown).toContain('期限 30日以内 として判定しました');
    expect(shown).toContain('30日以内に終えるには H100 SXM5 が18台必要です');
    if (answered.result?.kind !== 'decide') throw new Error('no decide answer');
    const clock = answered.result.costing.wallClock;
    // As in English: 12,531.3 GPU-hours over 720 hours is 18 GPUs, 29.0 days on them.
    expect(clock.deadline).toEqual({ days: 30, gpusNeeded: 18 });
    expect(clock.gpus).toBe(18);
    expect(clock.days.base).toBeCloseTo(50_000 / 3.99 / 18 / 24, 9);
  });

  it('typed GPUs are kept, and the deadline says how many it would need', async () => {
    const { code, stdout } = await runCli(['ask', 'student=1B budget=$50k gpus=4 deadline=7', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { gpus: number; deadline: { days: number; gpusNeeded: number } };
    expect(json.gpus).toBe(4);
    expect(json.deadline.days).toBe(7);
    // 12,531.3 GPU-hours within 7 days (168 hours) is 74.6 → 75 GPUs.
    expect(json.deadline.gpusNeeded).toBe(75);
  });
});

describe('a deadline said as a date', () => {
  const today = '2026-12-05';

  it.each([
    ['1B model, $50k budget, no teacher, by 2027-03-01', 'en', 'deadline by 2027-03-01 (86 days)'],
    ['1B, $50k, finish before March 1', 'en', 'deadline before March 1 (86 days)'],
    ['student=1B budget=$50k deadline=2027-03-01', 'en', 'deadline 2027-03-01 (86 days)'],
    ['1B, $50k, deadline end of next month', 'en', 'deadline end of next month (57 days)'],
    ['1Bモデル、予算$50k、3月末まで', 'ja', '期限 3月末まで（116日）'],
    ['1Bモデル、予算$50k、2027年3月1日までに終えたい', 'ja', '期限 2027年3月1日まで（86日）'],
    ['1Bモデル、予算$50k、期限は来月末', 'ja', '期限 来月末（57日）'],
    ['生徒=1B 予算=$50k 期限=2027-03-01', 'ja', '期限 2027-03-01（86日）'],
  ] as const)('%s reads back as typed, with the days it means', (question, lang, phrase) => {
    const reading = readQuestion(question, { today });
    expect(reading.unread).toEqual([]);
    expect(readBackLine(reading, lang)).toContain(phrase);
  });

  it('without a today a date is not turned into days (the face must pass its date)', () => {
    const reading = readQuestion('1B, $50k, by 2027-03-01');
    const deadline = reading.values.find((value) => value.key === 'deadline');
    expect(deadline?.days).toBeUndefined();
    expect(deadline?.typed).toBe('by 2027-03-01');
  });

  it('the CLI counts from DISTILPLAN_TODAY and spreads the run over the GPUs that finish it in time', async () => {
    vi.stubEnv('DISTILPLAN_TODAY', today);
    try {
      const { code, stdout } = await runCli(['ask', '1B model, 1e22 FLOPs, no teacher, by 2027-03-01', '--json']);
      expect(code).toBe(0);
      const json = JSON.parse(stdout) as { deadline: unknown; gpus: number; question: { argv: string[] } };
      // 7,018.8 GPU-hours over 86 days (2,064 hours): 3.40 → 4 GPUs.
      expect(json.deadline).toEqual({ days: 86, gpusNeeded: 4 });
      expect(json.gpus).toBe(4);
      expect(json.question.argv).toEqual(expect.arrayContaining(['--deadline', '2027-03-01']));
      const decided = await runCli(['decide', '--student-params', '1B', '--compute', '1e22', '--deadline', '3月末']);
      expect(decided.stdout.split('\n')[0]).toBe('Read as: 1B student, 1e22 budget, deadline 3月末 (116 days)');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('a day today or past is asked back in both languages, naming the field and the accepted forms', async () => {
    vi.stubEnv('DISTILPLAN_TODAY', today);
    try {
      const en = await runCli(['ask', '1B, $50k, by 2026-12-01']);
      expect(en.code).toBe(2);
      expect(en.stderr).toContain('--deadline 2026-12-01 is not after today (2026-12-05)');
      expect(en.stderr).toContain('2027-03-01, March 1, end of next month');
      const ja = await runCli(['ask', '1Bモデル、予算$50k、2026年12月5日までに']);
      expect(ja.code).toBe(2);
      expect(ja.stderr).toContain('2026-12-05 は今日（2026-12-05）より後ではありません');
      expect(ja.stderr).toContain('3月末、来月末');
    } finally {
      vi.unstubAllEnvs();
    }
    vi.stubEnv('DISTILPLAN_TODAY', '2026-02-30');
    try {
      const run = await runCli(['decide', '--student-params', '1B', '--budget', '$50k']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('DISTILPLAN_TODAY "2026-02-30" is not a calendar date');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('/distil counts from the request’s date, and a past day is a question back naming deadline', () => {
    const answered = answerWithResult('1Bモデル、1e22 FLOPs、教師なし、2027年3月1日までに', { today });
    if (answered.result?.kind !== 'decide') throw new Error('no decide answer');
    expect(answered.result.costing.wallClock.deadline).toEqual({ days: 86, gpusNeeded: 4 });
    expect(JSON.stringify(answered.message.blocks)).toContain('期限 2027年3月1日まで（86日） として判定しました');
    const past = answerWithResult('student=1B budget=$50k deadline=2026-12-01', { today });
    expect(past.result).toBeUndefined();
    expect(JSON.stringify(past.message.blocks)).toContain('*deadline* 2026-12-01 is not after today (2026-12-05)');
  });

  it('the share button keeps the date it was asked on, so a later post counts the same days', () => {
    const answered = answerWithResult('1B, 1e22 FLOPs, no teacher, by 2027-03-01', { today });
    const button = JSON.stringify(answered.message.blocks).match(/"value":"((?:[^"\\]|\\.)*)"/);
    const shared = parseShareValue(JSON.parse(`"${button![1]}"`) as string);
    expect(shared).toEqual({ text: '1B, 1e22 FLOPs, no teacher, by 2027-03-01', today });
    expect(parseShareValue(JSON.stringify({ text: 'x', today: 'tomorrow' }))).toEqual({ text: 'x' });
    // A question with no date deadline carries no date: its button is as it always was.
    const plain = JSON.stringify(answerWithResult('1B, 1e22 FLOPs, no teacher, in 30 days', { today }).message.blocks);
    expect(plain).not.toContain('today');
  });
});
