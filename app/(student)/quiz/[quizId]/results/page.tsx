import type { Metadata } from 'next';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PracticeResults } from '@/components/results/practice-results';
import { loadQuizPage } from '@/lib/quiz/load-page';
import { toPublicQuiz } from '@/lib/quiz/public';
import { practiceScope } from '@/lib/quiz/id-scope';

type Props = { params: Promise<{ quizId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { quiz } = await loadQuizPage(params);
  return { title: `Results: ${quiz.title}` };
}

export default async function ResultsPage({ params }: Props) {
  const { quiz, article } = await loadQuizPage(params);
  return (
    <>
      <h1>Your results: {quiz.title}</h1>
      <ClientMessages namespaces={['items.player']}>
        <PracticeResults quiz={toPublicQuiz(quiz, practiceScope(quiz.id))} article={article} />
      </ClientMessages>
    </>
  );
}
