import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { QuizPlayer } from '@/components/quiz/quiz-player';
import { getArticle, getQuiz } from '@/lib/content';
import { listAnswersForStudent } from '@/lib/db/queries/answers';
import { startOrResumeAttempt } from '@/lib/db/queries/attempts';
import { getAssignmentForDevice } from '@/lib/db/queries/student-attempts';
import { isAppError } from '@/lib/errors';
import { feedbackNote, isReleased, savedAnswers } from '@/lib/quiz/assignment-view';
import { toPublicQuiz } from '@/lib/quiz/public';

export const metadata: Metadata = { title: 'Class quiz' };

type Props = { params: Promise<{ assignmentId: string }> };

export default async function AssignmentPage({ params }: Props) {
  const { assignmentId } = await params;
  const found = await getAssignmentForDevice({ assignmentId });
  if (!found) notFound();
  const { assignment, student } = found;
  if (!student) redirect(`/join/${assignment.code}`);
  const quiz = getQuiz(assignment.quizId);
  const article = quiz ? getArticle(quiz.article) : undefined;
  if (!quiz || !article) notFound();
  const maxScore = quiz.sections.reduce((n, s) => n + s.items.length, 0);

  let attempt;
  try {
    ({ attempt } = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore }));
  } catch (error) {
    if (!isAppError(error) || error.type !== 'forbidden') throw error;
    return (
      <>
        <h1>{quiz.title}</h1>
        <p className="notice">{error.message}</p>
        <p>
          <Link href={`/a/${assignment.id}/results`}>See what you handed in</Link>
        </p>
      </>
    );
  }
  const rows = await listAnswersForStudent({ studentId: student.id, attemptId: attempt.id });
  const released = isReleased(assignment, attempt);
  return (
    <>
      <p className="muted small">
        {found.className} · answering as <strong>{student.displayName}</strong>
      </p>
      <QuizPlayer
        quiz={toPublicQuiz(quiz)}
        article={article}
        mode={{
          storeKey: `claimcheck:attempt:${attempt.id}`,
          answerBase: `/api/attempts/${attempt.id}/items`,
          sequenced: true,
          seed: assignment.shuffle ? `attempt:${attempt.seed}` : null,
          feedbackNote: feedbackNote(assignment),
          resultsHref: `/a/${assignment.id}/results`,
          submitUrl: `/api/attempts/${attempt.id}/submit`,
          saved: savedAnswers(quiz, rows, released),
          ...(assignment.timeLimitMinutes !== null && attempt.deadlineAt && attempt.deadlineAt < assignment.dueAt
            ? { deadline: attempt.deadlineAt.toISOString() }
            : {}),
        }}
      />
    </>
  );
}
