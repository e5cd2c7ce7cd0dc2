'use client';
import { startTransition, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslations } from '#i18n/use-translations';
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
import { formatPoints } from '@/lib/quiz/points';
import { reviewSummary } from './review-summary';
import { SummaryView } from './summary-view';
import { Reward } from '@/components/ui/reward';
import { b } from '@/components/quiz/rich-tags';

type Results = { summary: QuizSummary; feedback: ItemFeedback[]; claimMap: Quiz['claimMap'] | null };

/** The server action that renders the "what you said against what it is" matrix for these answers. */
export type MatrixAction = (form: FormData) => Promise<ReactNode>;

function Results({ quiz, article, matrix }: { quiz: PublicQuiz; article: Article; matrix: MatrixAction }) {
  const t = useTranslations('results');
  // the matrix once its action has answered (its node, or null when it failed): the page shows with it or without it,
  // never before it, so its arrival cannot push the reviews down under a reader's eyes
  const [chart, setChart] = useState<{ node: ReactNode } | null>(null);
  const hydrated = useQuizHydrated();
  const answers = useQuizStore((s) => s.answers);
  const goTo = useQuizStore((s) => s.goTo);
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState<string | null>(null);
  const items = useMemo(() => quiz.sections.flatMap((s) => s.items), [quiz]);
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);

  // strings, not `t`, in the effect: it reruns only when the answers change
  const failedText = t('failed');
  const unreachableText = t('unreachable');
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
        const failed = res.ok ? null : await readApiError(res, failedText);
        const body = failed ? null : ((await res.json()) as Results);
        if (!live) return;
        if (failed) setError(failed.message);
        // a transition: React renders the 38 reviews in slices and lets the phone answer taps between them, instead
        // of one task of a quarter second at 4 × CPU slowdown (the results page's blocking time, docs/benchmarks.md)
        else startTransition(() => setResults(body));
      })
      .catch(() => live && setError(unreachableText));
    // the matrix is extra: without it (offline, a fault) the rest of the results still stands
    const form = new FormData();
    form.set('quizId', quiz.id);
    form.set('answers', JSON.stringify(answers));
    matrix(form)
      .then(
        (node) => live && startTransition(() => setChart({ node })),
        () => live && setChart({ node: null }),
      );
    return () => {
      live = false;
    };
  }, [hydrated, answers, quiz.id, matrix, failedText, unreachableText]);

  if (!hydrated || ((!results || !chart) && !error))
    return (
      // a screen tall while it works, so the footer starts below the fold and the long results do not push it (a layout
      // shift of 0.1 in one run of three, measured by npm run lighthouse)
      <p aria-live="polite" style={{ minBlockSize: '100svh' }}>
        {t('working')}
      </p>
    );
  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  if (!results) return null;
  const { summary } = results;
  const unanswered = items.filter((i) => !answers[i.id]);
  const chosen: Record<string, Status | undefined> = {};
  for (const [id, a] of Object.entries(answers)) if (a.response.type === 'classify') chosen[id] = a.response.status;
  const feedbackById = new Map(results.feedback.map((f) => [f.itemId, f]));

  return (
    <>
      {unanswered.length === 0 ? <Reward title={t('reward.title')} text={t('reward.text')} /> : null}
      <p className="card" style={{ fontSize: '1.25rem' }}>
        {t.rich('scored', { score: formatPoints(summary.score), max: summary.max, b })}
        {summary.pending > 0 ? ` ${t('pending', { count: summary.pending })}` : ''}
      </p>
      {unanswered.length > 0 ? (
        <div className="notice">
          <p>{t('unanswered', { count: unanswered.length })}</p>
          <a
            className="button secondary"
            href={`/quiz/${quiz.id}/play`}
            onClick={() => goTo(items.findIndex((i) => i.id === unanswered[0]?.id))}
          >
            {t('answerFirst')}
          </a>
        </div>
      ) : null}
      <h2>{t('bySection')}</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('section')}</th>
              <th scope="col">{t('points')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.sections.map((s) => (
              <tr key={s.id}>
                <td lang="en" dir="ltr">{s.title}</td>
                <td>{t('pointsOf', { score: formatPoints(s.score), max: s.max })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SummaryView summary={summary} items={byId} />
      {chart?.node}
      {results.claimMap ? <ClaimMap map={results.claimMap} chosen={chosen} /> : <p className="muted">{t('mapLater')}</p>}
      <h2>{t('byQuestion')}</h2>
      {items.map((item, n) => {
        const f = feedbackById.get(item.id);
        return (
          <ReviewItem key={item.id} id={`review-${item.id}`} summary={reviewSummary(t, n, item.prompt, f?.grade.score)}>
            {f ? <FeedbackView item={item} feedback={f} article={article} headingId={`review-h-${item.id}`} /> : null}
          </ReviewItem>
        );
      })}
      <div className="actions">
        <a className="button secondary" href={`/quiz/${quiz.id}`}>
          {t('backToQuiz')}
        </a>
        <StartOver onDone={() => window.location.assign(`/quiz/${quiz.id}`)} />
      </div>
    </>
  );
}

export function PracticeResults({ quiz, article, matrix }: { quiz: PublicQuiz; article: Article; matrix: MatrixAction }) {
  const items = quiz.sections.flatMap((s) => s.items);
  return (
    <QuizStoreProvider quizId={quiz.id} itemCount={items.length} keep={(saved) => dropStale(saved, items)}>
      <Results quiz={quiz} article={article} matrix={matrix} />
    </QuizStoreProvider>
  );
}
