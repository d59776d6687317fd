/**
 * Stores the answers of the "same answers" regression test (test/core/same-answers.test.ts) from the code as it is:
 * run once before a change to the searches, commit the fixture, and let the test compare after. Never run it to make
 * a failing comparison pass; the `uncertainty` section alone may be regenerated when the uncertainty model changes
 * on purpose (`--uncertainty-only` keeps every stored `exact` answer).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerOf, sameAnswerQuestions } from '../test/helpers/sameAnswers.js';

const FIXTURE = join(import.meta.dirname, '..', 'test', 'fixtures', 'same-answers.json');

interface Fixture {
  questions: unknown[];
  exact: unknown[];
  uncertainty: unknown[];
}

const questions = sameAnswerQuestions();
const answers = questions.map(answerOf);
const uncertaintyOnly = process.argv.includes('--uncertainty-only');
const stored: Fixture | null = uncertaintyOnly ? (JSON.parse(readFileSync(FIXTURE, 'utf8')) as Fixture) : null;
if (stored && JSON.stringify(stored.questions) !== JSON.stringify(questions))
  throw new Error('the stored questions differ from the current list: regenerate all answers, on the old code');
const fixture: Fixture = {
  questions,
  exact: stored ? stored.exact : answers.map((answer) => answer.exact),
  uncertainty: answers.map((answer) => answer.uncertainty),
};
writeFileSync(FIXTURE, `${JSON.stringify(fixture, null, 1)}\n`);
console.log(
  `${questions.length} questions stored in ${FIXTURE}${uncertaintyOnly ? ' (uncertainty section only)' : ''}`,
);
