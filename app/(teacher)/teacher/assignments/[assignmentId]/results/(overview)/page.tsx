import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { LiveRefresh } from '@/components/teacher/results/live-refresh';
import { MisconceptionView } from '@/components/teacher/results/misconception-view';
import { ProgressView } from '@/components/teacher/results/progress-view';
import { QuestionView } from '@/components/teacher/results/question-view';
import { ResultsHeader } from '@/components/teacher/results/results-header';
import { parseView, ResultsTabs } from '@/components/teacher/results/results-tabs';
import styles from '@/components/teacher/results/results.module.css';
import { requireTeacher } from '@/lib/auth/session';
import { calibration } from '@/lib/reports/charts/calibration';
import { latestAttempts } from '@/lib/reports/graded';
import { loadAssignmentResults, stillChanging } from '@/lib/teacher/results';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reports'))('metaTitle') };
}

export default async function ResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ assignmentId: string }>;
  searchParams: Promise<{ view?: string | string[] }>;
}) {
  const { assignmentId } = await params;
  const teacher = await requireTeacher({ next: `/teacher/assignments/${assignmentId}/results` });
  const results = await loadAssignmentResults({ teacherId: teacher.id, assignmentId });
  if (!results) notFound();
  const view = parseView((await searchParams).view);
  const { report, header, data, quiz } = results;
  return (
    <div className={styles.wide}>
      <ResultsHeader info={header} />
      <ClientMessages namespaces={['teacher']}>
        <LiveRefresh
          counts={{ started: report.progress.started, answers: report.progress.answers, submitted: report.progress.submitted }}
          active={stillChanging(data.assignment)}
        />
      </ClientMessages>
      <ResultsTabs assignmentId={assignmentId} current={view} />
      {view === 'progress' ? <ProgressView assignmentId={assignmentId} report={report} /> : null}
      {view === 'questions' ? <QuestionView questions={report.questions} /> : null}
      {view === 'misconceptions' ? (
        <MisconceptionView
          assignmentId={assignmentId}
          misconceptions={report.misconceptions}
          started={report.progress.started}
          calibration={calibration(quiz, latestAttempts(data.attempts), await getTranslations('charts'))}
        />
      ) : null}
    </div>
  );
}
