import Link from 'next/link';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
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

export const metadata: Metadata = { title: 'Class' };

const MODE_LABELS = { each: 'After each question', submit: 'After handing in', due: 'After the due date' } as const;

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const teacher = await requireTeacher({ next: `/teacher/classes/${classId}` });
  if (!z.uuid().safeParse(classId).success) notFound();
  const klass = await getClassForTeacher({ teacherId: teacher.id, classId });
  if (!klass) notFound();
  const assignments = (await listAssignmentsForClass({ teacherId: teacher.id, classId })) ?? [];
  const students = (await listStudentsForClass({ teacherId: teacher.id, classId })) ?? [];
  const now = new Date();
  const titles = new Map(await Promise.all([...new Set(assignments.map((a) => a.quizId))].map(async (id) => [id, await quizTitleOf(id)] as const)));
  const items: AssignmentItem[] = assignments.map((a) => ({
    id: a.id,
    quizTitle: titles.get(a.quizId) ?? a.quizId,
    code: a.code,
    opensAt: a.opensAt.toISOString(),
    dueAt: a.dueAt.toISOString(),
    modeLabel: MODE_LABELS[a.mode],
    status: a.closedAt ? 'closed' : assignmentWindow(a, now),
  }));
  const quizzes = (await listAssignableQuizOptions(teacher.id)).map((q) => ({ id: q.id, title: q.title, minutes: q.minutes, itemCount: q.itemCount, use: q.use }));
  const archived = klass.archivedAt !== null;
  return (
    <div className={styles.stack}>
      <h1>
        {klass.name}
        {archived ? ' (archived)' : ''}
      </h1>
      <section aria-labelledby="assignments-heading">
        <h2 id="assignments-heading">Assignments</h2>
        <AssignmentList items={items} />
      </section>
      {archived ? null : (
        <section className={styles.card}>
          <CreateAssignmentForm classId={klass.id} quizzes={quizzes} openJoin={klass.joinMode === 'open'} />
        </section>
      )}
      <section aria-labelledby="students-heading">
        <h2 id="students-heading">Students</h2>
        <JoinModeForm classId={klass.id} mode={klass.joinMode} />
        {students.some((st) => st.personalCode) ? (
          <p>
            <Link href={`/teacher/classes/${klass.id}/sheet`}>Class sheet: names and personal codes, to print</Link>
          </p>
        ) : null}
        {students.length === 0 ? (
          <p>No students yet. They appear here when they join an assignment with its code.</p>
        ) : (
          <>
            <p className={styles.hint}>Extra time applies to assignments with a time limit, from the student&apos;s next attempt.</p>
            <ul className={styles.list}>
              {students.map((st) => (
                <li key={st.id}>
                  {st.sameDeviceAs ? (
                    <p className={styles.hint}>
                      Joined from a device that was already {students.find((o) => o.id === st.sameDeviceAs)?.displayName ?? 'another student'} in this class.
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
        <h2 id="settings-heading">Class settings</h2>
        <RenameClassForm classId={klass.id} name={klass.name} />
        <ArchiveClassForm classId={klass.id} archived={archived} />
      </section>
    </div>
  );
}
