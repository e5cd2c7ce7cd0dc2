'use client';
import Link from 'next/link';
import { QuizStoreProvider, useQuizHydrated, useQuizStore } from './quiz-store-provider';
import { StartOver } from './start-over';

function StartOrResume({ quizId, itemCount }: { quizId: string; itemCount: number }) {
  const hydrated = useQuizHydrated();
  const answered = useQuizStore((s) => Object.keys(s.answers).length);
  const position = useQuizStore((s) => s.position);
  const play = `/quiz/${quizId}/play`;
  if (!hydrated || (answered === 0 && position === 0)) {
    return (
      <div className="actions">
        <Link className="button" href={play}>
          Start the quiz
        </Link>
      </div>
    );
  }
  return (
    <div className="actions">
      <Link className="button" href={play}>
        Resume at question {position + 1} of {itemCount}
      </Link>
      {answered === itemCount ? (
        <Link className="button secondary" href={`/quiz/${quizId}/results`}>
          See your results
        </Link>
      ) : null}
      <StartOver />
      <p className="muted small" style={{ flexBasis: '100%', margin: 0 }}>
        {answered} of {itemCount} answered on this device.
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
