import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ExportLinks } from '@/components/teacher/export-links';
import { QuizGuide } from '@/components/teacher/guide/quiz-guide';
import teacherStyles from '@/components/teacher/teacher.module.css';
import { idSchema } from '@/content/schema';
import { requireTeacher } from '@/lib/auth/session';
import { loadQuizForTeacher } from '@/lib/content';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('guide'))('metaTitle'), robots: { index: false } };
}

export default async function GuidePage({ params }: { params: Promise<{ quizId: string }> }) {
  const { quizId } = await params;
  const teacher = await requireTeacher({ next: `/teacher/guide/${quizId}` });
  const loaded = idSchema.safeParse(quizId).success ? await loadQuizForTeacher(teacher.id, quizId) : undefined;
  if (!loaded) notFound(); // another teacher's private quiz too
  const { quiz, article } = loaded;
  const t = await getTranslations('teacher');
  return (
    <>
      <p className={teacherStyles.noPrint}>
        <Link href="/teacher">{t('backToClasses')}</Link>
      </p>
      <ExportLinks quizId={quiz.id} quizTitle={quiz.title} />
      <QuizGuide quiz={quiz} article={article} />
    </>
  );
}
