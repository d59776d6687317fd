/** The /distil grammar on its own: words, keys, teachers, compare inheritance; and help's examples all answer. */
import { describe, expect, it } from 'vitest';
import { answer } from '../../bot/src/answer/answer.js';
import { HELP_TOPICS } from '../../bot/src/blocks/help.js';
import { detectLang, parseRequest } from '../../bot/src/command/parse.js';
import { normaliseText, splitWords } from '../../bot/src/command/words.js';
import { headerOf, limitViolations } from '../helpers/slackBlocks.js';

describe('words', () => {
  it('continues a value over bare words, and keeps quoted spaces', () => {
    expect(splitWords('budget=500 GPU-hours student=1B').pairs.map((w) => [w.key, w.value])).toEqual([
      ['budget', '500 GPU-hours'],
      ['student', '1B'],
    ]);
    expect(splitWords('budget="3 PF-days" student= 1B').pairs.map((w) => [w.key, w.value])).toEqual([
      ['budget', '3 PF-days'],
      ['student', '1B'],
    ]);
    expect(splitWords('Teacher_Loss=2.1').pairs[0]).toMatchObject({ key: 'teacher-loss', typedKey: 'Teacher_Loss' });
  });

  it('normalises phone and IME input: smart quotes, full width, Slack escapes', () => {
    expect(normaliseText('budget=“3 PF-days”　ｓｔｕｄｅｎｔ＝１Ｂ &amp; ￥3M')).toBe(
      'budget="3 PF-days" student=1B & ¥3M',
    );
  });
});

describe('requests', () => {
  it('reads teachers as size@tokens, size with a loss, or none with K students', () => {
    const teacherOf = (text: string) => {
      const r = parseRequest(text);
      return r.kind === 'decide' ? r.inputs.teacher : undefined;
    };
    expect(teacherOf('decide student=1B budget=1e21 teacher=7B@2T')).toEqual({
      kind: 'size',
      teacherParams: 7e9,
      teacherTokens: 2e12,
    });
    expect(teacherOf('decide student=1B budget=1e21 teacher=7e9 teacher-tokens=2,000,000,000,000')).toEqual({
      kind: 'size',
      teacherParams: 7e9,
      teacherTokens: 2e12,
    });
    expect(teacherOf('decide student=1B budget=1e21 teacher=7B teacher-loss=2.1')).toEqual({
      kind: 'loss',
      teacherParams: 7e9,
      teacherLoss: 2.1,
    });
    expect(teacherOf('decide student=1B budget=1e21 students=4')).toEqual({ kind: 'none', students: 4 });
    expect(teacherOf('decide student=1B budget=1e21 teacher=none')).toEqual({ kind: 'none', students: 1 });
  });

  it('lets later compare scenarios inherit the first one and override what they name', () => {
    const request = parseRequest(
      'compare a: student=1B budget=$200k teacher=7B@2T provider=lambda | b: gpu=h200 | c: teacher=none students=2 | budget=1e21',
    );
    if (request.kind !== 'compare') throw new Error(request.kind);
    const [a, b, c, d] = request.scenarios;
    expect(a!.inputs.cost).toEqual({ provider: 'lambda' });
    expect(b!.inputs.cost).toEqual({ gpu: 'h200' }); // a new GPU drops the first one's provider
    expect(b!.inputs.teacher).toEqual(a!.inputs.teacher);
    expect(c!.inputs.teacher).toEqual({ kind: 'none', students: 2 });
    expect(d!.label).toBe('D');
    expect(d!.inputs.budget).toBe('1e21');
    expect(d!.inputs.teacher).toEqual(a!.inputs.teacher);
  });

  it('answers in the language asked for anywhere in the text', () => {
    expect(detectLang('decide lang=ja student=1B')).toBe('ja');
    expect(detectLang('compare student=1B | gpu=h200 language=日本語')).toBe('ja');
    expect(detectLang('decide student=1B')).toBe('en');
  });
});

describe('help', () => {
  const examples = HELP_TOPICS.flatMap((topic) => topic.examples);

  it.each(examples)('example "%s" answers, in English and Japanese', (example) => {
    for (const text of [example, `${example} lang=ja`]) {
      const message = answer(text);
      expect(headerOf(message.blocks)).not.toBe('');
      expect(limitViolations(message)).toEqual([]);
    }
  });

  it('covers every subcommand', () => {
    expect(HELP_TOPICS.map((topic) => topic.name)).toEqual([
      'decide',
      'plan',
      'cost',
      'compare',
      'presets',
      'pilot',
      'scenarios',
    ]);
    expect(limitViolations(answer('help lang=ja'))).toEqual([]);
  });
});

describe('spaces around = and the language of the person', () => {
  it('reads key = value and key =value as key=value', () => {
    for (const text of ['decide student = 1B budget = 1e21', 'decide student =1B budget =1e21']) {
      const message = answer(text);
      expect(message.response_type).toBe('ephemeral');
      expect(JSON.stringify(message)).not.toMatch(/something went wrong/);
      expect(message.text).toBe(answer('decide student=1B budget=1e21').text);
    }
  });

  it('answers Japanese script in Japanese without lang=, and lang= still wins', () => {
    expect(answer('decide 生徒モデル student=1B budget=1e21').text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(answer('plan student=1B budget=300万円 rate=150 currency=JPY').text).toMatch(/[\u3040-\u30ff]/);
    expect(answer('plan student=1B budget=300万円 rate=150 currency=JPY lang=en').text).not.toMatch(/[\u3040-\u30ff]/);
    for (const word of ['ヘルプ', '使い方']) expect(JSON.stringify(answer(word).blocks)).toMatch(/\/distil/);
    expect(JSON.stringify(answer('ヘルプ').blocks)).toMatch(/[\u3040-\u30ff]/);
  });
});

describe('mentions typed by the user are never sent raw', () => {
  it('escapes <!channel>, <!here> and <@U…> in the top-level text and in every block', () => {
    for (const text of [
      'compare <!channel>: student=1B budget=1e21 | <!here>: gpu=h200',
      'compare <@U123>: student=1B budget=1e21 | <!here>: gpu=h900',
    ]) {
      const message = answer(text);
      expect(message.text).not.toMatch(/<!channel>|<!here>|<@U123>/);
      const shown = JSON.stringify(
        message.blocks.filter((block) => block.type !== 'actions' && block.type !== 'header'),
      );
      expect(shown).not.toMatch(/<!channel>|<!here>|<@U123>/);
    }
  });
});

describe('a rate in a Japanese answer', () => {
  it('lang=ja with rate= and no currency= means yen', () => {
    const message = answer('cost budget=1e22 rate=150 lang=ja');
    expect(message.blocks.some((block) => block.type === 'header')).toBe(true);
    expect(JSON.stringify(message.blocks)).toMatch(/円/);
  });
});
