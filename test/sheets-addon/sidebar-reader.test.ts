/** The sidebar's fields take the forms /distil reads, through the same core reader: 10億, 五百万円, 70億@2兆, a model name, なし. */
import { describe, expect, it } from 'vitest';
import { distilSidebarAnswer, type SidebarAnswer, type SidebarProblem } from '../../sheets-addon/src/ui/sidebar.js';

/** The answer without its read-back, which states each field as typed (10億, not 1B) by design. */
function figures(answer: SidebarAnswer | SidebarProblem) {
  if (!answer.ok) return answer;
  const { readBack: _typed, ...text } = answer.text;
  return { ...answer, text };
}

const base = { gpu: 'h100', gpus: '', currency: '', rate: '150', lang: 'ja' };

describe('the sidebar reads fields as /distil does', () => {
  it('10億, 五百万円 and 70億@2兆 answer as 1B, 500万円 and 7B@2T', () => {
    const typed = distilSidebarAnswer({ ...base, student: '10億', budget: '五百万円', teacher: '70億@2兆' });
    const plain = distilSidebarAnswer({ ...base, student: '1B', budget: '500万円', teacher: '7B@2T' });
    expect(typed.ok).toBe(true);
    expect(figures(typed)).toEqual(figures(plain));
    // The question is stated back in the person's own forms.
    expect(typed.ok && typed.text.readBack).toBe(
      '10億 のモデル、予算 500万円、教師 70億（2兆トークン学習済み）、GPU h100、レート 150 として判定しました',
    );
  });

  it('a teacher by name is its catalogue size and tokens; なし is no teacher; full-width GPUs read', () => {
    const named = distilSidebarAnswer({
      ...base,
      student: '1B',
      budget: '$20k',
      teacher: 'Llama-3.1-8B',
      gpus: '６４',
    });
    const sized = distilSidebarAnswer({
      ...base,
      student: '1B',
      budget: '$20k',
      teacher: '6979588096@15T',
      gpus: '64',
    });
    expect(named.ok).toBe(true);
    expect(figures(named)).toEqual(figures(sized));
    const none = distilSidebarAnswer({ ...base, student: '1B', budget: '$20k', teacher: 'なし' });
    expect(none.ok).toBe(true); // two answers equal as the same refusal would prove nothing
    expect(figures(none)).toEqual(
      figures(distilSidebarAnswer({ ...base, student: '1B', budget: '$20k', teacher: '' })),
    );
  });
});
