import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { itemGlossary } from '@/components/glossary/item-glossary';
import { ClientMessages } from '@/components/i18n/client-messages';
import { QuizPlayer } from '@/components/quiz/quiz-player';
import { PLAYER_NAMESPACES } from '@/components/quiz/player-namespaces';
import { idSchema } from '@/content/schema';
import { requireTeacher } from '@/lib/auth/session';
import { loadQuizForTeacher } from '@/lib/content';
import { previewScope } from '@/lib/quiz/id-scope';
import { toPublicQuiz } from '@/lib/quiz/public';

export const metadata: Metadata = { title: 'Preview', robots: { index: false } };

// The real player (the students' components), answering through a teacher-only API: only the public view of each
// item reaches the page, as for a student; feedback comes from the server after each answer.
export default async function PreviewPage({ params }: { params: Promise<{ quizId: string }> }) {
  const { quizId } = await params;
  const teacher = await requireTeacher({ next: `/teacher/quizzes/${quizId}/preview` });
  const loaded = idSchema.safeParse(quizId).success ? await loadQuizForTeacher(teacher.id, quizId) : undefined;
  if (!loaded) notFound(); // another teacher's private quiz too
  const publicQuiz = toPublicQuiz(loaded.quiz, previewScope(teacher.id, loaded.quiz.id));
  return (
    <>
      <p>
        <Link href="/teacher/quizzes">← Back to the quizzes</Link>
      </p>
      <p className="notice">
        Preview of version {loaded.version}: you answer as a student would, with feedback after each question. Nothing is saved and no
        student sees this.
      </p>
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
            resultsLabel: 'End the preview',
            preview: true,
          }}
        />
      </ClientMessages>
    </>
  );
}
