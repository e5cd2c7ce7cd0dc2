'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslations } from '#i18n/use-translations';
import type { Article } from '@/content/schema';
import { ArticleText } from '@/components/article/article-text';
import { draftToResponse } from '@/question-types/inputs';
import type { PublicQuiz } from '@/lib/quiz/public';
import type { Response } from '@/lib/quiz/responses';
import { ConfidencePicker } from './confidence-picker';
import { FeedbackView, useVerdict } from './feedback/feedback-view';
import { ItemInput } from './item-input';
import { dropStale } from './stale-answers';
import { serverStart } from './server-start';
import { QuizStoreProvider, useQuizHydrated, useQuizStore } from './quiz-store-provider';
import { StartOver } from './start-over';
import { Stimuli } from './stimuli';
import { GlossaryList, type GlossaryEntry } from '@/components/glossary/glossary-list';
import { OfflineSupport } from './offline-support';
import { SaveStatus, SyncNotice } from './sync-banner';
import { TimeLeft } from './time-left';
import { LeaveClass } from './leave-class';
import { useAnswerSync } from './use-answer-sync';
import { HandIn } from './hand-in';
import type { ItemFeedback } from '@/lib/quiz/feedback';
import type { Answer } from '@/lib/quiz/responses';
import { en } from './rich-tags';

/** How answers travel: practice checks at once; an assignment saves to the attempt and may hold feedback back. */
export interface PlayerMode {
  storeKey?: string;
  answerBase: string; // POST `${answerBase}/${itemId}`
  sequenced: boolean; // send clientSeq (assignment saves)
  seed?: string | null; // fixed option-order seed; null: no shuffling; absent: this device's own seed
  feedbackNote: string | null; // shown after a save when feedback is held back
  resultsHref: string;
  submitUrl?: string; // hand in
  deadline?: string; // a timed attempt's end (ISO): a countdown, and the hand-in when it runs out
  saved?: Record<string, { answer: Answer; feedback?: ItemFeedback }>;
  leave?: { classId: string; name: string }; // a shared computer: leave the class on this device
  resultsLabel?: string; // the last question's link to resultsHref (default: "See your results")
  // a teacher's preview: the answers and feedback (which show the key) stay in this tab only, and no offline copy
  preview?: boolean;
}

interface PlayerProps {
  quiz: PublicQuiz;
  article: Article;
  mode?: PlayerMode;
  glossary: Record<string, GlossaryEntry[]>; // item id → its words to know (components/glossary/item-glossary.ts)
  // practice: the option-order seed the server renders with, kept as this device's seed unless it already has one
  firstSeed?: string;
}

const practiceMode = (quizId: string): PlayerMode => ({
  answerBase: `/api/practice/${quizId}/items`,
  sequenced: false,
  feedbackNote: null,
  resultsHref: `/quiz/${quizId}/results`,
});

