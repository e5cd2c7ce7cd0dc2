import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ImportForm } from '@/components/library/import-form';
import { QuizEntry } from '@/components/library/quiz-entry';
import styles from '@/components/teacher/teacher.module.css';
import { requireTeacher } from '@/lib/auth/session';
import { libraryFor } from '@/lib/library/catalog';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('library.page');
  return { title: t('title'), robots: { index: false } };
}

export default async function QuizzesPage() {
  const teacher = await requireTeacher({ next: '/teacher/quizzes' });
  const [{ own, library, shipped }, t] = await Promise.all([libraryFor(teacher.id), getTranslations('library.page')]);
  return (
    <div className={styles.stack}>
      <p>
        <Link href="/teacher">{t('backToClasses')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p>
        <Link className="button" href="/teacher/quizzes/new" prefetch={false}>
          {t('newFromArticle')}
        </Link>
      </p>
      <section aria-labelledby="own-heading">
        <h2 id="own-heading">{t('ownHeading')}</h2>
        {own.length > 0 ? (
          <ul className={styles.list}>
            {own.map((q) => (
              <QuizEntry key={q.id} quiz={q} />
            ))}
          </ul>
        ) : (
          <p>{t('ownEmpty')}</p>
        )}
      </section>
      <section aria-labelledby="library-heading">
        <h2 id="library-heading">{t('sharedHeading')}</h2>
        <p className={styles.hint}>{t('sharedHint')}</p>
        {library.length > 0 ? (
          <ul className={styles.list}>
            {library.map((q) => (
              <QuizEntry key={q.id} quiz={q} />
            ))}
          </ul>
        ) : (
          <p>{t('sharedEmpty')}</p>
        )}
      </section>
      <section aria-labelledby="shipped-heading">
        <h2 id="shipped-heading">{t('shippedHeading')}</h2>
        <ul className={styles.list}>
          {shipped.map((q) => (
            <QuizEntry key={q.id} quiz={q} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="import-heading" className={styles.card}>
        <h2 id="import-heading">{t('importHeading')}</h2>
        <ClientMessages namespaces={['library']}>
          <ImportForm />
        </ClientMessages>
      </section>
    </div>
  );
}
