/**
 * Every command in English and Japanese: `--lang ja` and a Japanese locale (LANG=ja_JP.UTF-8) give the same
 * answer, and that answer has no English word once ids, units and names are out (test/helpers/englishWords.ts).
 * The language is decided once, from --lang, then LC_ALL, LC_MESSAGES and LANG in that order.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Warning } from '../../core/index.js';
import { renderWarning } from '../../messages/index.js';
import { runCli, spawnCli } from '../helpers/cli.js';
import { englishWordsIn, expectNoEnglishWords } from '../helpers/englishWords.js';

const dir = mkdtempSync(join(tmpdir(), 'distilplan-lang-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const JA_LOCALE = { LANG: 'ja_JP.UTF-8' };

/** One run of every command and subcommand (and the shapes of answer they print). */
const COMMANDS: Readonly<Record<string, readonly string[]>> = {
  'decide (existing teacher)': [
    'decide',
    '--student-params',
    '1B',
    '--compute',
    '1e21',
    '--teacher-loss',
    '2.1',
    '--teacher-params',
    '3B',
  ],
  'decide (no teacher, money budget)': [
    'decide',
    '--student-params',
    '1B',
    '--budget',
    '$200k',
    '--no-teacher',
    '--students',
    '8',
    '--gpu',
    'h100',
  ],
  'decide (cost profile)': [
    'decide',
    '--student-params',
    '1B',
    '--compute',
    '1e22',
    '--teacher-loss',
    '2.1',
    '--teacher-params',
    '7B',
    '--costs',
    'examples/cost-profile.json',
  ],
  'decide (serving, yen, own price)': [
    'decide',
    '--student-params',
    '1B',
    '--compute',
    '1e21',
    '--serve-tokens-per-day',
    '2B',
    '--serve-days',
    '365',
    '--currency',
    'JPY',
    '--rate',
    '150',
    '--price',
    '¥450',
  ],
  'decide (set file)': [
    'decide',
    '--student-params',
    '400M',
    '--compute',
    '1e20',
    '--teacher-loss',
    '2.6',
    '--teacher-params',
    '1B',
    '--preset',
    'examples/pilot-set.json',
  ],
  'compare (serving)': [
    'compare',
    '--student-params',
    '1B',
    '3B',
    '--budget',
    '$50k',
    '--no-teacher',
    '--serve-tokens-per-day',
    '2B',
    '--serve-days',
    '365',
  ],
  'compare (a budget each, profile)': [
    'compare',
    '--student-params',
    '1B',
    '3B',
    '--compute',
    '2e21',
    '1e21',
    '--costs',
    'examples/cost-profile.json',
  ],
  'cost (forward, yen)': ['cost', '--flops', '1e22', '--gpu', 'h200', '--currency', 'JPY', '--rate', '150'],
  'cost (forward, profile)': ['cost', '--flops', '1e22', '--costs', 'examples/cost-profile.json'],
  'cost (inverse)': ['cost', '--budget', '$50k'],
  'optimize supervised': ['optimize', 'supervised', '--budget', '$20k'],
  'optimize distil': [
    'optimize',
    'distil',
    '--student-params',
    '1B',
    '--compute',
    '1e21',
    '--scenario',
    'teacher-pretraining',
    '--students',
    '4',
  ],
  'law supervised': ['law', 'supervised', '--params', '1.5B', '--tokens', '2e15'],
  'law distil': ['law', 'distil', '--student-params', '1B', '--tokens', '20B', '--teacher-loss', '1.9'],
  flops: ['flops', '--params', '1.5B'],
  gpus: ['gpus'],
  prices: ['prices'],
  'prices (none)': ['prices', '--gpu', 'l4', '--provider', 'lambda'],
  scenarios: [
    'scenarios',
    '--flops',
    '1e22',
    '--gpu',
    'h100,b200',
    '--kind',
    'on-demand,reserved,spot',
    '--currency',
    'JPY',
    '--rate',
    '150',
  ],
  'scenarios (decide question, profile)': [
    'scenarios',
    '--student-params',
    '1B',
    '--compute',
    '1e22',
    '--teacher-loss',
    '2.1',
    '--teacher-params',
    '7B',
    '--costs',
    'examples/cost-profile.json',
    '--gpu',
    'h100',
  ],
  models: ['models'],
  'fit supervised': [
    'fit',
    'supervised',
    '--runs',
    'examples/pilot-runs.csv',
    '--fix',
    'A,alpha,beta,gamma',
    '--bootstrap',
    '20',
  ],
  'fit distil': [
    'fit',
    'distil',
    '--runs',
    'examples/pilot/distil.csv',
    '--base',
    'examples/pilot/pilot-supervised.json',
    '--fix',
    "alpha',beta',gamma',c1,f1,d1",
    '--bootstrap',
    '10',
  ],
  pilot: [
    'pilot',
    '--student-params',
    '1B',
    '--compute',
    '1e21',
    '--teacher-params',
    '7B',
    '--teacher-loss',
    '2.1',
    '--worlds',
    '4',
  ],
  ask: ['ask', '3B model, $500 budget, teacher Llama-3.1-8B'],
  'ask (compare)': ['ask', '1B and 3B, $50k budget'],
  chart: [
    'chart',
    '--student-params',
    '1B',
    '--compute',
    '1e21',
    '--teacher-loss',
    '2.1',
    '--teacher-params',
    '3B',
    '--out',
    join(dir, 'c.svg'),
  ],
  'bad input': ['law', 'supervised', '--params', '1.5B', '--tokens', '-5'],
  'bad budget': ['decide', '--student-params', '1B', '--budget', '¥3M'],
  'required flag missing': ['decide', '--compute', '1e21'],
  'unknown flag': ['decide', '--student-params', '1B', '--compute', '1e21', '--budgte', '3'],
  'unknown command': ['decid'],
  'value outside the choices': ['flops', '--params', '1B', '--flops-counting', '7N'],
  help: ['--help'],
  'decide --help': ['decide', '--help'],
  'compare --help': ['compare', '--help'],
  'fit distil --help': ['fit', 'distil', '--help'],
  'scenarios --help': ['scenarios', '--help'],
};

