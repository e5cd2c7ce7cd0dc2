import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { SharePanel } from '@/components/teacher/share-panel';
import styles from '@/components/teacher/teacher.module.css';
import { requireTeacher } from '@/lib/auth/session';
import { getAssignmentForTeacher } from '@/lib/db/queries/assignments';
import { quizTitleOf } from '@/lib/teacher/quiz-catalog';
import { getPublicOrigin } from '@/lib/teacher/origin';

export const metadata: Metadata = { title: 'Share an assignment' };

export default async function SharePage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  const teacher = await requireTeacher({ next: `/teacher/assignments/${assignmentId}/share` });
  if (!z.uuid().safeParse(assignmentId).success) notFound();
  const found = await getAssignmentForTeacher({ teacherId: teacher.id, assignmentId });
  if (!found) notFound();
  const { assignment, class: klass } = found;
  const origin = await getPublicOrigin();
  return (
    <>
      <p className={styles.noPrint}>
        <Link href={`/teacher/classes/${klass.id}`}>← Back to {klass.name}</Link> ·{' '}
        <Link href={`/teacher/assignments/${assignment.id}/results`}>See results as students work</Link>
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
