import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { PrintButton } from '@/components/teacher/print-button';
import { ScrollTable } from '@/components/teacher/scroll-table';
import { requireTeacher } from '@/lib/auth/session';
import { getClassForTeacher } from '@/lib/db/queries/classes';
import { listStudentsForClass } from '@/lib/db/queries/students';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('classes'))('sheet.metaTitle') };
}

// The class sheet: each rostered student's name and personal code, to print and cut into slips.
export default async function ClassSheetPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const teacher = await requireTeacher({ next: `/teacher/classes/${classId}/sheet` });
  if (!z.uuid().safeParse(classId).success) notFound();
  const klass = await getClassForTeacher({ teacherId: teacher.id, classId });
  const students = klass ? await listStudentsForClass({ teacherId: teacher.id, classId }) : null;
  if (!klass || !students) notFound();
  const rostered = students.filter((s) => s.personalCode);
  const [t, tt] = await Promise.all([getTranslations('classes'), getTranslations('teacher')]);
  return (
    <>
      <p>
        <Link href={`/teacher/classes/${klass.id}`}>{tt('backTo', { name: klass.name })}</Link>
      </p>
      <h1>{t('sheet.title', { name: klass.name })}</h1>
      <p>{t('sheet.intro')}</p>
      <PrintButton label={tt('print')} />
      <ScrollTable label={t('sheet.tableLabel')} hint={false}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('sheet.name')}</th>
            <th scope="col">{t('sheet.code')}</th>
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
      </ScrollTable>
    </>
  );
}
