import 'server-only';
// "Edit" on one of the teacher's own row quizzes: the editor draft for it. An open draft already published as this
// quiz (made by an earlier Edit, or the draft the quiz was first published from) is the one that opens, so there
// is never a second draft of one quiz; otherwise a new draft is built from the quiz's current version. Another
// teacher's quiz, a shipped file and an unknown id are all "not found" (they are duplicated first, then edited).
import { getRowQuiz } from '@/lib/db/queries/content';
import { AppError } from '@/lib/errors';
import { createDraft, listDrafts, type Draft } from './drafts';
import { stateFromQuiz } from './from-quiz';

export async function openQuizDraft({ ownerId, quizId }: { ownerId: string; quizId: string }): Promise<Draft> {
  const found = await getRowQuiz({ quizId });
  if (!found || found.meta.ownerId !== ownerId) throw new AppError('not_found:quiz', 'quiz.notFound');
  const open = (await listDrafts({ ownerId })).find((d) => d.state.published?.quizId === quizId);
  if (open) return open;
  return createDraft({ ownerId, state: stateFromQuiz(found.quiz, found.article) });
}
