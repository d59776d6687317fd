/** distilplan ask and distilplan models: the read-back first, a question back on stderr (exit 2), the catalogue. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../cli/main.js';
import { OPEN_MODELS } from '../../core/index.js';

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  const code = await run(argv);
  vi.restoreAllMocks();
  return { code, out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('distilplan ask', () => {
  it('opens with the question as read, in the person’s forms', async () => {
    const { code, out } = await cli(['ask', '10億パラメータのモデル、予算$20k、教師なし']);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('10億 のモデル、予算 $20k、教師なし（教師も学習） として判定しました');
    expect(out).toMatch(/TRAIN DIRECTLY/);
  });

  it('a word it cannot read exits 2 with a question repeating every value read, nothing on stdout', async () => {
    const { code, out, err } = await cli(['ask', 'student=10億 budget=五百万円 teacher=70億@2兆 gpus=64 blorp']);
    expect(code).toBe(2);
    expect(out).toBe('');
    // Japanese script in the question: the question back is in Japanese, with the Japanese keys.
    expect(err).toContain('「blorp」');
    for (const typed of ['10億', '500万円', '70億@2兆', '64']) expect(err).toContain(typed);
    expect(err).toContain('distilplan ask 生徒=10億 予算=500万円 教師=70億@2兆 台数=64');
  });

  it('a question missing its budget offers the command with a blank only for the budget', async () => {
    const { code, err } = await cli(['ask', '1Bモデル、教師なし、ほげ']);
    expect(code).toBe(2);
    expect(err).toContain('生徒=1B 教師=なし 予算=‹単位付きの予算›');
  });

  it('a value that reads but cannot be answered is refused in the question’s language under the read-back', async () => {
    const { code, err } = await cli(['ask', '1Bモデル、予算300万円、蒸留すべき?']);
    expect(code).toBe(2);
    expect(err).toContain('1B のモデル、予算 300万円 として判定しました');
    expect(err).toContain('--rate が必要です');
  });
});

describe('distilplan models', () => {
  it('lists every model with its source, and --json gives the catalogue', async () => {
    const text = await cli(['models']);
    for (const model of OPEN_MODELS) expect(text.out).toContain(model.id);
    const json = await cli(['models', '--json']);
    expect((JSON.parse(json.out) as { models: unknown[] }).models).toHaveLength(OPEN_MODELS.length);
  });
});
