import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { SharePanel } from '@/components/teacher/share-panel';
import styles from '@/components/teacher/teacher.module.css';
import { requireTeacher } from '@/lib/auth/session';
import { getAssignmentForTeacher } from '@/lib/db/queries/assignments';
import { quizTitleOf } from '@/lib/teacher/quiz-catalog';
import { getPublicOrigin } from '@/lib/teacher/origin';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('teacher'))('share.metaTitle') };
}

export default async function SharePage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  const teacher = await requireTeacher({ next: `/teacher/assignments/${assignmentId}/share` });
  if (!z.uuid().safeParse(assignmentId).success) notFound();
  const found = await getAssignmentForTeacher({ teacherId: teacher.id, assignmentId });
  if (!found) notFound();
  const { assignment, class: klass } = found;
  const origin = await getPublicOrigin();
  const t = await getTranslations('teacher');
  return (
    <>
      <p className={styles.noPrint}>
        <Link href={`/teacher/classes/${klass.id}`}>{t('backTo', { name: klass.name })}</Link> ·{' '}
        <Link href={`/teacher/assignments/${assignment.id}/results`}>{t('share.seeResults')}</Link>
      </p>
      <SharePanel
        info={{
          code: assignment.code,
          joinUrl: `${origin}/join/${assignment.code}`,
          quizTitle: await quizTitleOf(assignment.quizId),
          className: klass.name,
          dueAt: assignment.dueAt.toISOString(),
          closed: assignment.closedAt !== null,
        }}
      />
    </>
  );
}
