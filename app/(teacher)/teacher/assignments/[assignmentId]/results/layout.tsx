import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { getTeacher } from '@/lib/auth/session';
import { getAssignmentForTeacher } from '@/lib/db/queries/assignments';
import { isUuid } from '@/lib/validation/ids';

// The results overview streams behind (overview)/loading.tsx, and once streaming starts the status is 200 whatever
// the page finds. So another teacher's or an unknown assignment is refused here, above the loading boundary, with a
// real 404. The loading boundary sits in the (overview) group so that the per-student page is not behind it: an
// unknown student there is a real 404 too. A signed-out visitor is left to the page, whose sign-in redirect knows
// the exact page to come back to.
export default async function ResultsGate({ children, params }: { children: ReactNode; params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  const teacher = await getTeacher();
  if (teacher && (!isUuid(assignmentId) || !(await getAssignmentForTeacher({ teacherId: teacher.id, assignmentId })))) notFound();
  return children;
}
