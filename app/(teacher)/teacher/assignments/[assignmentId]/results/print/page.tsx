import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LocalTime } from '@/components/teacher/local-time';
import { PrintButton } from '@/components/teacher/print-button';
import { resultsPath } from '@/components/teacher/results/paths';
import { PrintReport } from '@/components/teacher/results/print-report';
import styles from '@/components/teacher/results/results.module.css';
import teacherStyles from '@/components/teacher/teacher.module.css';
import { requireTeacher } from '@/lib/auth/session';
import { loadAssignmentResults } from '@/lib/teacher/results';

export const metadata: Metadata = { title: 'Results (print)' };

export default async function PrintResultsPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  const teacher = await requireTeacher({ next: `${resultsPath(assignmentId)}/print` });
  const results = await loadAssignmentResults({ teacherId: teacher.id, assignmentId });
  if (!results) notFound();
  const { header, report } = results;
  return (
    <div className={styles.wide}>
      <div className={`${teacherStyles.inline} ${teacherStyles.noPrint}`}>
        <Link href={resultsPath(assignmentId)}>← Back to the results</Link>
        <PrintButton />
      </div>
      <h1>
        {header.quizTitle}: results for {header.className}
      </h1>
      <p>
        Code {header.code} · due <LocalTime iso={header.dueAt} /> · printed <LocalTime iso={new Date().toISOString()} />
      </p>
      <PrintReport report={report} />
    </div>
  );
}
