import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PasteForm } from '@/components/authoring/paste-form';
import styles from '@/components/teacher/teacher.module.css';
import { MAX_ARTICLE_CHARS } from '@/lib/authoring/paste';
import { requireTeacher } from '@/lib/auth/session';
import { listDrafts } from '@/lib/authoring/editor/drafts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('authoring.new'))('title') };
}

export default async function NewQuizPage() {
  const teacher = await requireTeacher({ next: '/teacher/quizzes/new' });
  const [drafts, t] = await Promise.all([listDrafts({ ownerId: teacher.id }), getTranslations('authoring.new')]);
  return (
    <div className={styles.stack}>
      <p>
        <Link href="/teacher/quizzes">{t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <section className={styles.card}>
        <ClientMessages namespaces={['editor']}>
          <PasteForm maxChars={MAX_ARTICLE_CHARS} />
        </ClientMessages>
      </section>
      {drafts.length > 0 ? (
        <section aria-labelledby="drafts-heading">
          <h2 id="drafts-heading">{t('drafts')}</h2>
          <ul className={styles.list}>
            {drafts.map((d) => (
              <li key={d.id}>
                {d.state.quiz.title ? (
                  <Link href={`/teacher/drafts/${d.id}`} lang="en">
                    {d.state.quiz.title}
                  </Link>
                ) : (
                  <Link href={`/teacher/drafts/${d.id}`}>{t('untitled')}</Link>
                )}
                <p className={styles.meta}>
                  {t('draftFacts', { items: d.state.items.length, published: d.state.published ? 'yes' : 'no' })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
