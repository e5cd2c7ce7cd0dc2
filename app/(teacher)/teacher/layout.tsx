import type { ReactNode } from 'react';
import { TeacherHeader } from '@/components/teacher/teacher-header';
import styles from '@/components/teacher/teacher.module.css';
import { getTeacher } from '@/lib/auth/session';

export default async function TeacherLayout({ children }: { children: ReactNode }) {
  const teacher = await getTeacher();
  return (
    <>
      <TeacherHeader teacher={teacher ? { name: teacher.name, role: teacher.role } : null} />
      <main id="main" className={styles.page}>
        {children}
      </main>
    </>
  );
}
