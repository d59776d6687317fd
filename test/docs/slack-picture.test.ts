/**
 * The renderer behind docs/slack-answer-ja.png (scripts/slack-phone): Block Kit
 * → HTML as a phone shows it, checked as HTML, then laid out in real headless
 * Chromium at 390 px to measure that each Japanese decide answer's headline
 * (the call, the money-and-time sentence, the decisive warnings) fits the
 * first phone screen. Not the pixels.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../bot/src/answer/answer.js';
import type { Block } from '../../bot/src/blocks/kit.js';
import { renderPhones } from '../../scripts/slack-phone/browser.js';
import { blocksToHtml, mrkdwnToHtml } from '../../scripts/slack-phone/html.js';

/** An iPhone 12–15 is 844 CSS px tall; Slack's bars and composer leave about 640 for messages. */
const FIRST_SCREEN_PX = 640;

describe('Block Kit → phone HTML', () => {
  it('turns mrkdwn into HTML and escapes what the user typed', () => {
    expect(mrkdwnToHtml('*費用は100万円。*\n`/distil help`')).toBe(
      '<b>費用は100万円。</b><br><code>/distil help</code>',
    );
    expect(mrkdwnToHtml('&lt;script&gt; &amp; "x"')).toBe('&lt;script&gt; &amp; &quot;x&quot;');
    expect(mrkdwnToHtml(':warning: 教師モデル')).toBe('⚠️ 教師モデル');
  });

  it('marks the blocks before the first divider as the headline, and renders each kind of block', () => {
    const blocks: Block[] = [
      { type: 'header', text: { type: 'plain_text', text: '蒸留する' } },
      { type: 'section', text: { type: 'mrkdwn', text: '*費用は100万円。*' } },
      { type: 'divider' },
      { type: 'section', fields: [{ type: 'mrkdwn', text: '*予算*\n100万円' }] },
      { type: 'context', elements: [{ type: 'mrkdwn', text: '価格: 449円/GPU時間' }] },
    ];
    const html = blocksToHtml(blocks, 'ja');
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain('<h1 data-part="header" data-headline>蒸留する</h1>');
    expect(html).toContain('<section data-part="section" data-headline><div class="text"><b>費用は100万円。</b></div>');
    expect(html).toContain('<section data-part="fields"><div class="field"><b>予算</b><br>100万円</div></section>');
    expect(html).toContain('<div data-part="context"><p>価格: 449円/GPU時間</p></div>');
    expect(html.match(/data-headline/g)).toHaveLength(2);
  });
});

describe('the Japanese decide answer on a phone (headless Chromium, 390 px)', () => {
  it('puts the call, the money-and-time sentence and the decisive warnings on the first screen', async () => {
    const texts = [
      'decide student=10B budget=100万円 teacher=7.75B@512B rate=150 gpus=64 lang=ja',
      'decide student=10B budget=3000万円 teacher=7.75B@512B rate=150 gpus=64 lang=ja',
      'decide student=1B budget=$200k teacher=7B@2T lang=ja',
      'decide student=1B budget=$200k students=8 lang=ja',
    ];
    const rendered = await renderPhones(texts.map((text) => blocksToHtml(answer(text).blocks, 'ja')));
    for (const [i, text] of texts.entries()) {
      const { headlineBottom, height } = rendered[i]!;
      console.log(`${text}: headline ends at ${headlineBottom} px of ${height}`);
      expect(headlineBottom, text).toBeGreaterThan(100);
      expect(headlineBottom, text).toBeLessThanOrEqual(FIRST_SCREEN_PX);
      // The details follow below: the whole answer is longer than its headline.
      expect(height, text).toBeGreaterThan(headlineBottom + 300);
    }
  });
});
