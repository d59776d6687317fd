/**
 * Each kind of bad input, in English and Japanese: an ephemeral message that
 * names the wrong word, says what is accepted and offers a corrected command
 * that really answers — never a stack trace, never a share button.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../bot/src/answer/answer.js';
import type { Message } from '../../bot/src/blocks/kit.js';
import { allText, headerOf } from '../helpers/slackBlocks.js';

interface Case {
  kind: string;
  text: string;
  /** The field the message must name. */
  field: string;
  /** Part of the English problem. */
  en: RegExp;
  /** Part of the Japanese problem. */
  ja: RegExp;
  /** The corrected command, when it is predictable. */
  fix?: string;
  /** The Japanese one, when lang=ja does not simply follow it. */
  fixJa?: string;
}

const CASES: Case[] = [
  {
    kind: 'unknown subcommand',
    text: 'decid student=1B budget=1e21 teacher=7B@2T',
    field: '"decid"',
    en: /did you mean decide/,
    ja: /decide のことですか/,
    fix: 'decide student=1B budget=1e21 teacher=7B@2T',
  },
  {
    kind: 'unknown key',
    text: 'decide studnet=1B budget=1e21',
    field: 'studnet=',
    en: /did you mean student=/,
    ja: /student= のことですか/,
    fix: 'decide student=1B budget=1e21',
  },
  {
    kind: 'key of another subcommand',
    text: 'plan student=1B budget=1e21 teacher=7B@2T',
    field: 'teacher',
    en: /does not go with plan/,
    ja: /plan では使えません/,
    fix: 'plan student=1B budget=1e21',
  },
  {
    kind: 'missing budget',
    text: 'decide student=1B teacher=7B@2T',
    field: 'budget',
    en: /is missing/,
    ja: /がありません/,
    fix: 'decide student=1B teacher=7B@2T budget=‹budget with its unit›',
  },
  {
    kind: 'not a number',
    text: 'decide student=1.5X budget=1e21',
    field: 'student',
    en: /"1\.5X" is not a number/,
    ja: /「1\.5X」は数値ではありません/,
    fix: 'decide student=‹student size› budget=1e21',
  },
  {
    kind: 'zero',
    text: 'decide student=0 budget=1e21',
    field: 'student',
    en: /must be > 0/,
    ja: /より大きい必要があります/,
  },
  { kind: 'empty value', text: 'decide student= budget=1e21', field: 'student', en: /is empty/, ja: /の値が空です/ },
  {
    kind: 'teacher loss below E',
    text: 'decide student=1B budget=1e21 teacher=7B teacher-loss=1.1',
    field: 'teacher-loss',
    en: /must be > 1\.22/,
    ja: /1\.22（則の下限損失 E）より大きい必要があります/,
    fix: "decide student=1B budget=1e21 teacher=7B teacher-loss=‹teacher's loss in nats›",
  },
  {
    kind: 'teacher loss worse than a uniform guess',
    text: 'decide student=1B budget=1e21 teacher=7B teacher-loss=15',
    field: 'teacher-loss',
    en: /must be ≤ 10\.3972 nats \(ln 32768/,
    ja: /10\.3972 nats 以下である必要があります/,
    fix: "decide student=1B budget=1e21 teacher=7B teacher-loss=‹teacher's loss in nats›",
  },
  {
    kind: 'teacher without tokens or loss',
    text: 'decide student=1B budget=1e21 teacher=7B',
    field: 'teacher',
    en: /needs its tokens/,
    ja: /トークン数.*か損失/,
    fix: "decide student=1B budget=1e21 teacher=7B@‹teacher's training tokens›",
  },
  {
    kind: 'teacher loss without size',
    text: 'decide student=1B budget=1e21 teacher-loss=2.1',
    field: 'teacher',
    en: /is needed with teacher-loss/,
    ja: /teacher が必要です（teacher-loss を指定したため）/,
  },
  {
    kind: 'students with a teacher',
    text: 'decide student=1B budget=1e21 teacher=7B@2T students=4',
    field: 'students',
    en: /goes only with no teacher/,
    ja: /教師モデルなしの場合だけ/,
    fix: 'decide student=1B budget=1e21 teacher=7B@2T',
  },
  {
    kind: 'unknown GPU',
    text: 'decide student=1B budget=1e21 gpu=h900',
    field: 'gpu',
    en: /"h900" is not a known GPU/,
    ja: /「h900」は既知の GPU ではありません/,
    fix: 'decide student=1B budget=1e21 gpu=h200',
  },
  {
    kind: 'unknown provider',
    text: 'cost budget=1e22 provider=acme',
    field: 'provider',
    en: /is not a known provider/,
    ja: /既知のプロバイダではありません/,
    fix: 'cost budget=1e22 provider=‹provider›',
  },
  {
    kind: 'yen without a rate',
    text: 'decide student=1B budget=¥3M teacher=7B@2T',
    field: 'rate',
    en: /is needed to show costs in JPY/,
    ja: /JPY で費用を表示するため/,
    fix: 'decide student=1B budget=¥3M teacher=7B@2T rate=‹yen per US dollar›',
  },
  {
    kind: 'not a budget',
    text: 'plan student=1B budget=$abc',
    field: 'budget',
    en: /is not a budget/,
    ja: /予算の形ではありません/,
    fix: 'plan student=1B budget=‹budget with its unit›',
  },
  {
    kind: 'budget too small',
    text: 'decide student=100B budget=1e17 teacher=7B@2T',
    field: 'budget',
    en: /cannot buy/,
    ja: /100万トークンも使えません/,
    fix: 'decide student=100B budget=6.4e17 teacher=7B@2T',
  },
  {
    kind: 'MFU above 1',
    text: 'cost budget=1e22 mfu=1.5',
    field: 'mfu',
    en: /must be ≤ 1/,
    ja: /1 以下である必要があります/,
    fix: 'cost budget=1e22 mfu=‹MFU›',
  },
  {
    kind: 'negative price',
    text: 'cost budget=1e22 price=-2',
    field: 'price',
    en: /must not be negative/,
    ja: /負の値にできません/,
    fix: 'cost budget=1e22 price=‹price per GPU-hour›',
  },
  {
    kind: 'not a currency',
    text: 'cost budget=1e22 currency=JPYY rate=150',
    field: 'currency',
    en: /is not a currency code/,
    ja: /通貨コードではありません/,
    fix: 'cost budget=1e22 currency=‹currency code› rate=150',
  },
  {
    kind: 'unknown scenario',
    text: 'plan student=1B budget=1e21 scenario=foo',
    field: 'scenario',
    en: /"foo" is not a scenario/,
    ja: /「foo」はシナリオ名ではありません/,
    fix: 'plan student=1B budget=1e21 scenario=‹scenario›',
  },
  {
    kind: 'unknown coefficient set',
    text: 'plan student=1B budget=1e21 preset=chinchilla',
    field: 'preset',
    en: /is not a coefficient set/,
    ja: /係数セットではありません/,
  },
  {
    kind: 'key given twice',
    text: 'decide student=1B student=2B budget=1e21',
    field: 'student',
    en: /is given twice/,
    ja: /2回指定されています/,
    fix: 'compare student=1B budget=1e21 | student=2B',
    fixJa: 'compare student=1B budget=1e21 lang=ja | student=2B',
  },
  {
    kind: 'compare with one scenario',
    text: 'compare student=1B budget=1e21',
    field: 'compare',
    en: /needs 2 to 4 scenarios/,
    ja: /2〜4 個のシナリオ/,
  },
  {
    kind: 'compare with five scenarios',
    text: 'compare student=1B budget=1e21 | gpu=h200 | gpu=b200 | gpu=a100 | gpu=l4',
    field: 'compare',
    en: /needs 2 to 4 scenarios/,
    ja: /2〜4 個のシナリオ/,
  },
  {
    kind: 'bad word in a compare scenario',
    text: 'compare a: student=1B budget=1e21 teacher=7B@2T | b: gpu=h900',
    field: 'b: gpu',
    en: /is not a known GPU/,
    ja: /既知の GPU ではありません/,
    fix: 'compare a: student=1B budget=1e21 teacher=7B@2T | b: gpu=h200',
  },
  {
    kind: 'a key under another spelling is named as typed',
    text: 'decide ns=abc budget=1e21',
    field: 'ns',
    en: /"abc" is not a number/,
    ja: /「abc」は数値ではありません/,
  },
  {
    kind: 'another field a problem mentions is named as typed',
    text: 'decide student=1B budget=1e21 lt=2.1',
    field: 'teacher',
    en: /is needed with lt/,
    ja: /lt を指定したため/,
  },
  {
    kind: 'unknown language',
    text: 'decide student=1B budget=1e21 lang=fr',
    field: 'lang',
    en: /is not a language/,
    ja: /is not a language/,
  },
];

/** The command after "/distil " in the first Try line of the blocks. */
function suggestionOf(message: Message): string {
  const block = message.blocks[1];
  const match = block?.type === 'section' ? /`\/distil ([^`]+)`/.exec(block.text!.text) : null;
  return (match?.[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The person's words around a blank, in either language: ‹student size› and ‹モデルのサイズ› both read ‹›. */
function unblank(command: string): string {
  return command.replace(/‹[^›]*›/g, '‹›');
}

/**
 * A suggestion either answers as it stands (a header, no warning), or holds a named blank for a value the person
 * did not give — never a canned example value — and says to fill it in.
 */
function expectUsable(message: Message, suggestion: string, fillIn: string): void {
  if (suggestion.includes('‹')) expect(allText(message)).toContain(fillIn);
  else expect(headerOf(answer(suggestion).blocks)).not.toBe('');
}

/** Slack's top-level text is mrkdwn too: what the user typed arrives escaped. */
function plain(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function expectErrorShape(message: Message, typedField: string, lang: 'en' | 'ja' = 'en'): void {
  // A word the user typed is quoted "so" in English and 「so」 in Japanese.
  const field = lang === 'ja' ? typedField.replace(/^"(.*)"$/, '「$1」') : typedField;
  expect(message.response_type).toBe('ephemeral');
  expect(message.blocks.some((block) => block.type === 'actions')).toBe(false);
  expect(headerOf(message.blocks)).toBe('');
  const first = message.blocks[0];
  expect(first?.type === 'section' && first.text!.text.startsWith(`:warning: *${field.replace(/"/g, '"')}*`)).toBe(
    true,
  );
  expect(message.text.startsWith(field)).toBe(true);
  // Never a stack trace or a file path.
  expect(allText(message)).not.toMatch(/\bat .+\.(ts|js):\d+|node_modules|Error:/);
}

