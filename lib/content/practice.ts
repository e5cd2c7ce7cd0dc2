import 'server-only';
// Public practice serves only quizzes whose file says `use: practice`. An assessment quiz is never listed and every
// practice page and API answers 404 for it, as for a quiz that does not exist: its items are graded only inside an
// assignment, where the answer key waits for the teacher's release. A teacher's row quiz is practice only once its
// author has published it with `use: practice` (they chose to make its key public); it is not listed.
import type { Quiz } from '@/content/schema';
import { getRowQuiz } from '@/lib/db/queries/content';
import { loadQuiz, listQuizzes, type LoadedQuiz } from './index';
import { isRowQuizId } from './row-ids';

export async function loadPracticeQuiz(id: string): Promise<LoadedQuiz | undefined> {
  if (isRowQuizId(id)) {
    const row = await getRowQuiz({ quizId: id });
    if (!row || row.meta.status !== 'published' || row.quiz.use !== 'practice') return undefined;
    return { quiz: row.quiz, article: row.article, version: row.version, origin: 'row' };
  }
  const loaded = await loadQuiz(id);
  return loaded?.quiz.use === 'practice' ? loaded : undefined;
}

export async function getPracticeQuiz(id: string): Promise<Quiz | undefined> {
  return (await loadPracticeQuiz(id))?.quiz;
}

export function listPracticeQuizzes(): Quiz[] {
  return listQuizzes().filter((q) => q.use === 'practice');
}
