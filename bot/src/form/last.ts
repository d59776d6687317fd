/**
 * Each person's last question, as typed, to pre-fill the form: the student size, budget, teacher, GPUs and
 * language they last asked with. In memory and bounded (the oldest person is forgotten first); a restart
 * or another replica simply opens an empty form.
 */
import type { QuestionReading } from '../../../core/index.js';

export interface LastQuestion {
  student?: string;
  budget?: string;
  teacher?: string;
  gpus?: string;
  lang?: 'en' | 'ja';
}

const MAX_PEOPLE = 10_000;

export class LastQuestions {
  private readonly byUser = new Map<string, LastQuestion>();

  remember(userId: string, reading: QuestionReading, lang: 'en' | 'ja'): void {
    const typed = (key: string) => reading.values.find((value) => value.key === key)?.typed;
    const last: LastQuestion = { lang };
    for (const key of ['student', 'budget', 'teacher', 'gpus'] as const) {
      const value = typed(key);
      if (value !== undefined && value !== '') last[key] = value;
    }
    this.byUser.delete(userId);
    this.byUser.set(userId, last);
    if (this.byUser.size > MAX_PEOPLE) this.byUser.delete(this.byUser.keys().next().value!);
  }

  of(userId: string): LastQuestion | undefined {
    return this.byUser.get(userId);
  }
}

/** One per process, shared by /distil, the form and the shortcut. */
export const lastQuestions = new LastQuestions();
