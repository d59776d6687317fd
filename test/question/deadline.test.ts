/**
 * A deadline asked in a sentence or as deadline=/期限=: read back in the person's own form, answered with the
 * GPUs that finish the planned run within it (the CLI's days line in English, Slack's in the question's language).
 */
import { describe, expect, it } from 'vitest';
import { answerWithResult } from '../../bot/src/answer/answer.js';
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

describe('the answer to a deadline', () => {
  it('the CLI opens with the read-back and says the GPUs the deadline needs', async () => {
    const { code, stdout } = await runCli(['ask', '1B model, $50k budget, no teacher, done in 30 days']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      'Read as: 1B student, $50k budget, no teacher yet (one is trained), deadline in 30 days',
    );
    expect(stdout).toMatch(/To finish within 30 days it needs (\d+) H100 SXM5 GPUs .* on \1 H100 SXM5 GPUs/);
  });

  it('Slack answers in Japanese with the GPUs and the days on them, within the deadline', () => {
    const answered = answerWithResult('1Bモデル、予算$50k、教師なし、30日以内に終えたい');
    const shown = JSON.stringify(answered.message.blocks);
    expect(shown).toContain('期限 30日以内 として判定しました');
    expect(shown).toMatch(/30日以内に終えるには H100 SXM5 が(\d+)台必要です/);
    if (answered.result?.kind !== 'decide') throw new Error('no decide answer');
    const clock = answered.result.costing.wallClock;
    expect(clock.gpus).toBe(clock.deadline?.gpusNeeded);
    expect(clock.days.base).toBeLessThanOrEqual(30);
  });

  it('typed GPUs are kept, and the deadline says how many it would need', async () => {
    const { code, stdout } = await runCli(['ask', 'student=1B budget=$50k gpus=4 deadline=7', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { gpus: number; deadline: { days: number; gpusNeeded: number } };
    expect(json.gpus).toBe(4);
    expect(json.deadline.days).toBe(7);
    expect(json.deadline.gpusNeeded).toBeGreaterThan(4);
  });
});
