/**
 * The examples help, the App Home tab and the README give a newcomer answer inside the law's evidence:
 * distil, train directly and close call, in both languages; /distil models and distilplan models list the
 * catalogue with how each non-embedding count was found.
 */
import { describe, expect, it } from 'vitest';
import { answer, answerWithResult } from '../../bot/src/answer/answer.js';
import { HELP_TOPICS } from '../../bot/src/blocks/help.js';
import { OPEN_MODELS } from '../../core/index.js';
import { EXAMPLE_QUESTIONS } from '../../messages/index.js';

describe('the three example questions', () => {
  for (const lang of ['en', 'ja'] as const)
    it.each(EXAMPLE_QUESTIONS[lang].map((example) => [example.question, example.call] as const))(
      `${lang}: %s answers %s`,
      (question, call) => {
        const { result, message } = answerWithResult(question);
        expect(result?.kind).toBe('decide');
        if (result?.kind !== 'decide') return;
        expect(result.decision.call).toBe(call);
        expect(result.lang).toBe(lang);
        expect(JSON.stringify(message.blocks)).toContain(':mag:');
      },
    );

  it('the three calls are distil, train and close call, never outside the evidence', () => {
    for (const lang of ['en', 'ja'] as const)
      expect(EXAMPLE_QUESTIONS[lang].map((example) => example.call)).toEqual(['distil', 'train', 'close-call']);
  });

  it('help opens with them and with the first decide example inside the evidence', () => {
    const help = JSON.stringify(answer('ヘルプ').blocks);
    for (const example of EXAMPLE_QUESTIONS.ja) expect(help).toContain(example.question);
    expect(help).toContain('`生徒=`');
    expect(help).toContain('`台数=`');
    expect(help).toContain('`教師の損失=`');
    const first = HELP_TOPICS[0]!.examples[0]!;
    const { result } = answerWithResult(first);
    expect(result?.kind === 'decide' && result.decision.call).toBe('distil');
  });
});

// The catalogue's figures are checked against each model's architecture in catalogue.test.ts.
describe('the model catalogue in answers', () => {
  it('/distil models lists every model with its derivation and source', () => {
    const shown = JSON.stringify(answer('models').blocks);
    for (const model of OPEN_MODELS) expect(shown).toContain(model.id);
    expect(shown).toContain('untied embeddings');
    expect(JSON.stringify(answer('モデル一覧').blocks)).toContain('非埋め込み');
  });

  it('an answer says what it took from the catalogue', () => {
    const shown = JSON.stringify(answer('1B model, $20k, teacher Qwen2.5-7B').blocks);
    expect(shown).toContain(
      'existing teacher Qwen2.5-7B (from the catalogue: 6.53B non-embedding parameters, 18T tokens',
    );
  });
});
