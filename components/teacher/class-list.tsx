import Link from 'next/link';
import styles from './teacher.module.css';

export interface ClassItem {
  id: string;
  name: string;
  archived: boolean;
  studentCount: number;
  openAssignmentCount: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function ClassList({ items }: { items: ClassItem[] }) {
  return (
    <ul className={styles.list}>
      {items.map((c) => (
        <li key={c.id}>
          <Link href={`/teacher/classes/${c.id}`}>{c.name}</Link>
          <p className={styles.meta}>
            {plural(c.studentCount, 'student', 'students')} · {plural(c.openAssignmentCount, 'open assignment', 'open assignments')}
          </p>
        </li>
      ))}
    </ul>
  );
}
