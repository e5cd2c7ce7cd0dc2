import 'server-only';
// Publishing a teacher's quiz: the full check (schema, content check, coverage and the quality lint) runs again on
// the version being published, so a quiz saved before a rule was added, or a row changed by hand, is never made
// assignable unchecked. Only its owner may publish or unpublish it; anyone else gets not found.
import { checkQuiz } from '@/lib/content/check';
import { AppError } from '@/lib/errors';
import type { ContentQuizRow } from '../schema';
import { ContentCheckError, getRowQuiz, setQuizStatus } from './content';

export async function publishQuiz({ ownerId, quizId }: { ownerId: string; quizId: string }): Promise<ContentQuizRow> {
  const found = await getRowQuiz({ quizId });
  if (!found || found.meta.ownerId !== ownerId) throw new AppError('not_found:quiz', 'quiz.notFound');
  const checked = checkQuiz(found.quiz, found.article);
  if (!checked.ok) throw new ContentCheckError(checked.problems);
  return setQuizStatus({ ownerId, quizId, status: 'published' });
}

export async function unpublishQuiz({ ownerId, quizId }: { ownerId: string; quizId: string }): Promise<ContentQuizRow> {
  return setQuizStatus({ ownerId, quizId, status: 'draft' });
}
