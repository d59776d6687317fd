/** distilplan ask and distilplan models: the read-back first, a question back on stderr (exit 2), the catalogue. */
import { describe, expect, it } from 'vitest';
import { OPEN_MODELS } from '../../core/index.js';
import { runCli } from '../helpers/cli.js';

describe('distilplan ask', () => {
  it('opens with the question as read, in the person’s forms', async () => {
    const { code, stdout } = await runCli(['ask', '10億パラメータのモデル、予算$20k、教師なし']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('10億 のモデル、予算 $20k、教師なし（教師も学習） として判定しました');
    // The answer follows the question's language: the whole of it, not only the read-back.
    expect(stdout).toContain('直接学習する');
    expect(stdout).not.toMatch(/TRAIN DIRECTLY|Read as/);
    expect(stdout.split('\n').filter((line) => line.includes('として判定しました'))).toHaveLength(1);
  });

  it('a word it cannot read exits 2 with a question repeating every value read, nothing on stdout', async () => {
    const { code, stdout, stderr } = await runCli([
      'ask',
      'student=10億 budget=五百万円 teacher=70億@2兆 gpus=64 blorp',
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    // Japanese script in the question: the question back is in Japanese, with the Japanese keys.
    expect(stderr).toContain('「blorp」');
    for (const typed of ['10億', '500万円', '70億@2兆', '64']) expect(stderr).toContain(typed);
    expect(stderr).toContain('distilplan ask 生徒=10億 予算=500万円 教師=70億@2兆 台数=64');
  });

  it('a question missing its budget offers the command with a blank only for the budget', async () => {
    const { code, stderr } = await runCli(['ask', '1Bモデル、教師なし、ほげ']);
    expect(code).toBe(2);
    expect(stderr).toContain('生徒=1B 教師=なし 予算=‹単位付きの予算›');
  });

  it('a value that reads but cannot be answered is refused in the question’s language under the read-back', async () => {
    const { code, stderr } = await runCli(['ask', '1Bモデル、予算300万円、蒸留すべき?']);
    expect(code).toBe(2);
    expect(stderr).toContain('1B のモデル、予算 300万円 として判定しました');
    expect(stderr).toContain('--rate が必要です');
  });
});

describe('distilplan models', () => {
  it('lists every model with its source, and --json gives the catalogue', async () => {
    const text = await runCli(['models']);
    for (const model of OPEN_MODELS) expect(text.stdout).toContain(model.id);
    const json = await runCli(['models', '--json']);
    expect((JSON.parse(json.stdout) as { models: unknown[] }).models).toHaveLength(OPEN_MODELS.length);
  });
});
