import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LocalTime } from '@/components/teacher/local-time';
import { PrintButton } from '@/components/teacher/print-button';
import { resultsPath } from '@/components/teacher/results/paths';
import { content } from '@/components/teacher/results/results-header';
import { PrintReport } from '@/components/teacher/results/print-report';
import styles from '@/components/teacher/results/results.module.css';
import teacherStyles from '@/components/teacher/teacher.module.css';
import { requireTeacher } from '@/lib/auth/session';
import { loadAssignmentResults } from '@/lib/teacher/results';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reports'))('print.metaTitle') };
}

export default async function PrintResultsPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  const teacher = await requireTeacher({ next: `${resultsPath(assignmentId)}/print` });
  const results = await loadAssignmentResults({ teacherId: teacher.id, assignmentId });
  if (!results) notFound();
  const { header, report } = results;
  const t = await getTranslations('reports');
  return (
    <div className={styles.wide}>
      <div className={`${teacherStyles.inline} ${teacherStyles.noPrint}`}>
        <Link href={resultsPath(assignmentId)}>{t('print.back')}</Link>
        <PrintButton label={t('print.button')} />
      </div>
      <h1>
        {t.rich('print.title', { quiz: header.quizTitle, name: header.className, content })}
      </h1>
      <p>
        {t('print.code', { code: header.code })} · {t('header.due')} <LocalTime iso={header.dueAt} /> · {t('print.printed')} <LocalTime iso={new Date().toISOString()} />
      </p>
      <PrintReport report={report} />
    </div>
  );
}
