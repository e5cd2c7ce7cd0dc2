import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
// the matrix comes back from practiceMatrix as markup: its styles must be on the page already
import '@/components/charts/charts.module.css';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PracticeResults } from '@/components/results/practice-results';
import { loadQuizPage } from '@/lib/quiz/load-page';
import { toPublicQuiz } from '@/lib/quiz/public';
import { practiceScope } from '@/lib/quiz/id-scope';
import { practiceMatrix } from './matrix-action';
import { en } from '@/components/quiz/rich-tags';

type Props = { params: Promise<{ quizId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ quiz }, t] = await Promise.all([loadQuizPage(params), getTranslations('results')]);
  return { title: t('practiceMetaTitle', { quiz: quiz.title }) };
}

export default async function ResultsPage({ params }: Props) {
  const [{ quiz, article }, t] = await Promise.all([loadQuizPage(params), getTranslations('results')]);
  return (
    <>
      <h1>{t.rich('title', { quiz: quiz.title, en })}</h1>
      <ClientMessages namespaces={['results', 'quiz', 'startOver', 'items.player']}>
        <PracticeResults quiz={toPublicQuiz(quiz, practiceScope(quiz.id))} article={article} matrix={practiceMatrix} />
      </ClientMessages>
    </>
  );
}
