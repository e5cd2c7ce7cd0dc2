import type { Metadata } from 'next';
import Link from 'next/link';
import { ExportLinks } from '@/components/teacher/export-links';
import { ClassList, type ClassItem } from '@/components/teacher/class-list';
import { CreateClassForm } from '@/components/teacher/create-class-form';
import styles from '@/components/teacher/teacher.module.css';
import { requireTeacher } from '@/lib/auth/session';
import { listClassesForTeacher } from '@/lib/db/queries/classes';
import { listQuizOptions } from '@/lib/teacher/quiz-catalog';

export const metadata: Metadata = { title: 'Your classes' };

export default async function TeacherDashboard() {
  const teacher = await requireTeacher({ next: '/teacher' });
  const classes = await listClassesForTeacher({ teacherId: teacher.id });
  const items: ClassItem[] = classes.map((c) => ({
    id: c.id,
    name: c.name,
    archived: c.archivedAt !== null,
    studentCount: c.studentCount,
    openAssignmentCount: c.openAssignmentCount,
  }));
  const active = items.filter((c) => !c.archived);
  const archived = items.filter((c) => c.archived);
  return (
    <div className={styles.stack}>
      <h1>Your classes</h1>
      {active.length > 0 ? <ClassList items={active} /> : <p>You have no classes yet. Create your first one below.</p>}
      <section className={styles.card}>
        <CreateClassForm />
      </section>
      <p>
        <Link href="/teacher/quizzes">Quizzes: yours, the library’s, import and export</Link>
      </p>
      <section aria-labelledby="guides-heading">
        <h2 id="guides-heading">Teacher’s guides</h2>
        <p className={styles.hint}>Every question with its answer, feedback and the misconceptions it targets, plus discussion prompts. For you only.</p>
        <ul className={styles.list}>
          {listQuizOptions().map((q) => (
            <li key={q.id}>
              <Link href={`/teacher/guide/${q.id}`}>Guide to “{q.title}”</Link>
              <p className={styles.meta}>
                {q.itemCount} questions · about {q.minutes} minutes
              </p>
              <ExportLinks quizId={q.id} quizTitle={q.title} />
            </li>
          ))}
        </ul>
      </section>
      {archived.length > 0 ? (
        <details>
          <summary>Archived classes ({archived.length})</summary>
          <ClassList items={archived} />
        </details>
      ) : null}
    </div>
  );
}
