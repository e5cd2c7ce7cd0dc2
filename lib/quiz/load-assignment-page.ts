import 'server-only';
// Shared loading for the student's assignment pages: this device's student, the assignment and its quiz (at the
// version of `attempt` when given, else the current one), or a 404 / a redirect to the join page.
import { notFound, redirect } from 'next/navigation';
import { loadQuiz } from '@/lib/content';
import { getAssignmentForDevice } from '@/lib/db/queries/student-attempts';

export async function loadAssignmentPage(params: Promise<{ assignmentId: string }>) {
  const { assignmentId } = await params;
  const found = await getAssignmentForDevice({ assignmentId });
  if (!found) notFound();
  const { assignment, student, className } = found;
  if (!student) redirect(`/join/${assignment.code}`);
  const loaded = await loadQuiz(assignment.quizId);
  if (!loaded) notFound();
  return { assignment, student, className, quiz: loaded.quiz, article: loaded.article, quizVersion: loaded.version };
}

/** The quiz at the version an attempt started on (a later edit of a teacher's quiz never changes it), or a 404. */
export async function loadAttemptQuiz(quizId: string, quizVersion: number) {
  const loaded = await loadQuiz(quizId, quizVersion);
  if (!loaded) notFound();
  return loaded;
}
