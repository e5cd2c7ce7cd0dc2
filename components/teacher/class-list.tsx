import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import styles from './teacher.module.css';

export interface ClassItem {
  id: string;
  name: string;
  archived: boolean;
  studentCount: number;
  openAssignmentCount: number;
}

export async function ClassList({ items }: { items: ClassItem[] }) {
  const t = await getTranslations('classes');
  return (
    <ul className={styles.list}>
      {items.map((c) => (
        <li key={c.id}>
          <Link href={`/teacher/classes/${c.id}`}>{c.name}</Link>
          <p className={styles.meta}>{t('list.counts', { students: c.studentCount, open: c.openAssignmentCount })}</p>
        </li>
      ))}
    </ul>
  );
}
