import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Reward } from '@/components/ui/reward';
import type { Status } from '@/content/schema';
import { AssignmentReview } from '@/components/results/assignment-review';
import { ClaimMap } from '@/components/results/claim-map';
import { CorrectnessList } from '@/components/results/correctness-list';
import { ReviewItem } from '@/components/results/review-item';
import { SummaryView } from '@/components/results/summary-view';
import { MatrixChart } from '@/components/charts/matrix-chart';
import { listAnswersForStudent } from '@/lib/db/queries/answers';
import { latestAttempt } from '@/lib/db/queries/student-attempts';
import { isCorrectnessReleased, isReleased, savedAnswers } from '@/lib/quiz/assignment-view';
import { verdicts } from '@/lib/quiz/correctness';
import { loadAssignmentPage, loadAttemptQuiz } from '@/lib/quiz/load-assignment-page';
import { toPublicQuiz } from '@/lib/quiz/public';
import { summarize } from '@/lib/quiz/summary';
import { formatPoints } from '@/lib/quiz/points';
import { reviewSummary } from '@/components/results/review-summary';
import { assignmentScope } from '@/lib/quiz/id-scope';
import { statusMatrix, statusPairs } from '@/lib/reports/charts/status-matrix';
import { b, en } from '@/components/quiz/rich-tags';
import { time } from '@/components/quiz/time-tag';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('results'))('metaTitle') };
}

export default async function AssignmentResultsPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const [{ assignment, student }, t] = await Promise.all([loadAssignmentPage(params), getTranslations('results')]);
  const attempt = await latestAttempt({ studentId: student.id, assignmentId: assignment.id });
  if (!attempt) redirect(`/a/${assignment.id}`);
  // the results of the quiz as it was when this attempt started, whatever its author changed since
  const { quiz, article } = await loadAttemptQuiz(assignment.quizId, attempt.quizVersion);
  if (!attempt.submittedAt) {
    return (
      <>
        <h1>{t('notHandedIn.title')}</h1>
        <p>{t('notHandedIn.body')}</p>
        <a className="button" href={`/a/${assignment.id}`}>
          {t('notHandedIn.back')}
        </a>
      </>
    );
  }
  const submittedAt = attempt.submittedAt.toISOString();
  if (!isReleased(assignment, attempt) && isCorrectnessReleased(assignment, attempt)) {
    const rows = await listAnswersForStudent({ studentId: student.id, attemptId: attempt.id });
    return (
      <>
        <h1>{t('attempt.title', { n: attempt.number, of: assignment.attemptsAllowed })}</h1>
        <p role="status">{t.rich('attempt.body', { received: submittedAt, due: assignment.dueAt.toISOString(), time })}</p>
        <CorrectnessList verdicts={verdicts(quiz, rows)} />
        <a className="button" href={`/a/${assignment.id}`}>
          {t('attempt.back')}
        </a>
      </>
    );
  }
  if (!isReleased(assignment, attempt)) {
    return (
      <>
        <h1>{t('held.title')}</h1>
        <p role="status">{t.rich('held.body', { received: submittedAt, due: assignment.dueAt.toISOString(), time })}</p>
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
      <h1>{t.rich('title', { quiz: quiz.title, en })}</h1>
      <Reward title={t('reward.title')} text={t('reward.text')} />
      <p className="card" style={{ fontSize: '1.25rem' }}>
        {t.rich('scored', { score: formatPoints(summary.score), max: summary.max, b })}
      </p>
      <SummaryView summary={summary} items={new Map(items.map((i) => [i.id, i]))} />
      {/* released only (the checks above): the key of every classify question is in it */}
      {pairs.length > 0 ? <MatrixChart id="chart-said-vs-is" title={t('matrixTitle')} data={statusMatrix(pairs)} /> : null}
      <ClaimMap map={quiz.claimMap} chosen={chosen} />
      <h2>{t('byQuestion')}</h2>
      <ClientMessages namespaces={['quiz', 'results', 'items.player']}>
        {items.map((item, n) => {
          const f = saved[item.id]?.feedback;
          return (
            <ReviewItem key={item.id} id={`review-${item.id}`} summary={reviewSummary(t, n, item.prompt, f?.grade.score)}>
              {f ? (
                <AssignmentReview
                  item={item}
                  feedback={f}
                  article={article}
                  ratingUrl={`/api/attempts/${attempt.id}/items/${item.id}/rating`}
                />
              ) : null}
            </ReviewItem>
          );
        })}
      </ClientMessages>
    </>
  );
}
