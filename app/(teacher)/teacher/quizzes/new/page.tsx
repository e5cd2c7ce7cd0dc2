import type { Metadata } from 'next';
import Link from 'next/link';
import { PasteForm } from '@/components/authoring/paste-form';
import styles from '@/components/teacher/teacher.module.css';
import { MAX_ARTICLE_CHARS } from '@/lib/authoring/paste';
import { requireTeacher } from '@/lib/auth/session';
import { listDrafts } from '@/lib/authoring/editor/drafts';

export const metadata: Metadata = { title: 'New quiz from an article' };

export default async function NewQuizPage() {
  const teacher = await requireTeacher({ next: '/teacher/quizzes/new' });
  const drafts = await listDrafts({ ownerId: teacher.id });
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
      {drafts.length > 0 ? (
        <section aria-labelledby="drafts-heading">
          <h2 id="drafts-heading">Your drafts</h2>
          <ul className={styles.list}>
            {drafts.map((d) => (
              <li key={d.id}>
                <Link href={`/teacher/drafts/${d.id}`}>{d.state.quiz.title || 'Untitled draft'}</Link>
                <p className={styles.meta}>
                  {d.state.items.length} items{d.state.published ? ' · published' : ''}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
