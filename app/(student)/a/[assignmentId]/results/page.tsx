import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import type { Status } from '@/content/schema';
import { ClientMessages } from '@/components/i18n/client-messages';
import { AssignmentReview } from '@/components/results/assignment-review';
import { ClaimMap } from '@/components/results/claim-map';
import { CorrectnessList } from '@/components/results/correctness-list';
import { ReviewItem } from '@/components/results/review-item';
import { SummaryView } from '@/components/results/summary-view';
import { MatrixChart } from '@/components/charts/matrix-chart';
import { LocalTime } from '@/components/teacher/local-time';
import { listAnswersForStudent } from '@/lib/db/queries/answers';
import { latestAttempt } from '@/lib/db/queries/student-attempts';
import { isCorrectnessReleased, isReleased, savedAnswers } from '@/lib/quiz/assignment-view';
import { verdicts } from '@/lib/quiz/correctness';
import { loadAssignmentPage, loadAttemptQuiz } from '@/lib/quiz/load-assignment-page';
import { toPublicQuiz } from '@/lib/quiz/public';
import { summarize } from '@/lib/quiz/summary';
import { formatItemPoints, formatPoints } from '@/lib/quiz/points';
import { assignmentScope } from '@/lib/quiz/id-scope';
import { statusMatrix, statusPairs } from '@/lib/reports/charts/status-matrix';

export const metadata: Metadata = { title: 'Your results' };

export default async function AssignmentResultsPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignment, student } = await loadAssignmentPage(params);
  const attempt = await latestAttempt({ studentId: student.id, assignmentId: assignment.id });
  if (!attempt) redirect(`/a/${assignment.id}`);
  // the results of the quiz as it was when this attempt started, whatever its author changed since
  const { quiz, article } = await loadAttemptQuiz(assignment.quizId, attempt.quizVersion);
  if (!attempt.submittedAt) {
    return (
      <>
        <h1>Not handed in yet</h1>
        <p>Your answers are saved, but you have not handed them in.</p>
        <Link className="button" href={`/a/${assignment.id}`}>
          Back to the questions
        </Link>
      </>
    );
  }
  if (!isReleased(assignment, attempt) && isCorrectnessReleased(assignment, attempt)) {
    const rows = await listAnswersForStudent({ studentId: student.id, attemptId: attempt.id });
    return (
      <>
        <h1>Handed in: attempt {attempt.number} of {assignment.attemptsAllowed}</h1>
        <p role="status">
          We received your answers at <LocalTime iso={attempt.submittedAt.toISOString()} />. Here is which questions
          were right. The answers and explanations come after your last attempt is handed in or after the due date,{' '}
          <LocalTime iso={assignment.dueAt.toISOString()} />.
        </p>
        <CorrectnessList verdicts={verdicts(quiz, rows)} />
        <Link className="button" href={`/a/${assignment.id}`}>
          Back to the quiz
        </Link>
      </>
    );
  }
  if (!isReleased(assignment, attempt)) {
    return (
      <>
        <h1>Handed in</h1>
        <p role="status">
          We received your answers at <LocalTime iso={attempt.submittedAt.toISOString()} />. Your teacher has chosen to
          release feedback and scores after the due date, <LocalTime iso={assignment.dueAt.toISOString()} />. Come back
          then to see how you did.
        </p>
      </>
    );
  }
  const rows = await listAnswersForStudent({ studentId: student.id, attemptId: attempt.id });
  const saved = savedAnswers(quiz, rows, true, assignmentScope(assignment));
  const items = toPublicQuiz(quiz, assignmentScope(assignment)).sections.flatMap((s) => s.items);
  const graded = Object.entries(saved).flatMap(([itemId, s]) =>
    s.feedback ? [{ itemId, grade: s.feedback.grade, confidence: s.answer.confidence }] : [],
  );
  const summary = summarize(quiz, graded);
  const pairs = statusPairs(quiz, rows);
  const chosen: Record<string, Status | undefined> = {};
  for (const [id, s] of Object.entries(saved)) if (s.answer.response.type === 'classify') chosen[id] = s.answer.response.status;
  return (
    <>
      <h1>Your results: {quiz.title}</h1>
      <p className="card" style={{ fontSize: '1.25rem' }}>
        You scored <strong>{formatPoints(summary.score)}</strong> out of {summary.max} points.
      </p>
      <SummaryView summary={summary} items={new Map(items.map((i) => [i.id, i]))} />
      {/* released only (the checks above): the key of every classify question is in it */}
      {pairs.length > 0 ? <MatrixChart id="chart-said-vs-is" title="What you said against what it is" data={statusMatrix(pairs)} /> : null}
      <ClaimMap map={quiz.claimMap} chosen={chosen} />
      <h2>Question by question</h2>
      {items.map((item, n) => {
        const f = saved[item.id]?.feedback;
        return (
          <ReviewItem key={item.id} id={`review-${item.id}`} summary={`${n + 1}. ${item.prompt} — ${f ? `${formatItemPoints(f.grade.score)} of 1` : 'not answered'}`}>
            {f ? (
              <ClientMessages namespaces={['items.player']}>
                <AssignmentReview item={item} feedback={f} article={article} ratingUrl={`/api/attempts/${attempt.id}/items/${item.id}/rating`} />
              </ClientMessages>
            ) : null}
          </ReviewItem>
        );
      })}
    </>
  );
}
