'use client';
import { useEffect, useMemo, useState } from 'react';
import Link from 'next/link';
import type { Article, Quiz, Status } from '@/content/schema';
import { readApiError } from '@/lib/api-error';
import type { ItemFeedback } from '@/lib/quiz/feedback';
import type { PublicQuiz } from '@/lib/quiz/public';
import type { QuizSummary } from '@/lib/quiz/summary';
import { FeedbackView } from '@/components/quiz/feedback/feedback-view';
import { dropStale } from '@/components/quiz/stale-answers';
import { QuizStoreProvider, useQuizHydrated, useQuizStore } from '@/components/quiz/quiz-store-provider';
import { StartOver } from '@/components/quiz/start-over';
import { ClaimMap } from './claim-map';
import { ReviewItem } from './review-item';
import { formatItemPoints, formatPoints } from '@/lib/quiz/points';
import { SummaryView } from './summary-view';

type Results = { summary: QuizSummary; feedback: ItemFeedback[]; claimMap: Quiz['claimMap'] | null };

function Results({ quiz, article }: { quiz: PublicQuiz; article: Article }) {
  const hydrated = useQuizHydrated();
  const answers = useQuizStore((s) => s.answers);
  const goTo = useQuizStore((s) => s.goTo);
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState<string | null>(null);
  const items = useMemo(() => quiz.sections.flatMap((s) => s.items), [quiz]);
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);

  useEffect(() => {
    if (!hydrated) return;
    let live = true;
    // scoring happens on the server, from the answers this device holds
    fetch(`/api/practice/${quiz.id}/results`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ answers }),
    })
      .then(async (res) => {
        const failed = res.ok ? null : await readApiError(res, 'Your results could not be worked out.');
        const body = failed ? null : ((await res.json()) as Results);
        if (!live) return;
        if (failed) setError(failed.message);
        else setResults(body);
      })
      .catch(() => live && setError('Could not reach the server to work out your results. Your answers are safe on this device: reload to try again.'));
    return () => {
      live = false;
    };
  }, [hydrated, answers, quiz.id]);

  if (!hydrated || (!results && !error)) return <p aria-live="polite">Working out your results…</p>;
  if (error) return <p role="alert" className="error">{error}</p>;
  if (!results) return null;
  const { summary } = results;
  const unanswered = items.filter((i) => !answers[i.id]);
  const chosen: Record<string, Status | undefined> = {};
  for (const [id, a] of Object.entries(answers)) if (a.response.type === 'classify') chosen[id] = a.response.status;
  const feedbackById = new Map(results.feedback.map((f) => [f.itemId, f]));

  return (
    <>
      <p className="card" style={{ fontSize: '1.25rem' }}>
        You scored <strong>{formatPoints(summary.score)}</strong> out of {summary.max} points.
        {summary.pending > 0 ? ` ${summary.pending} written answer(s) still need your rating.` : ''}
      </p>
      {unanswered.length > 0 ? (
        <div className="notice">
          <p>
            You have {unanswered.length} unanswered {unanswered.length === 1 ? 'question' : 'questions'}; they count as
            zero.
          </p>
          <Link
            className="button secondary"
            href={`/quiz/${quiz.id}/play`}
            onClick={() => goTo(items.findIndex((i) => i.id === unanswered[0]?.id))}
          >
            Answer the first one now
          </Link>
        </div>
      ) : null}
      <h2>By section</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col">Points</th>
            </tr>
          </thead>
          <tbody>
            {summary.sections.map((s) => (
              <tr key={s.id}>
                <td>{s.title}</td>
                <td>
                  {formatPoints(s.score)} of {s.max}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SummaryView summary={summary} items={byId} />
      {results.claimMap ? <ClaimMap map={results.claimMap} chosen={chosen} /> : <p className="muted">Answer every question to see the map of who claims what.</p>}
      <h2>Question by question</h2>
      {items.map((item, n) => {
        const f = feedbackById.get(item.id);
        return (
          <ReviewItem key={item.id} id={`review-${item.id}`} summary={`${n + 1}. ${item.prompt} — ${f ? `${formatItemPoints(f.grade.score)} of 1` : 'not answered'}`}>
            {f ? <FeedbackView item={item} feedback={f} article={article} headingId={`review-h-${item.id}`} /> : null}
          </ReviewItem>
        );
      })}
      <div className="actions">
        <Link className="button secondary" href={`/quiz/${quiz.id}`}>
          Back to the quiz page
        </Link>
        <StartOver onDone={() => window.location.assign(`/quiz/${quiz.id}`)} />
      </div>
    </>
  );
}

export function PracticeResults({ quiz, article }: { quiz: PublicQuiz; article: Article }) {
  const items = quiz.sections.flatMap((s) => s.items);
  return (
    <QuizStoreProvider quizId={quiz.id} itemCount={items.length} keep={(saved) => dropStale(saved, items)}>
      <Results quiz={quiz} article={article} />
    </QuizStoreProvider>
  );
}