describe('bad input, in English', () => {
  it.each(CASES)('$kind', ({ text, field, en, fix }) => {
    const message = answer(text);
    expectErrorShape(message, field);
    expect(plain(message.text)).toMatch(en);
    expect(allText(message)).toContain('Accepted');
    const suggestion = suggestionOf(message);
    if (fix) expect(suggestion).toBe(fix);
    expectUsable(message, suggestion, 'Fill in the ‹…› and send');
  });
});

describe('bad input, in Japanese', () => {
  it.each(CASES.filter((c) => c.kind !== 'unknown language'))('$kind', ({ text, field, ja, fix, fixJa }) => {
    const message = answer(`${text} lang=ja`);
    expectErrorShape(message, field, 'ja');
    expect(plain(message.text)).toMatch(ja);
    expect(allText(message)).toContain('使える形式');
    const suggestion = suggestionOf(message);
    if (fix) expect(unblank(suggestion)).toBe(unblank(fixJa ?? `${fix} lang=ja`));
    expect(allText(message)).toMatch(
      suggestion.includes('‹') ? /‹…› を埋めて送ってください/ : /こう入力してみてください/,
    );
    expectUsable(message, suggestion, '‹…› を埋めて送ってください');
  });
});

describe('escaping', () => {
  it('escapes what the user typed, so it cannot become a mention or a link', () => {
    const message = answer('decide student=<!channel> budget=1e21');
    const first = message.blocks[0];
    expect(first?.type === 'section' && first.text!.text).toContain('&lt;!channel&gt;');
    expect(JSON.stringify(message.blocks)).not.toContain('<!channel>');
  });
});
