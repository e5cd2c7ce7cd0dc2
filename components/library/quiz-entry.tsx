// One quiz in the library: what it is, where it comes from, links to its guide, preview and exports, and the
// actions this teacher may take on it (the owner's: edit, share, publish; everyone's: duplicate).
import Link from 'next/link';
import { duplicateQuizAction, editQuizAction, publishQuizAction, shareQuizAction } from '@/app/(teacher)/library-actions';
import { ExportLinks } from '@/components/teacher/export-links';
import teacherStyles from '@/components/teacher/teacher.module.css';
import type { LibraryEntry } from '@/lib/library/catalog';
import { LibraryAction } from './library-action';
import styles from './library.module.css';

function facts(q: LibraryEntry): string {
  const parts = [`${q.itemCount} question${q.itemCount === 1 ? '' : 's'}`, `about ${q.minutes} minutes`, q.use === 'practice' ? 'practice (key public)' : 'assessment'];
  if (q.version !== undefined) parts.push(`version ${q.version}`);
  if (q.ownerName) parts.push(`shared by ${q.ownerName}`);
  return parts.join(' · ');
}

export function QuizEntry({ quiz }: { quiz: LibraryEntry }) {
  const headingId = `quiz-${quiz.id}`;
  const own = quiz.origin === 'own';
  return (
    <li aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.title}>
        {quiz.title}
      </h3>
      <p className={teacherStyles.meta}>
        {own ? (
          <>
            <span className={styles.badge}>{quiz.status === 'published' ? 'Published' : 'Draft'}</span>
            <span className={styles.badge}>{quiz.visibility === 'library' ? 'Shared to the library' : 'Private'}</span>
          </>
        ) : quiz.origin === 'library' ? (
          <span className={styles.badge}>Read-only</span>
        ) : (
          <span className={styles.badge}>Shipped</span>
        )}
        {facts(quiz)}
      </p>
      <ul className={styles.links} aria-label={`Open “${quiz.title}”`}>
        <li>
          <Link href={`/teacher/quizzes/${quiz.id}/preview`}>Preview</Link>
        </li>
        <li>
          <Link href={`/teacher/guide/${quiz.id}`}>Teacher’s guide</Link>
        </li>
        <li>
          <a href={`/teacher/quizzes/${quiz.id}/quiz.yaml`} download>
            Export YAML
          </a>
        </li>
      </ul>
      <details>
        <summary>LMS exports</summary>
        <ExportLinks quizId={quiz.id} quizTitle={quiz.title} />
      </details>
      <div className={styles.actions}>
        {own ? (
          <>
            <LibraryAction action={editQuizAction} fields={{ quizId: quiz.id }} label="Edit" pending="Opening the editor…" subject={quiz.title} />
            <LibraryAction
              action={publishQuizAction}
              fields={{ quizId: quiz.id, status: quiz.status === 'published' ? 'draft' : 'published' }}
              label={quiz.status === 'published' ? 'Unpublish' : 'Publish'}
              pending={quiz.status === 'published' ? 'Unpublishing…' : 'Checking and publishing…'}
              subject={quiz.title}
            />
            <LibraryAction
              action={shareQuizAction}
              fields={{ quizId: quiz.id, visibility: quiz.visibility === 'library' ? 'private' : 'library' }}
              label={quiz.visibility === 'library' ? 'Take back from the library' : 'Share to the library'}
              pending="Saving…"
              subject={quiz.title}
            />
          </>
        ) : null}
        <LibraryAction action={duplicateQuizAction} fields={{ quizId: quiz.id }} label="Duplicate" pending="Copying…" subject={quiz.title} />
      </div>
    </li>
  );
}
