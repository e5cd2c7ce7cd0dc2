'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Link from 'next/link';
import type { Article } from '@/content/schema';
import { ArticleText } from '@/components/article/article-text';
import { draftToResponse } from '@/lib/quiz/draft';
import type { PublicQuiz } from '@/lib/quiz/public';
import type { Response } from '@/lib/quiz/responses';
import { ConfidencePicker } from './confidence-picker';
import { FeedbackView, verdict } from './feedback/feedback-view';
import { ItemInput } from './item-input';
import { QuizStoreProvider, useQuizHydrated, useQuizStore } from './quiz-store-provider';
import { StartOver } from './start-over';
import { Stimuli } from './stimuli';
import { useSubmitAnswer } from './use-submit-answer';

interface PlayerProps {
  quiz: PublicQuiz;
  article: Article;
}

function Player({ quiz, article }: PlayerProps) {
  const items = useMemo(
    () => quiz.sections.flatMap((section) => section.items.map((item, i) => ({ item, section, indexInSection: i }))),
    [quiz],
  );
  const hydrated = useQuizHydrated();
  const position = useQuizStore((s) => s.position);
  const seed = useQuizStore((s) => s.seed);
  const goTo = useQuizStore((s) => s.goTo);
  const setDraft = useQuizStore((s) => s.setDraft);
  const setConfidence = useQuizStore((s) => s.setConfidence);
  const answeredCount = useQuizStore((s) => Object.keys(s.answers).length);
  const current = items[Math.min(position, items.length - 1)];
  const itemId = current?.item.id ?? '';
  const draft = useQuizStore((s) => s.drafts[itemId]);
  const confidence = useQuizStore((s) => s.confidence[itemId]);
  const feedback = useQuizStore((s) => s.feedback[itemId]);
  const answerUrl = useCallback((id: string) => `/api/practice/${quiz.id}/items/${id}`, [quiz.id]);
  const { state, submit } = useSubmitAnswer(answerUrl);
  const [missing, setMissing] = useMissing(itemId);

  const promptRef = useRef<HTMLHeadingElement>(null);
  const lastPosition = useRef<number | null>(null);
  useEffect(() => {
    // move focus to the new question, but not on first load: the page's own start is the right place then
    if (hydrated && lastPosition.current !== null && lastPosition.current !== position) promptRef.current?.focus();
    if (hydrated) lastPosition.current = position;
  }, [hydrated, position]);

  if (!hydrated || !current) {
    return <p aria-live="polite">Loading your quiz…</p>;
  }
  const { item, section, indexInSection } = current;
  const isLast = position === items.length - 1;
  const needsConfidence = item.type !== 'written';
  const labelId = `prompt-${item.id}`;
  const feedbackId = `feedback-${item.id}`;

  async function check(response?: Response) {
    const built = response ? { response } : draftToResponse(item, draft);
    if ('missing' in built) return setMissing(built.missing);
    if (needsConfidence && !confidence) return setMissing('Choose how sure you are first.');
    setMissing(null);
    const ok = await submit(item.id, needsConfidence ? { response: built.response, confidence } : { response: built.response });
    if (ok) requestAnimationFrame(() => document.getElementById(feedbackId)?.focus());
  }

  const announcement = feedback ? `${verdict(feedback.grade.score, feedback.grade.pending).text}. Feedback below.` : '';
  return (
    <>
      <div className="progress">
        <span>
          Section {quiz.sections.indexOf(section) + 1} of {quiz.sections.length}: {section.title} ({indexInSection + 1} of{' '}
          {section.items.length})
        </span>
        <span>
          {answeredCount} of {items.length} answered
        </span>
      </div>
      <progress max={items.length} value={answeredCount} aria-label={`${answeredCount} of ${items.length} answered`} />
      {indexInSection === 0 && section.intro ? <p className="muted">{section.intro}</p> : null}
      <p className="muted small" style={{ margin: '1rem 0 0' }}>
        Question {position + 1} of {items.length}
      </p>
      <h1 id={labelId} ref={promptRef} tabIndex={-1}>
        {item.prompt}
      </h1>
      <Stimuli stimulus={item.stimulus} />
      <ItemInput
        key={item.id}
        item={item}
        draft={draft}
        setDraft={(d) => setDraft(item.id, d)}
        locked={Boolean(feedback)}
        seed={seed}
        labelId={labelId}
      />
      {needsConfidence ? (
        <ConfidencePicker itemId={item.id} value={confidence} onChange={(c) => setConfidence(item.id, c)} locked={Boolean(feedback)} />
      ) : null}
      {!feedback ? (
        <div className="actions">
          <button type="button" onClick={() => void check()} disabled={state.status === 'sending'} aria-describedby={`${item.id}-problem`}>
            {state.status === 'sending' ? 'Checking…' : 'Check answer'}
          </button>
        </div>
      ) : null}
      <div id={`${item.id}-problem`} role="alert" className="error">
        {missing ?? (state.status === 'error' ? state.message : '')}
      </div>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
      {feedback ? (
        <FeedbackView
          key={item.id}
          item={item}
          feedback={feedback}
          article={article}
          headingId={feedbackId}
          resubmit={(response) => check(response)}
        />
      ) : null}
      <nav className="question-nav" aria-label="Questions">
        <button type="button" className="secondary" onClick={() => goTo(position - 1)} disabled={position === 0}>
          Previous question
        </button>
        {isLast ? (
          <Link className="button" href={`/quiz/${quiz.id}/results`}>
            See your results
          </Link>
        ) : (
          <button type="button" className={feedback ? undefined : 'secondary'} onClick={() => goTo(position + 1)}>
            {feedback ? 'Next question' : 'Skip for now'}
          </button>
        )}
      </nav>
      <section aria-labelledby="article-heading" className="article-panel">
        <h2 id="article-heading">The article</h2>
        <ArticleText article={article} highlight={feedback ? feedback.sentences : []} />
      </section>
      <div className="actions no-print">
        <StartOver onDone={() => promptRef.current?.focus()} />
      </div>
    </>
  );
}

// A "choose an answer first" message belongs to one question: it clears when the question changes.
function useMissing(itemId: string): [string | null, (message: string | null) => void] {
  const [state, setState] = useState<{ itemId: string; message: string | null }>({ itemId, message: null });
  return [state.itemId === itemId ? state.message : null, (message) => setState({ itemId, message })];
}

export function QuizPlayer(props: PlayerProps) {
  const count = props.quiz.sections.reduce((n, s) => n + s.items.length, 0);
  return (
    <QuizStoreProvider quizId={props.quiz.id} itemCount={count}>
      <Player {...props} />
    </QuizStoreProvider>
  );
}
