/**
 * `/distil pilot`: the same design as `distilplan pilot --json` for the same question, in English and Japanese,
 * each run's size and tokens shown; the staged plan's rules worded in the person's language; a bad share named.
 * The CLI runs with --worlds 4 (only its design is compared).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answer } from '../../bot/src/answer/answer.js';
import { parseRequest } from '../../bot/src/command/parse.js';
import { compute, type PilotResult } from '../../bot/src/results/compute.js';
import { formatCount } from '../../core/index.js';
import { countJa } from '../../messages/index.js';
import { cliPilotRuns } from '../helpers/cliJson.js';
import { expectJapanese } from '../helpers/japanese.js';

afterEach(() => vi.restoreAllMocks());

const design = (runs: { kind: string; params: number; tokens: number; flops: number }[]) =>
  runs.map(({ kind, params, tokens, flops }) => ({ kind, params, tokens, flops }));

describe('/distil pilot', () => {
  const cases = [
    {
      text: 'pilot student=1B budget=1e21 teacher=7B teacher-loss=2.1',
      argv: ['--student-params', '1B', '--compute', '1e21', '--teacher-params', '7B', '--teacher-loss', '2.1'],
      lang: 'en' as const,
    },
    {
      text: 'pilot 生徒=3B 予算=1e22 教師=8B@15T share=10%',
      argv: [
        '--student-params',
        '3B',
        '--compute',
        '1e22',
        '--teacher-params',
        '8B',
        '--teacher-tokens',
        '15T',
        '--pilot-share',
        '10%',
      ],
      lang: 'ja' as const,
    },
    {
      text: 'pilot student=500M budget=2e21 students=4',
      argv: ['--student-params', '500M', '--compute', '2e21', '--students', '4'],
      lang: 'en' as const,
    },
  ];
  for (const c of cases) {
    it(`gives the CLI's design: ${c.text}`, async () => {
      const result = compute(parseRequest(c.text)) as PilotResult;
      expect(result.kind).toBe('pilot');
      expect(result.lang).toBe(c.lang);
      expect(design(result.plan.runs)).toEqual(design(await cliPilotRuns(c.argv)));
      const message = answer(c.text);
      const text = JSON.stringify(message.blocks);
      const count = c.lang === 'ja' ? countJa : formatCount;
      // Every run as one line with its size and tokens, in the answer's language.
      for (const r of result.plan.runs)
        expect(text).toContain(
          c.lang === 'ja'
            ? `${count(r.params)} パラメータ、${count(r.tokens)} トークン`
            : `${count(r.params)} params, ${count(r.tokens)} tokens`,
        );
      if (c.lang === 'ja') {
        expectJapanese(message.text!, 'headline');
        const stages = (message.blocks as { text?: { text: string } }[])[3]!.text!.text;
        expectJapanese(stages, 'staged plan');
        expect(text).toContain('段階的な計画');
        expect(text).toContain('中止');
      } else {
        expect(message.text).toMatch(/^Pilot first: A pilot of 2[57] runs costs \$/);
        expect(text).toContain('go to the decision run if at least 90%');
        expect(text).toContain('distilplan pilot --student-params');
      }
    }, 60_000);
  }

  it('names a bad share= with an accepted form', () => {
    const message = answer('pilot student=1B budget=1e21 share=90%');
    expect(JSON.stringify(message.blocks)).toMatch(/\*share\* must be above 0 and at most 50%.*5% or 0\.05/);
  });
});
