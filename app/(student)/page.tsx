import Link from 'next/link';
import { getArticle } from '@/lib/content';
import { listPracticeQuizzes } from '@/lib/content/practice';
import { STATUS_LABELS } from '@/lib/quiz/vocabulary';
import { STATUSES } from '@/content/schema';

export default function HomePage() {
  const quizzes = listPracticeQuizzes();
  return (
    <>
      <h1>Is it verified, or only claimed?</h1>
      <p>
        Almost every sentence in a news report is somebody&apos;s claim. Claimcheck quizzes take a real article and
        train you to ask, for any sentence: who says this, what do they gain, what evidence is offered, does anyone
        else agree, and what would I check next.
      </p>
      <h2>The words we use</h2>
      <dl>
        {STATUSES.map((s) => (
          <div key={s}>
            <dt>
              <strong>{STATUS_LABELS[s].label}</strong>
            </dt>
            <dd>{STATUS_LABELS[s].definition}</dd>
          </div>
        ))}
      </dl>
      <h2>Practice quizzes</h2>
      <p className="muted small">No account needed. Your answers stay on this device until you start over.</p>
      <ul>
        {quizzes.map((quiz) => (
          <li key={quiz.id} className="card">
            <h3>
              <Link href={`/quiz/${quiz.id}`}>{quiz.title}</Link>
            </h3>
            <p>{quiz.summary}</p>
            <p className="muted small">
              {quiz.kind === 'booster' ? 'Booster · ' : ''}
              {quiz.sections.reduce((n, s) => n + s.items.length, 0)} questions · about {quiz.minutes} minutes · built
              from: {getArticle(quiz.article)?.title}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
