/**
 * Every decide and compare answer states its question: the student size(s) and the budget as the person typed
 * them, in Slack (the ephemeral answer and the post a colleague reads in the channel, both over signed HTTP) and in
 * the Sheets sidebar. The words are messages/' read-back (readBackLine), the same on every face.
 */
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import type { Block, Message } from '../../bot/src/blocks/kit.js';
import { distilSidebarAnswer } from '../../sheets-addon/src/ui/sidebar.js';
import { useSignedBot } from '../helpers/signedBot.js';
import { buttonOf, contextText } from '../helpers/slackBlocks.js';
import { buttonForm } from '../helpers/slackSign.js';

const { ask, post } = useSignedBot();

interface Asked {
  text: string;
  /** The question as the answer must state it, word for word. */
  stated: string;
}

const ASKED: readonly Asked[] = [
  { text: 'decide student=1.5B budget=$200k', stated: 'Read as: 1.5B student, $200k budget' },
  { text: 'decide student=1.5B budget=3M yen rate=150', stated: 'Read as: 1.5B student, 3M yen budget, rate 150' },
  {
    text: 'decide 生徒=10億 予算=300万円 レート=150',
    stated: '10億 のモデル、予算 300万円、レート 150 として判定しました',
  },
  {
    text: 'compare a: student=1B budget=$200k | b: student=3B budget=500 GPU-hours',
    stated: 'Read as: a: 1B student, $200k budget; b: 3B student, 500 GPU-hours budget',
  },
  {
    text: 'compare student=1B budget=1e21 | student=3B lang=ja',
    stated: 'A: 1B のモデル、予算 1e21／B: 3B のモデル として比較しました',
  },
];

/** The read-back line of a Slack answer: the context block that opens with :mag:. */
function statedIn(blocks: readonly Block[]): string | undefined {
  for (const block of blocks) {
    const text = contextText([block]);
    if (text.startsWith(':mag: ')) return text.slice(':mag: '.length);
  }
  return undefined;
}

describe('Slack states the question on every decide and compare answer, and on the post shared to the channel', () => {
  for (const { text, stated } of ASKED) {
    it(text, async () => {
      const answer = await ask(text);
      expect(statedIn(answer.blocks), JSON.stringify(answer.blocks).slice(0, 400)).toBe(stated);

      // The colleague reading the channel sees the same question stated.
      const button = buttonOf(answer.blocks)!;
      let posted: Message | undefined;
      nock('https://hooks.slack.com')
        .post('/actions/T0TEST/2/xyz', (body) => {
          posted = body as Message;
          return true;
        })
        .reply(200, 'ok');
      // A decide post's chart upload is not what this test is about: Slack's API refuses it.
      nock('https://slack.com').persist().post(/.*/).reply(200, { ok: false, error: 'not_in_channel' });
      const pressed = await post(buttonForm(button.action_id, button.value));
      expect(pressed.status).toBe(200);
      expect(posted?.response_type).toBe('in_channel');
      expect(statedIn(posted!.blocks)).toBe(stated);
    });
  }
});

describe('the Sheets sidebar states the question as typed', () => {
  const base = { teacher: '', gpu: 'h100', gpus: '', currency: '', rate: '' };
  it('in English: the student size and the budget, as typed', () => {
    const answer = distilSidebarAnswer({ ...base, student: '1.5B', budget: '$200k', lang: 'en-US' });
    expect(answer.ok && answer.text.readBack).toBe('Read as: 1.5B student, $200k budget, on h100');
  });

  it('in Japanese: 10億 and 300万円 stay as typed', () => {
    const answer = distilSidebarAnswer({ ...base, student: '10億', budget: '300万円', rate: '150', lang: 'ja' });
    expect(answer.ok && answer.text.readBack).toBe(
      '10億 のモデル、予算 300万円、GPU h100、レート 150 として判定しました',
    );
  });
});