function Player({ quiz, article, mode, glossary }: PlayerProps & { mode: PlayerMode }) {
  const items = useMemo(
    () => quiz.sections.flatMap((section) => section.items.map((item, i) => ({ item, section, indexInSection: i }))),
    [quiz],
  );
  const t = useTranslations('quiz.player');
  const verdictOf = useVerdict();
  const hydrated = useQuizHydrated();
  const position = useQuizStore((s) => s.position);
  const deviceSeed = useQuizStore((s) => s.seed);
  const seed = mode.seed === undefined ? deviceSeed : mode.seed;
  const mergeServerAnswers = useQuizStore((s) => s.mergeServerAnswers);
  useEffect(() => {
    if (hydrated && mode.saved) mergeServerAnswers(mode.saved);
  }, [hydrated, mode.saved, mergeServerAnswers]);
  const goTo = useQuizStore((s) => s.goTo);
  const setDraft = useQuizStore((s) => s.setDraft);
  const setConfidence = useQuizStore((s) => s.setConfidence);
  const answeredCount = useQuizStore((s) => Object.keys(s.answers).length);
  const current = items[Math.min(position, items.length - 1)];
  const itemId = current?.item.id ?? '';
  const draft = useQuizStore((s) => s.drafts[itemId]);
  const confidence = useQuizStore((s) => s.confidence[itemId]);
  const feedback = useQuizStore((s) => s.feedback[itemId]);
  const saved = useQuizStore((s) => Boolean(s.answers[itemId]));
  const pending = useQuizStore((s) => s.outbox.some((p) => p.itemId === itemId));
  const enqueue = useQuizStore((s) => s.enqueue);
  const sync = useAnswerSync({
    answerBase: mode.answerBase,
    sequenced: mode.sequenced,
    submitUrl: mode.submitUrl,
    onHandedIn: () => window.location.assign(mode.resultsHref),
  });
  const [missing, setMissing] = useMissing(itemId, draft, confidence);
  const tMissing = useTranslations('items.player.missing');
  const queueHandIn = useQuizStore((s) => s.queueHandIn);
  const expire = useCallback(() => queueHandIn(true), [queueHandIn]);

  // when the feedback for the question just answered arrives, take the reader to it
  const awaitingFeedback = useRef<string | null>(null);
  useEffect(() => {
    if (feedback && awaitingFeedback.current === itemId) {
      awaitingFeedback.current = null;
      // the verdict takes focus, and the feedback's start goes to the top so its explanation is in view below it
      requestAnimationFrame(() => {
        const heading = document.getElementById(`feedback-${itemId}`);
        heading?.focus({ preventScroll: true });
        heading?.closest('section')?.scrollIntoView({ block: 'start' });
      });
    }
  }, [feedback, itemId]);

  const promptRef = useRef<HTMLHeadingElement>(null);
  const lastPosition = useRef<number | null>(null);
  useEffect(() => {
    // move focus to the new question, but not on first load: the page's own start is the right place then
    if (hydrated && lastPosition.current !== null && lastPosition.current !== position) promptRef.current?.focus();
    if (hydrated) lastPosition.current = position;
  }, [hydrated, position]);

  // The question is rendered on the server (the position in the store's start, from QuizPlayer) so it is on screen at
  // first paint. Until this device's copy is read (hydrated) every control is disabled: a click or a keystroke before
  // then would be lost when the copy is laid over the store. Then the store may move to the device's own position;
  // focus stays where the page put it, as on any first load (the effect above).
  if (!current) return null;
  const waiting = !hydrated;
  const { item, section, indexInSection } = current;
  const isLast = position === items.length - 1;
  const feedbackNow = mode.feedbackNote === null;
  // with feedback per question an answer is final once given; otherwise it can change until handed in
  const done = Boolean(feedback) || (feedbackNow && saved);
  const needsConfidence = item.type !== 'written';
  const labelId = `prompt-${item.id}`;
  const feedbackId = `feedback-${item.id}`;

  async function check(response?: Response) {
    const built = response ? { response } : draftToResponse(item, draft);
    if ('missing' in built) return setMissing(tMissing(built.missing));
    if (needsConfidence && !confidence) return setMissing(t('chooseConfidence'));
    setMissing(null);
    enqueue(item.id, needsConfidence ? { response: built.response, confidence } : { response: built.response });
    if (feedbackNow) awaitingFeedback.current = item.id;
    else requestAnimationFrame(() => document.getElementById(`${item.id}-saved`)?.focus());
  }

  const announcement = feedback
    ? t('announceFeedback', { verdict: verdictOf(feedback.grade.score, feedback.grade.pending).text })
    : saved && mode.feedbackNote && !pending
      ? t('announceSaved')
      : '';
  return (
    <>
      <SyncNotice status={sync} />
      {mode.deadline ? (
        // the clock is the browser's: on the server and until hydrated, a line of the same height
        hydrated ? (
          <TimeLeft deadline={mode.deadline} onExpire={expire} />
        ) : (
          <p className="muted small">{t('timeLeftPending')}</p>
        )
      ) : null}
      <div className="progress">
        <span>
          {t.rich('section', {
            n: quiz.sections.indexOf(section) + 1,
            sections: quiz.sections.length,
            index: indexInSection + 1,
            count: section.items.length,
            title: section.title,
            en,
          })}
        </span>
        <span>{t('answered', { answered: answeredCount, total: items.length })}</span>
      </div>
      <progress max={items.length} value={answeredCount} aria-label={t('answered', { answered: answeredCount, total: items.length })} />
      {indexInSection === 0 && section.intro ? (
        <p className="muted" lang="en" dir="ltr">
          {section.intro}
        </p>
      ) : null}
      <p className="muted small" style={{ margin: '1rem 0 0' }}>
        {t('questionOf', { n: position + 1, total: items.length })}
      </p>
      <h1 id={labelId} ref={promptRef} tabIndex={-1} lang="en" dir="ltr">
        {item.prompt}
      </h1>
      <Stimuli stimulus={item.stimulus} />
      <GlossaryList terms={glossary[item.id] ?? []} id={`glossary-${item.id}`} />
      <ItemInput
        item={item}
        draft={draft}
        setDraft={(d) => setDraft(item.id, d)}
        locked={done || waiting}
        seed={seed ?? ''}
        labelId={labelId}
      />
      {needsConfidence ? (
        <ConfidencePicker itemId={item.id} value={confidence} onChange={(c) => setConfidence(item.id, c)} locked={done || waiting} />
      ) : null}
      {!done ? (
        <div className="actions">
          <button type="button" onClick={() => void check()} aria-describedby={`${item.id}-problem`} disabled={waiting}>
            {mode.feedbackNote ? (saved ? t('saveChanges') : t('saveAnswer')) : t('checkAnswer')}
          </button>
        </div>
      ) : null}
      {mode.sequenced ? <SaveStatus status={sync} /> : null}
      {saved && !feedback && mode.feedbackNote ? (
        <p id={`${item.id}-saved`} tabIndex={-1} className="notice">
          {pending ? t('keptOnDevice') : t('announceSaved')} {mode.feedbackNote}
        </p>
      ) : null}
      {saved && !feedback && feedbackNow ? (
        <p className="notice">{sync.kind === 'offline' ? t('offlineFeedback') : t('checking')}</p>
      ) : null}
      <div id={`${item.id}-problem`} role="alert" className="error">
        {missing ?? ''}
      </div>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
      {feedback ? (
        <FeedbackView item={item} feedback={feedback} article={article} headingId={feedbackId} resubmit={(response) => check(response)} />
      ) : null}
      <nav className="question-nav" aria-label={t('questions')}>
        <button type="button" className="secondary" onClick={() => goTo(position - 1)} disabled={waiting || position === 0}>
          {t('previous')}
        </button>
        {isLast ? (
          mode.submitUrl ? (
            <HandIn total={items.length} disabled={waiting} />
          ) : (
            <a className="button" href={mode.resultsHref}>
              {mode.resultsLabel ?? t('seeResults')}
            </a>
          )
        ) : (
          <button type="button" className={saved ? undefined : 'secondary'} onClick={() => goTo(position + 1)} disabled={waiting}>
            {saved ? t('next') : t('skip')}
          </button>
        )}
      </nav>
      <section aria-labelledby="article-heading" className="article-panel">
        <h2 id="article-heading">{t('article')}</h2>
        <ArticleText article={article} highlight={feedback ? feedback.sentences : []} />
      </section>
      {mode.submitUrl ? null : (
        <div className="actions no-print">
          <StartOver onDone={() => promptRef.current?.focus()} disabled={waiting} />
        </div>
      )}
    </>
  );
}

