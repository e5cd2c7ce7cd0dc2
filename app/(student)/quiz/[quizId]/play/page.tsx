import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { ClientMessages } from '@/components/i18n/client-messages';
import { itemGlossary } from '@/components/glossary/item-glossary';
import { QuizPlayer } from '@/components/quiz/quiz-player';
import { loadQuizPage } from '@/lib/quiz/load-page';
import { toPublicQuiz } from '@/lib/quiz/public';
import { practiceScope } from '@/lib/quiz/id-scope';

type Props = { params: Promise<{ quizId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { quiz } = await loadQuizPage(params);
  return { title: `Questions: ${quiz.title}` };
}

export default async function PlayPage({ params }: Props) {
  const { quiz, article } = await loadQuizPage(params);
  // only the public view of each item crosses to the browser: no key, feedback or explanation
  const publicQuiz = toPublicQuiz(quiz, practiceScope(quiz.id));
  // a seed per request, so a new device's option order is its own and the same before and after hydration
  return (
    <ClientMessages namespaces={['items.player']}>
      <QuizPlayer quiz={publicQuiz} article={article} glossary={itemGlossary(publicQuiz)} firstSeed={randomUUID()} />
    </ClientMessages>
  );
}
