import type { Metadata } from 'next';
import Link from 'next/link';
import { ImportForm } from '@/components/library/import-form';
import { QuizEntry } from '@/components/library/quiz-entry';
import styles from '@/components/teacher/teacher.module.css';
import { requireTeacher } from '@/lib/auth/session';
import { libraryFor } from '@/lib/library/catalog';

export const metadata: Metadata = { title: 'Quizzes', robots: { index: false } };

export default async function QuizzesPage() {
  const teacher = await requireTeacher({ next: '/teacher/quizzes' });
  const { own, library, shipped } = await libraryFor(teacher.id);
  return (
    <div className={styles.stack}>
      <p>
        <Link href="/teacher">← Back to your classes</Link>
      </p>
      <h1>Quizzes</h1>
      <p>
        <Link className="button" href="/teacher/quizzes/new" prefetch={false}>
          New quiz from an article
        </Link>
      </p>
      <section aria-labelledby="own-heading">
        <h2 id="own-heading">Your quizzes</h2>
        {own.length > 0 ? (
          <ul className={styles.list}>
            {own.map((q) => (
              <QuizEntry key={q.id} quiz={q} />
            ))}
          </ul>
        ) : (
          <p>You have no quizzes of your own yet. Duplicate one below, import a file, or make one from an article.</p>
        )}
      </section>
      <section aria-labelledby="library-heading">
        <h2 id="library-heading">Shared by other teachers</h2>
        <p className={styles.hint}>Read-only: duplicate one to make your own copy to change.</p>
        {library.length > 0 ? (
          <ul className={styles.list}>
            {library.map((q) => (
              <QuizEntry key={q.id} quiz={q} />
            ))}
          </ul>
        ) : (
          <p>No other teacher has shared a quiz yet.</p>
        )}
      </section>
      <section aria-labelledby="shipped-heading">
        <h2 id="shipped-heading">Claimcheck’s quizzes</h2>
        <ul className={styles.list}>
          {shipped.map((q) => (
            <QuizEntry key={q.id} quiz={q} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="import-heading" className={styles.card}>
        <h2 id="import-heading">Import a quiz</h2>
        <ImportForm />
      </section>
    </div>
  );
}
