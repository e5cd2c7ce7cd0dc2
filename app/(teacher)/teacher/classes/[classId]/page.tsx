import Link from 'next/link';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { TrendChart } from '@/components/charts/trend-chart';
import { ClientMessages } from '@/components/i18n/client-messages';
import { LocalTime } from '@/components/teacher/local-time';
import { ArchiveClassForm } from '@/components/teacher/archive-class-form';
import { AssignmentList, type AssignmentItem } from '@/components/teacher/assignment-list';
import { CreateAssignmentForm } from '@/components/teacher/create-assignment-form';
import { RenameClassForm } from '@/components/teacher/rename-class-form';
import styles from '@/components/teacher/teacher.module.css';
import { requireTeacher } from '@/lib/auth/session';
import { assignmentWindow, listAssignmentsForClass } from '@/lib/db/queries/assignments';
import { getClassForTeacher } from '@/lib/db/queries/classes';
import { listStudentsForClass } from '@/lib/db/queries/students';
import { StudentTimeForm } from '@/components/teacher/student-time-form';
import { listAssignableQuizOptions, quizTitleOf } from '@/lib/teacher/quiz-catalog';
import { JoinModeForm, RosterForm } from '@/components/teacher/roster-form';
import { StudentListForm } from '@/components/teacher/student-list-form';
import { classProgress } from '@/lib/reports/charts/class-progress';
import { loadAssignmentResults } from '@/lib/teacher/results';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('classes'))('metaTitle') };
}

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const teacher = await requireTeacher({ next: `/teacher/classes/${classId}` });
  if (!z.uuid().safeParse(classId).success) notFound();
  const klass = await getClassForTeacher({ teacherId: teacher.id, classId });
  if (!klass) notFound();
  const assignments = (await listAssignmentsForClass({ teacherId: teacher.id, classId })) ?? [];
  const students = (await listStudentsForClass({ teacherId: teacher.id, classId })) ?? [];
  const now = new Date();
  const [t, tc] = await Promise.all([getTranslations('classes'), getTranslations('charts')]);
  const titles = new Map(await Promise.all([...new Set(assignments.map((a) => a.quizId))].map(async (id) => [id, await quizTitleOf(id)] as const)));
  const items: AssignmentItem[] = assignments.map((a) => ({
    id: a.id,
    quizTitle: titles.get(a.quizId) ?? a.quizId,
    code: a.code,
    opensAt: a.opensAt.toISOString(),
    dueAt: a.dueAt.toISOString(),
    modeLabel: t(`mode.${a.mode}`),
    status: a.closedAt ? 'closed' : assignmentWindow(a, now),
  }));
  const quizzes = (await listAssignableQuizOptions(teacher.id)).map((q) => ({ id: q.id, title: q.title, minutes: q.minutes, itemCount: q.itemCount, use: q.use }));
  const archived = klass.archivedAt !== null;
  // the class over its assignments: each one's report, as its results page builds it
  const reports = (await Promise.all(assignments.map((a) => loadAssignmentResults({ teacherId: teacher.id, assignmentId: a.id })))).flatMap((r, i) => {
    const a = assignments[i];
    return r && a ? [{ id: a.id, title: titles.get(a.quizId) ?? a.quizId, opensAt: a.opensAt, report: r.report }] : [];
  });
  const trend = classProgress(reports, tc);
  return (
    // the forms below are client components: they need these namespaces
    <ClientMessages namespaces={['classes', 'assignments']}>
      <div className={styles.stack}>
        <h1>
          {klass.name}
          {archived ? ` ${t('archived')}` : ''}
        </h1>
        <section aria-labelledby="assignments-heading">
          <h2 id="assignments-heading">{t('assignments')}</h2>
          <AssignmentList items={items} />
          {trend.points.length > 0 ? (
            <TrendChart
              id="chart-class-progress"
              title={tc('classProgress.title')}
              data={trend}
              opened={trend.points.map((p) => {
                const opensAt = reports.find((r) => r.id === p.id)?.opensAt;
                return opensAt ? <LocalTime key={p.id} iso={opensAt.toISOString()} /> : '';
              })}
            />
          ) : null}
        </section>
        {archived ? null : (
          <section className={styles.card}>
            <CreateAssignmentForm classId={klass.id} quizzes={quizzes} openJoin={klass.joinMode === 'open'} />
          </section>
        )}
        <section aria-labelledby="students-heading">
          <h2 id="students-heading">{t('students')}</h2>
          <JoinModeForm classId={klass.id} mode={klass.joinMode} />
          {students.some((st) => st.personalCode) ? (
            <p>
              <Link href={`/teacher/classes/${klass.id}/sheet`}>{t('sheetLink')}</Link>
            </p>
          ) : null}
          {students.length === 0 ? (
            <p>{t('noStudents')}</p>
          ) : (
            <>
              <p className={styles.hint}>{t('extraTimeHint')}</p>
              <ul className={styles.list}>
                {students.map((st) => (
                  <li key={st.id}>
                    {st.sameDeviceAs ? (
                      <p className={styles.hint}>
                        {t('sameDevice', { name: students.find((o) => o.id === st.sameDeviceAs)?.displayName ?? t('anotherStudent') })}
                      </p>
                    ) : null}
                    <StudentTimeForm classId={klass.id} studentId={st.id} name={st.displayName} timeFactor={st.timeFactor} />
                    <StudentListForm
                      classId={klass.id}
                      student={{ id: st.id, name: st.displayName }}
                      others={students.filter((o) => o.id !== st.id).map((o) => ({ id: o.id, name: o.displayName }))}
                    />
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        {archived ? null : (
          <section className={styles.card}>
            <RosterForm classId={klass.id} />
          </section>
        )}
        <section aria-labelledby="settings-heading" className={styles.card}>
          <h2 id="settings-heading">{t('settings')}</h2>
          <RenameClassForm classId={klass.id} name={klass.name} />
          <ArchiveClassForm classId={klass.id} archived={archived} />
        </section>
      </div>
    </ClientMessages>
  );
}
