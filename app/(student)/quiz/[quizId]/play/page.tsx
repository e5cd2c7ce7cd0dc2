import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { itemGlossary } from '@/components/glossary/item-glossary';
import { ClientMessages } from '@/components/i18n/client-messages';
import { QuizPlayer } from '@/components/quiz/quiz-player';
import { PLAYER_NAMESPACES } from '@/components/quiz/player-namespaces';
import { loadQuizPage } from '@/lib/quiz/load-page';
import { toPublicQuiz } from '@/lib/quiz/public';
import { practiceScope } from '@/lib/quiz/id-scope';

type Props = { params: Promise<{ quizId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ quiz }, t] = await Promise.all([loadQuizPage(params), getTranslations('student.play')]);
  return { title: t('title', { quiz: quiz.title }) };
}

export default async function PlayPage({ params }: Props) {
  const { quiz, article } = await loadQuizPage(params);
  // only the public view of each item crosses to the browser: no key, feedback or explanation
  const publicQuiz = toPublicQuiz(quiz, practiceScope(quiz.id));
  // a seed per request, so a new device's option order is its own and the same before and after hydration
  return (
    <ClientMessages namespaces={PLAYER_NAMESPACES}>
      <QuizPlayer quiz={publicQuiz} article={article} glossary={itemGlossary(publicQuiz)} firstSeed={randomUUID()} />
    </ClientMessages>
  );
}
