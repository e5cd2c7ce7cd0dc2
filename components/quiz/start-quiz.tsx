'use client';
import { useTranslations } from '#i18n/use-translations';
import { QuizStoreProvider, useQuizHydrated, useQuizStore } from './quiz-store-provider';
import { StartOver } from './start-over';

function StartOrResume({ quizId, itemCount }: { quizId: string; itemCount: number }) {
  const t = useTranslations('quizStart');
  const hydrated = useQuizHydrated();
  const answered = useQuizStore((s) => Object.keys(s.answers).length);
  const position = useQuizStore((s) => s.position);
  const play = `/quiz/${quizId}/play`;
  if (!hydrated || (answered === 0 && position === 0)) {
    return (
      <div className="actions">
        <a className="button" href={play}>
          {t('start')}
        </a>
      </div>
    );
  }
  return (
    <div className="actions">
      <a className="button" href={play}>
        {t('resume', { n: position + 1, total: itemCount })}
      </a>
      {answered === itemCount ? (
        <a className="button secondary" href={`/quiz/${quizId}/results`}>
          {t('results')}
        </a>
      ) : null}
      <StartOver />
      <p className="muted small" style={{ flexBasis: '100%', margin: 0 }}>
        {t('onDevice', { answered, total: itemCount })}
      </p>
    </div>
  );
}

export function StartQuiz({ quizId, itemCount }: { quizId: string; itemCount: number }) {
  return (
    <QuizStoreProvider quizId={quizId} itemCount={itemCount}>
      <StartOrResume quizId={quizId} itemCount={itemCount} />
    </QuizStoreProvider>
  );
}
