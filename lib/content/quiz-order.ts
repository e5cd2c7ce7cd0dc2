// The order quizzes are listed in, for students and teachers alike: a series of lessons in its order first, then
// quizzes outside a series, then boosters (each group by id). A teacher's default choice is lesson 1.
import type { Quiz } from '@/content/schema';

const rank = (q: Pick<Quiz, 'kind' | 'lesson'>) => [q.kind === 'booster' ? 1 : 0, q.lesson ?? 100] as const;

export function compareQuizzes(a: Pick<Quiz, 'id' | 'kind' | 'lesson'>, b: Pick<Quiz, 'id' | 'kind' | 'lesson'>): number {
  const [ka, la] = rank(a);
  const [kb, lb] = rank(b);
  return ka - kb || la - lb || a.id.localeCompare(b.id);
}
