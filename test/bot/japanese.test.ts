import nock from 'nock';
import { describe, expect, it } from 'vitest';
import type { Message } from '../../bot/src/blocks/kit.js';
import { expectJapanese } from '../helpers/japanese.js';
import { useSignedBot } from '../helpers/signedBot.js';
import { buttonOf, headerOf } from '../helpers/slackBlocks.js';

const { ask } = useSignedBot();

/** Every piece of text a person reads: the notification line and each block's text, fields and context. */
function readable(message: Message): string[] {
  const pieces = [message.text];
  for (const block of message.blocks) {
    if (block.type === 'header') pieces.push(block.text.text);
    if (block.type === 'section') {
      if (block.text) pieces.push(block.text.text);
      for (const field of block.fields ?? []) pieces.push(field.text);
    }
    if (block.type === 'context')
      for (const element of block.elements) if ('text' in element) pieces.push(element.text);
    if (block.type === 'actions')
      for (const element of block.elements) if ('text' in element && element.text) pieces.push(element.text.text);
  }
  return pieces;
}

/** Commands to copy (`/distil decide student=…`) are typed, not read: they are out, like product ids. */
function expectJapaneseAnswer(message: Message, what: string): void {
  for (const piece of readable(message)) {
    const prose = piece.replace(/`[^`]*`/g, '·').replace(/\/distil [^\n]*/g, '·');
    if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(prose) || /[A-Za-z]{2,}/.test(prose))
      expectJapanese(prose, `${what}: ${piece}`);
  }
}

const ANSWERS: readonly string[] = [
  // decide: one of each call (distil, train, close call, outside the evidence), in yen and dollars
  'decide student=10B budget=1e21 teacher=7.75B@512B',
  'decide student=1B budget=1e20 teacher=7B@2T currency=JPY rate=150',
  'decide student=300M budget=1e19 teacher=1B teacher-loss=2.3',
  'decide student=1B budget=¥30M teacher=7B@2T rate=150',
  'decide student=1B budget=$200k students=4 gpus=64',
  'decide student=1B budget=50,000 GPU-hours gpu=mi300x',
  'plan student=1B budget=1e22 scenario=both students=4',
  'plan student=3B budget=3 PF-days scenario=best-case currency=JPY rate=150',
  'cost budget=1e22 gpu=h100 provider=lambda',
  'cost student=1B budget=$50k gpu=h200 currency=JPY rate=150',
  'cost budget=1e22 gpu=mi300x',
  'compare a: student=1B budget=$200k teacher=7B@2T | b: gpu=h200 | c: teacher=none students=4 | d: budget=1e21 mfu=35%',
  'help',
];

/** One command per kind of mistake a person makes in Slack. */
const ERRORS: readonly string[] = [
  'decide budget=1e21',
  'decide student=1B',
  'decide student=1B budget=lots',
  'decide studnet=1B budget=1e21',
  'decide student=1B budget=1e21 gpu=h900',
  'decide student=1B budget=¥3M',
  'decide student=1B budget=1e21 currency=XYZ rate=2',
  'decide student=1B budget=1e21 mfu=250%',
  'decide student=1B budget=1e21 teacher=7B',
  'decide student=1B budget=1e21 teacher-loss=0.5 teacher=7B',
  'decide student=1B budget=1e21 students=2.5',
  'decide student=1B budget=1e21 gpus=0',
  'decide student=1B budget=1e21 provider=acme',
  'decide student=1B budget=1e3',
  'plan student=1B budget=1e21 scenario=cheap',
  'decid student=1B budget=1e21',
  'compare student=1B budget=1e21',
  'cost budget=500 hours',
  'decide student=1B budget=1e21 counting=7N',
];

describe('a Japanese answer has no English sentence (through the signed listener)', () => {
  it.each(ANSWERS)('%s lang=ja', async (text) => {
    const message = await ask(`${text} lang=ja`);
    expect(message.blocks[0]?.type).not.toBe(undefined);
    expectJapaneseAnswer(message, text);
  });

  it.each(ERRORS)('error: %s lang=ja', async (text) => {
    const message = await ask(`${text} lang=ja`);
    expect(message.text).not.toMatch(/Accepted|is missing|must be/);
    expect(message.blocks.some((block) => block.type === 'section' && block.text?.text.startsWith(':warning:'))).toBe(
      true,
    );
    expectJapaneseAnswer(message, text);
  });

  it('the same commands in English are English (the check can fail)', async () => {
    const message = await ask('decide student=1B budget=1e20 teacher=7B@2T');
    expect(() => expectJapaneseAnswer(message, 'English')).toThrow();
  });
});

describe('the language follows the person', () => {
  const usersInfo = (user: string, reply: object) =>
    nock('https://slack.com')
      .post('/api/users.info', (body: Record<string, string>) => body.user === user && body.include_locale === 'true')
      .matchHeader('authorization', 'Bearer xoxb-test-token')
      .reply(200, reply);

  it('answers in Japanese when Slack says the person reads Japanese (ja-JP), and shares in Japanese too', async () => {
    const asked = usersInfo('U0HANAKO', { ok: true, user: { id: 'U0HANAKO', locale: 'ja-JP' } });
    const message = await ask('decide student=1B budget=1e20 teacher=7B@2T', { user_id: 'U0HANAKO' });
    expect(asked.isDone()).toBe(true);
    expect(headerOf(message.blocks)).toBe('直接学習する');
    expectJapaneseAnswer(message, 'locale ja-JP');
    // The button carries the language, so Post to channel shares the same Japanese answer.
    expect(JSON.parse(buttonOf(message.blocks)!.value).text).toMatch(/ lang=ja$/);
    // Asked once: the second command is answered from memory.
    const again = await ask('help', { user_id: 'U0HANAKO' });
    expect(headerOf(again.blocks)).toBe('/distil — 蒸留するか、直接学習するか');
  });

  it('answers in English for en-US, and lang= wins over the locale without asking Slack', async () => {
    usersInfo('U0BOB', { ok: true, user: { id: 'U0BOB', locale: 'en-US' } });
    expect(headerOf((await ask('decide student=1B budget=1e20 teacher=7B@2T', { user_id: 'U0BOB' })).blocks)).toBe(
      'Train directly',
    );
    const notAsked = usersInfo('U0KENJI', { ok: true, user: { id: 'U0KENJI', locale: 'ja-JP' } });
    const english = await ask('decide student=1B budget=1e20 teacher=7B@2T lang=en', { user_id: 'U0KENJI' });
    expect(headerOf(english.blocks)).toBe('Train directly');
    const script = await ask('ヘルプ', { user_id: 'U0KENJI' });
    expect(headerOf(script.blocks)).toBe('/distil — 蒸留するか、直接学習するか');
    expect(notAsked.isDone()).toBe(false);
  });

  it('believes a locale the payload carries, without asking Slack', async () => {
    const notAsked = usersInfo('U0AIKO', { ok: true, user: { id: 'U0AIKO', locale: 'en-US' } });
    // (/distil alone opens the form: help is asked by name.)
    const message = await ask('help', { user_id: 'U0AIKO', locale: 'ja-JP' });
    expect(headerOf(message.blocks)).toBe('/distil — 蒸留するか、直接学習するか');
    expect(notAsked.isDone()).toBe(false);
  });

  it('answers in English when Slack is slow or down, and promptly', async () => {
    nock('https://slack.com').post('/api/users.info').delay(5000).reply(200, { ok: true });
    const started = Date.now();
    const message = await ask('decide student=1B budget=1e20 teacher=7B@2T', { user_id: 'U0SLOW' });
    expect(headerOf(message.blocks)).toBe('Train directly');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('stops asking a workspace that did not grant users:read', async () => {
    usersInfo('U0CARL', { ok: false, error: 'missing_scope' });
    expect(headerOf((await ask('help', { user_id: 'U0CARL' })).blocks)).toBe('/distil — distil or train directly?');
    const never = usersInfo('U0DANA', { ok: true, user: { id: 'U0DANA', locale: 'ja-JP' } });
    expect(headerOf((await ask('help', { user_id: 'U0DANA' })).blocks)).toBe('/distil — distil or train directly?');
    expect(never.isDone()).toBe(false);
    // That workspace only: a person in another workspace is still asked, and answered in their language.
    const other = usersInfo('U0EMI', { ok: true, user: { id: 'U0EMI', locale: 'ja-JP' } });
    const elsewhere = await ask('help', { user_id: 'U0EMI', team_id: 'T0OTHER' });
    expect(other.isDone()).toBe(true);
    expect(headerOf(elsewhere.blocks)).toBe('/distil — 蒸留するか、直接学習するか');
  });
});
