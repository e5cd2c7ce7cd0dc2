import { getTranslations } from 'next-intl/server';
import { getArticle } from '@/lib/content';
import { listPracticeQuizzes } from '@/lib/content/practice';
import { STATUS_LABELS } from '@/lib/quiz/vocabulary';
import { STATUSES } from '@/content/schema';
import { en } from '@/components/quiz/rich-tags';

export default async function HomePage() {
  const t = await getTranslations('student.home');
  const quizzes = listPracticeQuizzes();
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <h2>{t('words')}</h2>
      {/* the status words and their definitions are content (content/vocabulary/), in its language */}
      <dl lang="en" dir="ltr">
        {STATUSES.map((s) => (
          <div key={s}>
            <dt>
              <strong>{STATUS_LABELS[s].label}</strong>
            </dt>
            <dd>{STATUS_LABELS[s].definition}</dd>
          </div>
        ))}
      </dl>
      <h2>{t('practice')}</h2>
      <p className="muted small">{t('noAccount')}</p>
      <ul>
        {quizzes.map((quiz) => (
          <li key={quiz.id} className="card">
            <h3 lang="en" dir="ltr">
              <a href={`/quiz/${quiz.id}`}>{quiz.title}</a>
            </h3>
            <p lang="en" dir="ltr">{quiz.summary}</p>
            <p className="muted small">
              {t.rich('quizFacts', {
                booster: quiz.kind === 'booster' ? 'yes' : 'no',
                questions: quiz.sections.reduce((n, s) => n + s.items.length, 0),
                minutes: quiz.minutes,
                article: getArticle(quiz.article)?.title ?? '',
                en,
              })}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