/** What a person reads: stdout, and stderr where the command refused its input. */
const printed = (run: { stdout: string; stderr: string }): string => `${run.stdout}${run.stderr}`;

describe('every command in Japanese', () => {
  for (const [what, args] of Object.entries(COMMANDS)) {
    it(`${what}: --lang ja and LANG=ja_JP.UTF-8 print the same Japanese, with no English word`, async () => {
      const flagged = await runCli([...args, '--lang', 'ja']);
      const located = await runCli(args, JA_LOCALE);
      expect(located.code).toBe(flagged.code);
      expect(printed(located)).toBe(printed(flagged));
      expectNoEnglishWords(printed(flagged), what);
      // The same command in English is English: the check above would fail on it.
      const english = await runCli(args);
      expect(englishWordsIn(printed(english)), `${what} in English`).not.toEqual([]);
    });
  }
});

describe('the language is decided once, at the door', () => {
  const question = ['law', 'supervised', '--params', '1.5B', '--tokens', '20B'];
  const japanese = /^直接学習の損失/;
  const english = /^Supervised loss/;

  it.each([
    [{}, english],
    [{ LANG: 'C' }, english],
    [{ LANG: 'POSIX' }, english],
    [{ LANG: 'C.UTF-8' }, english],
    [{ LANG: 'en_US.UTF-8' }, english],
    [{ LANG: 'fr_FR.UTF-8' }, english],
    [{ LANG: 'ja_JP.UTF-8' }, japanese],
    [{ LANG: 'ja_JP.eucJP' }, japanese],
    [{ LANG: 'ja' }, japanese],
    [{ LANG: 'ja_JP.UTF-8', LC_ALL: 'C' }, english],
    [{ LANG: 'en_US.UTF-8', LC_ALL: 'ja_JP.UTF-8' }, japanese],
    [{ LANG: 'ja_JP.UTF-8', LC_ALL: '' }, japanese],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'ja_JP.UTF-8' }, japanese],
    [{ LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'ja_JP.UTF-8' }, english],
  ])('locale %j', async (locale, expected) => {
    expect((await runCli(question, locale)).stdout).toMatch(expected);
  });

  it('--lang wins over the locale, in either direction, placed before or after the command', async () => {
    expect((await runCli([...question, '--lang', 'en'], JA_LOCALE)).stdout).toMatch(english);
    expect((await runCli([...question, '--lang=ja'])).stdout).toMatch(japanese);
    expect((await runCli(['--lang', 'ja', ...question])).stdout).toMatch(japanese);
  });

  it('a language that is neither is refused naming the flag and its choices; nothing on stdout', async () => {
    const run = await runCli([...question, '--lang', 'fr']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--lang');
    expect(run.stderr).toContain('en, ja');
  });

  it('errors follow the locale too', async () => {
    const run = await runCli(['law', 'supervised', '--params', '1.5B', '--tokens', '-5'], JA_LOCALE);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^distilplan: --tokens は/);
  });

  it('ask answers in the language of its question unless --lang says otherwise', async () => {
    const japaneseQuestion = ['ask', '10億パラメータのモデル、予算$20k、教師なし'];
    expect((await runCli(japaneseQuestion)).stdout).toContain('として判定しました');
    const inEnglish = await runCli([...japaneseQuestion, '--lang', 'en']);
    expect(inEnglish.stdout).toMatch(/^Read as: 10億 student, \$20k budget/);
    expect(inEnglish.stdout).not.toContain('判定しました');
  });

  it('the installed command reads LANG from its environment', async () => {
    const [ja, en] = await Promise.all([
      spawnCli(question, { locale: JA_LOCALE }),
      spawnCli(question, { locale: { LANG: 'C.UTF-8' } }),
    ]);
    expect(ja.stdout).toMatch(japanese);
    expectNoEnglishWords(ja.stdout, 'spawned with LANG=ja_JP.UTF-8');
    expect(en.stdout).toMatch(english);
  });
});

