import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { itemGlossary } from '@/components/glossary/item-glossary';
import { ClientMessages } from '@/components/i18n/client-messages';
import { QuizPlayer } from '@/components/quiz/quiz-player';
import { PLAYER_NAMESPACES } from '@/components/quiz/player-namespaces';
import { idSchema } from '@/content/schema';
import { requireTeacher } from '@/lib/auth/session';
import { loadQuizForTeacher } from '@/lib/content';
import { previewScope } from '@/lib/quiz/id-scope';
import { toPublicQuiz } from '@/lib/quiz/public';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('library.preview'))('title'), robots: { index: false } };
}

// The real player (the students' components), answering through a teacher-only API: only the public view of each
// item reaches the page, as for a student; feedback comes from the server after each answer.
export default async function PreviewPage({ params }: { params: Promise<{ quizId: string }> }) {
  const { quizId } = await params;
  const teacher = await requireTeacher({ next: `/teacher/quizzes/${quizId}/preview` });
  const loaded = idSchema.safeParse(quizId).success ? await loadQuizForTeacher(teacher.id, quizId) : undefined;
  if (!loaded) notFound(); // another teacher's private quiz too
  const publicQuiz = toPublicQuiz(loaded.quiz, previewScope(teacher.id, loaded.quiz.id));
  const t = await getTranslations('library.preview');
  return (
    <>
      <p>
        <Link href="/teacher/quizzes">{t('back')}</Link>
      </p>
      <p className="notice">{t('notice', { version: loaded.version })}</p>
      <ClientMessages namespaces={PLAYER_NAMESPACES}>
        <QuizPlayer
          quiz={publicQuiz}
          article={loaded.article}
          glossary={itemGlossary(publicQuiz)}
          mode={{
            storeKey: `claimcheck:preview:${teacher.id}:${loaded.quiz.id}:v${loaded.version}`,
            answerBase: `/api/teacher/preview/${loaded.quiz.id}/items`,
            sequenced: false,
            seed: null,
            feedbackNote: null,
            resultsHref: '/teacher/quizzes',
            resultsLabel: t('end'),
            preview: true,
          }}
        />
      </ClientMessages>
    </>
  );
}
