import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { PrintButton } from '@/components/teacher/print-button';
import { requireTeacher } from '@/lib/auth/session';
import { getClassForTeacher } from '@/lib/db/queries/classes';
import { listStudentsForClass } from '@/lib/db/queries/students';

export const metadata: Metadata = { title: 'Class sheet' };

// The class sheet: each rostered student's name and personal code, to print and cut into slips.
export default async function ClassSheetPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const teacher = await requireTeacher({ next: `/teacher/classes/${classId}/sheet` });
  if (!z.uuid().safeParse(classId).success) notFound();
  const klass = await getClassForTeacher({ teacherId: teacher.id, classId });
  const students = klass ? await listStudentsForClass({ teacherId: teacher.id, classId }) : null;
  if (!klass || !students) notFound();
  const rostered = students.filter((s) => s.personalCode);
  return (
    <>
      <p>
        <Link href={`/teacher/classes/${klass.id}`}>← Back to {klass.name}</Link>
      </p>
      <h1>Class sheet: {klass.name}</h1>
      <p>Give each student their own slip. The code keeps their answers theirs on any device; keep the sheet private.</p>
      <PrintButton />
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Personal code</th>
          </tr>
        </thead>
        <tbody>
          {rostered.map((s) => (
            <tr key={s.id}>
              <th scope="row">{s.displayName}</th>
              <td>
                <code>{s.personalCode}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