describe('decide and compare state the question as typed', () => {
  it('the student size and the budget in the person’s own forms, in both languages', async () => {
    const args = ['decide', '--student-params', '1.5B', '--budget', '$20k', '--no-teacher'];
    expect((await runCli(args)).stdout.split('\n')[0]).toBe(
      'Read as: 1.5B student, $20k budget, no teacher yet (one is trained)',
    );
    expect((await runCli(args, JA_LOCALE)).stdout.split('\n')[0]).toBe(
      '1.5B のモデル、予算 $20k、教師なし（教師も学習） として判定しました',
    );
    // A deadline typed is read back as typed too (it sets the GPUs, so the answer depends on it).
    const withDeadline = ['decide', '--student-params', '1B', '--budget', '1e21', '--deadline', '2週間'];
    expect((await runCli(withDeadline)).stdout.split('\n')[0]).toBe('Read as: 1B student, 1e21 budget, deadline 2週間');
    expect((await runCli(withDeadline, JA_LOCALE)).stdout.split('\n')[0]).toBe(
      '1B のモデル、予算 1e21、期限 2週間 として判定しました',
    );
    const compare = ['compare', '--student-params', '7e8', '1,500,000,000', '--compute', '1e21'];
    expect((await runCli(compare)).stdout.split('\n')[0]).toBe('Read as: 7e8 and 1,500,000,000 students, 1e21 budget');
    expect((await runCli(compare, JA_LOCALE)).stdout.split('\n')[0]).toBe(
      '7e8 と 1,500,000,000 のモデル、予算 1e21 として比較しました',
    );
  });

  it('--json is the same data in every language; only each warning’s message follows the language', async () => {
    const args = ['compare', '--student-params', '1B', '3B', '--compute', '1e21', '--json'];
    const [en, ja, jaFlag] = await Promise.all([
      runCli(args),
      runCli(args, JA_LOCALE),
      runCli([...args, '--lang', 'ja']),
    ]);
    expect(jaFlag.stdout).toBe(ja.stdout);
    expect(JSON.parse(en.stdout)).not.toHaveProperty('question');
    type Json = { students: { warnings: (Warning & { message: string })[] }[] };
    const [enJson, jaJson] = [JSON.parse(en.stdout) as Json, JSON.parse(ja.stdout) as Json];
    const messages = (json: Json): string[] => json.students.flatMap((s) => s.warnings.map((w) => w.message));
    const withoutMessages = (json: Json): unknown =>
      JSON.parse(JSON.stringify(json, (key, value) => (key === 'message' ? undefined : value)));
    // The contract a script reads (codes, parameters, every figure) is the same in both languages.
    expect(withoutMessages(jaJson)).toEqual(withoutMessages(enJson));
    expect(messages(enJson).length).toBeGreaterThan(0);
    expect(messages(enJson)).toEqual(enJson.students.flatMap((s) => s.warnings.map((w) => renderWarning(w, 'en'))));
    expect(messages(jaJson)).toEqual(jaJson.students.flatMap((s) => s.warnings.map((w) => renderWarning(w, 'ja'))));
    for (const message of messages(jaJson)) expectNoEnglishWords(message, 'a --json warning message');
  });

  it('--json warnings of law and fit are worded in the language asked too', async () => {
    const law = ['law', 'supervised', '--params', '1e12', '--tokens', '1e9', '--json'];
    const [en, ja] = await Promise.all([runCli(law), runCli([...law, '--lang', 'ja'])]);
    const enWarning = (JSON.parse(en.stdout) as { warnings: { code: string; message: string }[] }).warnings[0]!;
    const jaWarning = (JSON.parse(ja.stdout) as { warnings: { code: string; message: string }[] }).warnings[0]!;
    expect(jaWarning.code).toBe(enWarning.code);
    expect(enWarning.message).toMatch(/outside the fitted range/);
    expect(jaWarning.message).toMatch(/当てはめ範囲/);
    expectNoEnglishWords(jaWarning.message, 'law --json warning');
  });
});
