import 'server-only';
// Public practice serves only quizzes whose file says `use: practice`. An assessment quiz is never listed and every
// practice page and API answers 404 for it, as for a quiz that does not exist: its items are graded only inside an
// assignment, where the answer key waits for the teacher's release.
import type { Quiz } from '@/content/schema';
import { getQuiz, listQuizzes } from './index';

export function getPracticeQuiz(id: string): Quiz | undefined {
  const quiz = getQuiz(id);
  return quiz?.use === 'practice' ? quiz : undefined;
}

export function listPracticeQuizzes(): Quiz[] {
  return listQuizzes().filter((q) => q.use === 'practice');
}
