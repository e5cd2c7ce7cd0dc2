import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { requireTeacher } from '@/lib/auth/session';
import { getClassForTeacher } from '@/lib/db/queries/classes';
import { isUuid } from '@/lib/validation/ids';

// The page below streams behind loading.tsx, and once streaming starts the status is 200 whatever the page finds.
// So the cheap checks run here, above the loading boundary, where a sign-in redirect and a 404 keep their status.
// The page checks again itself: a layout is not re-run on every navigation.
export default async function ClassGate({ children, params }: { children: ReactNode; params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const teacher = await requireTeacher({ next: `/teacher/classes/${classId}` });
  if (!isUuid(classId) || !(await getClassForTeacher({ teacherId: teacher.id, classId }))) notFound();
  return children;
}