// A "choose an answer first" message belongs to one question as it stood: it clears when the question changes, and
// as soon as the student picks an answer or how sure they are (the store gives each edit a new draft object).
function useMissing(itemId: string, draft: unknown, confidence: unknown): [string | null, (message: string | null) => void] {
  const [state, setState] = useState<{ itemId: string; draft: unknown; confidence: unknown; message: string | null }>({
    itemId,
    draft,
    confidence,
    message: null,
  });
  const current = state.itemId === itemId && state.draft === draft && state.confidence === confidence;
  return [current ? state.message : null, (message) => setState({ itemId, draft, confidence, message })];
}

export function QuizPlayer({ mode, firstSeed, ...props }: PlayerProps) {
  const items = props.quiz.sections.flatMap((s) => s.items);
  // read once, when the provider makes its store
  const start = serverStart(
    items.map((i) => i.id),
    mode?.saved,
    firstSeed,
  );
  return (
    <QuizStoreProvider
      quizId={props.quiz.id}
      storeKey={mode?.storeKey}
      itemCount={items.length}
      keep={(saved) => dropStale(saved, items)}
      start={start}
      storage={mode?.preview ? 'session' : 'local'}
    >
      {mode?.preview ? null : <OfflineSupport />}
      <Player {...props} mode={mode ?? practiceMode(props.quiz.id)} />
      {mode?.leave && mode.storeKey ? <LeaveClass classId={mode.leave.classId} name={mode.leave.name} storeKey={mode.storeKey} /> : null}
    </QuizStoreProvider>
  );
}
