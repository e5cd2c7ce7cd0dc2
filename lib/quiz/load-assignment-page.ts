import 'server-only';
// Shared loading for the student's assignment pages: this device's student, the assignment and its quiz,
// or a 404 / a redirect to the join page.
import { notFound, redirect } from 'next/navigation';
import { getArticle, getQuiz } from '@/lib/content';
import { getAssignmentForDevice } from '@/lib/db/queries/student-attempts';

export async function loadAssignmentPage(params: Promise<{ assignmentId: string }>) {
  const { assignmentId } = await params;
  const found = await getAssignmentForDevice({ assignmentId });
  if (!found) notFound();
  const { assignment, student, className } = found;
  if (!student) redirect(`/join/${assignment.code}`);
  const quiz = getQuiz(assignment.quizId);
  const article = quiz ? getArticle(quiz.article) : undefined;
  if (!quiz || !article) notFound();
  return { assignment, student, className, quiz, article };
}
