import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ExportLinks } from '@/components/teacher/export-links';
import { ClassList, type ClassItem } from '@/components/teacher/class-list';
import { CreateClassForm } from '@/components/teacher/create-class-form';
import { content } from '@/components/teacher/results/results-header';
import styles from '@/components/teacher/teacher.module.css';
import { requireTeacher } from '@/lib/auth/session';
import { listClassesForTeacher } from '@/lib/db/queries/classes';
import { listQuizOptions } from '@/lib/teacher/quiz-catalog';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('teacher'))('dashboard.title') };
}

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
  const t = await getTranslations('teacher');
  return (
    <div className={styles.stack}>
      <h1>{t('dashboard.title')}</h1>
      {active.length > 0 ? <ClassList items={active} /> : <p>{t('dashboard.noClasses')}</p>}
      <section className={styles.card}>
        <ClientMessages namespaces={['classes']}>
          <CreateClassForm />
        </ClientMessages>
      </section>
      <p>
        <Link href="/teacher/quizzes">{t('dashboard.quizzes')}</Link>
      </p>
      <section aria-labelledby="guides-heading">
        <h2 id="guides-heading">{t('dashboard.guides')}</h2>
        <p className={styles.hint}>{t('dashboard.guidesHint')}</p>
        <ul className={styles.list}>
          {listQuizOptions().map((q) => (
            <li key={q.id}>
              <Link href={`/teacher/guide/${q.id}`}>{t.rich('dashboard.guideTo', { title: q.title, content })}</Link>
              <p className={styles.meta}>{t('dashboard.guideMeta', { items: q.itemCount, minutes: q.minutes })}</p>
              <ExportLinks quizId={q.id} quizTitle={q.title} />
            </li>
          ))}
        </ul>
      </section>
      {archived.length > 0 ? (
        <details>
          <summary>{t('dashboard.archived', { n: archived.length })}</summary>
          <ClassList items={archived} />
        </details>
      ) : null}
    </div>
  );
}
