import type { Metadata } from 'next';
import Link from 'next/link';
import { PasteForm } from '@/components/authoring/paste-form';
import styles from '@/components/teacher/teacher.module.css';
import { MAX_ARTICLE_CHARS } from '@/lib/authoring/paste';
import { requireTeacher } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'New quiz from an article' };

export default async function NewQuizPage() {
  await requireTeacher({ next: '/teacher/quizzes/new' });
  return (
    <div className={styles.stack}>
      <p>
        <Link href="/teacher/quizzes">← Your quizzes</Link>
      </p>
      <h1>New quiz from an article</h1>
      <p>
        Paste a news article. Claimcheck splits it into sentences and suggests, for each one, who says it and what kind of statement it is.
        You check the suggestions, then draft questions from them.
      </p>
      <section className={styles.card}>
        <PasteForm maxChars={MAX_ARTICLE_CHARS} />
      </section>
    </div>
  );
}
