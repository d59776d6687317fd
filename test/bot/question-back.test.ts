/**
 * Words /distil could not read get a question back: the words quoted, every value read in the person's own
 * form, and the command to send in their keys (生徒=10億), in English and Japanese; `/distil models` opens
 * with the catalogue's heading in the person's language.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../bot/src/answer/answer.js';

const sections = (text: string): string[] =>
  answer(text).blocks.flatMap((block) =>
    block.type === 'section' && block.text !== undefined ? [block.text.text] : [],
  );

describe('the question back', () => {
  it('names the word, what was read and the command to send, in English', () => {
    expect(sections('1B model budget $20k flibbertigibbet')).toEqual([
      ':question: I did not understand "flibbertigibbet".\nI read: 1B student, $20k budget',
      '`/distil student=1B budget=$20k`',
    ]);
    expect(answer('1B model budget $20k flibbertigibbet').text).toBe(
      'I did not understand "flibbertigibbet".\nI read: 1B student, $20k budget\nSend it like this: /distil student=1B budget=$20k',
    );
  });

  it('says nothing was read and leaves blanks for what is needed', () => {
    expect(sections('wibble wobble')).toEqual([
      ':question: I did not understand "wibble", "wobble".\nNothing else was read.',
      '`/distil student=‹student size› budget=‹budget with its unit›`',
    ]);
  });

  it('answers a Japanese question in Japanese, with Japanese keys and the person’s own figures', () => {
    const [asked, send] = sections('生徒=10億 予算=500万円 もじゃもじゃ');
    expect(asked).toMatch(/^:question: 「.+」 が読み取れませんでした。\n読み取れた内容: 10億 のモデル、予算 500万円$/);
    expect(send).toBe('`/distil 生徒=10億 予算=500万円`');
  });
});

describe('/distil models', () => {
  it('opens with the catalogue heading in the person’s language', () => {
    const heading = (text: string) => {
      const first = answer(text).blocks[0];
      return first?.type === 'header' ? first.text.text : undefined;
    };
    expect(heading('models')).toBe('Open model catalogue');
    expect(heading('モデル一覧')).toBe('公開モデルのカタログ');
  });
});
