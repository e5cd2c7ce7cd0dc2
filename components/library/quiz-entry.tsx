// One quiz in the library: what it is, where it comes from, links to its guide, preview and exports, and the
// actions this teacher may take on it (the owner's: edit, share, publish; everyone's: duplicate).
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { duplicateQuizAction, editQuizAction, publishQuizAction, shareQuizAction } from '@/app/(teacher)/library-actions';
import { ExportLinks } from '@/components/teacher/export-links';
import teacherStyles from '@/components/teacher/teacher.module.css';
import type { LibraryEntry } from '@/lib/library/catalog';
import { LibraryAction } from './library-action';
import styles from './library.module.css';

type T = Awaited<ReturnType<typeof getTranslations>>;

function facts(q: LibraryEntry, t: T): string {
  const parts = [t('questions', { count: q.itemCount }), t('minutes', { count: q.minutes }), q.use === 'practice' ? t('practice') : t('assessment')];
  if (q.version !== undefined) parts.push(t('version', { version: q.version }));
  if (q.origin === 'library') parts.push(t('sharedBy', { name: q.ownerName ?? t('anotherTeacher') }));
  return parts.join(' · ');
}

export async function QuizEntry({ quiz }: { quiz: LibraryEntry }) {
  const t = await getTranslations('library.entry');
  const headingId = `quiz-${quiz.id}`;
  const own = quiz.origin === 'own';
  return (
    <li aria-labelledby={headingId}>
      {/* a quiz's title is content, in its article's language (English: content files name no other) */}
      <h3 id={headingId} className={styles.title} lang="en">
        {quiz.title}
      </h3>
      <p className={teacherStyles.meta}>
        {own ? (
          <>
            <span className={styles.badge}>{quiz.status === 'published' ? t('published') : t('draft')}</span>
            <span className={styles.badge}>{quiz.visibility === 'library' ? t('sharedToLibrary') : t('private')}</span>
          </>
        ) : quiz.origin === 'library' ? (
          <span className={styles.badge}>{t('readOnly')}</span>
        ) : (
          <span className={styles.badge}>{t('shipped')}</span>
        )}
        {facts(quiz, t)}
      </p>
      <ul className={styles.links} aria-label={t('open', { title: quiz.title })}>
        <li>
          <Link href={`/teacher/quizzes/${quiz.id}/preview`}>{t('preview')}</Link>
        </li>
        <li>
          <Link href={`/teacher/guide/${quiz.id}`}>{t('guide')}</Link>
        </li>
        <li>
          <a href={`/teacher/quizzes/${quiz.id}/quiz.yaml`} download>
            {t('exportYaml')}
          </a>
        </li>
      </ul>
      <details>
        <summary>{t('lmsExports')}</summary>
        <ExportLinks quizId={quiz.id} quizTitle={quiz.title} />
      </details>
      {/* the actions' forms show the server action's message, translated there */}
      <div className={styles.actions}>
          {own ? (
            <>
              <LibraryAction action={editQuizAction} fields={{ quizId: quiz.id }} label={t('edit')} pending={t('opening')} subject={quiz.title} />
              <LibraryAction
                action={publishQuizAction}
                fields={{ quizId: quiz.id, status: quiz.status === 'published' ? 'draft' : 'published' }}
                label={quiz.status === 'published' ? t('unpublish') : t('publish')}
                pending={quiz.status === 'published' ? t('unpublishing') : t('publishing')}
                subject={quiz.title}
              />
              <LibraryAction
                action={shareQuizAction}
                fields={{ quizId: quiz.id, visibility: quiz.visibility === 'library' ? 'private' : 'library' }}
                label={quiz.visibility === 'library' ? t('takeBack') : t('share')}
                pending={t('saving')}
                subject={quiz.title}
              />
            </>
          ) : null}
          <LibraryAction action={duplicateQuizAction} fields={{ quizId: quiz.id }} label={t('duplicate')} pending={t('copying')} subject={quiz.title} />
      </div>
    </li>
  );
}
