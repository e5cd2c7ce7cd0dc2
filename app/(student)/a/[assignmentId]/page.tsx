import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { CLASS_PLAYER_NAMESPACES } from '@/components/quiz/player-namespaces';
import { itemGlossary } from '@/components/glossary/item-glossary';
import { QuizPlayer } from '@/components/quiz/quiz-player';
import { listAnswersForStudent } from '@/lib/db/queries/answers';
import { startOrResumeAttempt } from '@/lib/db/queries/attempts';
import { isAppError } from '@/lib/errors';
import { loadAssignmentPage, loadAttemptQuiz } from '@/lib/quiz/load-assignment-page';
import { feedbackNote, isReleased, savedAnswers } from '@/lib/quiz/assignment-view';
import { toPublicQuiz } from '@/lib/quiz/public';
import { assignmentScope } from '@/lib/quiz/id-scope';
import { b } from '@/components/quiz/rich-tags';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('student.assignment'))('title') };
}

type Props = { params: Promise<{ assignmentId: string }> };

export default async function AssignmentPage({ params }: Props) {
  const [current, t] = await Promise.all([loadAssignmentPage(params), getTranslations('student')]);
  const { assignment, student, className } = current;
  const maxScore = current.quiz.sections.reduce((n, s) => n + s.items.length, 0);

  let attempt;
  try {
    ({ attempt } = await startOrResumeAttempt({
      studentId: student.id,
      assignmentId: assignment.id,
      maxScore,
      quizVersion: current.quizVersion,
    }));
  } catch (error) {
    if (!isAppError(error) || error.type !== 'forbidden') throw error;
    return (
      <>
        <h1 lang="en" dir="ltr">{current.quiz.title}</h1>
        <p className="notice">{error.message}</p>
        <p>
          <a href={`/a/${assignment.id}/results`}>{t('assignment.seeHandedIn')}</a>
        </p>
      </>
    );
  }
  // a resumed attempt keeps the version it started on, even if its author has saved a new one since
  const { quiz, article } =
    attempt.quizVersion === current.quizVersion ? current : await loadAttemptQuiz(assignment.quizId, attempt.quizVersion);
  const rows = await listAnswersForStudent({ studentId: student.id, attemptId: attempt.id });
  const released = isReleased(assignment, attempt);
  const publicQuiz = toPublicQuiz(quiz, assignmentScope(assignment));
  const note = feedbackNote(assignment);
  return (
    <>
      <p className="muted small">{t.rich('assignment.answeringAs', { className, name: student.displayName, b })}</p>
      <ClientMessages namespaces={CLASS_PLAYER_NAMESPACES}>
        <QuizPlayer
          quiz={publicQuiz}
          article={article}
          glossary={itemGlossary(publicQuiz)}
          mode={{
            storeKey: `claimcheck:attempt:${attempt.id}`,
            answerBase: `/api/attempts/${attempt.id}/items`,
            sequenced: true,
            seed: assignment.shuffle ? `attempt:${attempt.seed}` : null,
            feedbackNote: note ? t(`feedbackNote.${note}`) : null,
            resultsHref: `/a/${assignment.id}/results`,
            submitUrl: `/api/attempts/${attempt.id}/submit`,
            leave: { classId: assignment.classId, name: student.displayName },
            saved: savedAnswers(quiz, rows, released, assignmentScope(assignment)),
            ...(assignment.timeLimitMinutes !== null && attempt.deadlineAt && attempt.deadlineAt < assignment.dueAt
              ? { deadline: attempt.deadlineAt.toISOString() }
              : {}),
          }}
        />
      </ClientMessages>
    </>
  );
}
