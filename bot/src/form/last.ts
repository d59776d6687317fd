/**
 * Each person's last question, as typed, to pre-fill the form: the student size, budget, teacher, GPUs and
 * language they last asked with. In memory and bounded (the oldest person is forgotten first) for one process;
 * with Redis (redis-last.ts) replicas share it, so a form opened on any replica is pre-filled.
 */
import type { QuestionReading } from '../../../core/index.js';

export interface LastQuestion {
  student?: string;
  budget?: string;
  teacher?: string;
  gpus?: string;
  lang?: 'en' | 'ja';
}

export const LAST_FIELDS = ['student', 'budget', 'teacher', 'gpus'] as const;

/** Where the last questions live. Neither call throws: a store that cannot answer opens an empty form. */
export interface LastQuestionStore {
  remember(userId: string, reading: QuestionReading, lang: 'en' | 'ja'): Promise<void>;
  of(userId: string): Promise<LastQuestion | undefined>;
}

/** What the form keeps of a question: the values as the person typed them. */
export function lastOf(reading: QuestionReading, lang: 'en' | 'ja'): LastQuestion {
  const last: LastQuestion = { lang };
  for (const key of LAST_FIELDS) {
    const value = reading.values.find((read) => read.key === key)?.typed;
    if (value !== undefined && value !== '') last[key] = value;
  }
  return last;
}

const MAX_PEOPLE = 10_000;

export class LastQuestions implements LastQuestionStore {
  private readonly byUser = new Map<string, LastQuestion>();

  async remember(userId: string, reading: QuestionReading, lang: 'en' | 'ja'): Promise<void> {
    this.byUser.delete(userId);
    this.byUser.set(userId, lastOf(reading, lang));
    if (this.byUser.size > MAX_PEOPLE) this.byUser.delete(this.byUser.keys().next().value!);
  }

  async of(userId: string): Promise<LastQuestion | undefined> {
    return this.byUser.get(userId);
  }
}

/** One per process: the store when no Redis is configured, shared by /distil, the form and the shortcut. */
export const lastQuestions = new LastQuestions();
