import type { Metadata } from 'next';
import { ClassList, type ClassItem } from '@/components/teacher/class-list';
import { CreateClassForm } from '@/components/teacher/create-class-form';
import styles from '@/components/teacher/teacher.module.css';
import { requireTeacher } from '@/lib/auth/session';
import { listClassesForTeacher } from '@/lib/db/queries/classes';

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
      {archived.length > 0 ? (
        <details>
          <summary>Archived classes ({archived.length})</summary>
          <ClassList items={archived} />
        </details>
      ) : null}
    </div>
  );
}
