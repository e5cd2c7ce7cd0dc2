import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { CloseAssignmentForm } from './close-assignment-form';
import { LocalTime } from './local-time';
import styles from './teacher.module.css';

export interface AssignmentItem {
  id: string;
  quizTitle: string;
  code: string;
  opensAt: string;
  dueAt: string;
  modeLabel: string;
  status: 'open' | 'not_open' | 'past_due' | 'closed';
}

export async function AssignmentList({ items }: { items: AssignmentItem[] }) {
  const [t, tr] = await Promise.all([getTranslations('assignments'), getTranslations('reports')]);
  if (items.length === 0) return <p>{t('list.none')}</p>;
  return (
    <ul className={styles.list}>
      {items.map((a) => (
        <li key={a.id}>
          <strong lang="en">{a.quizTitle}</strong> — {tr(`state.${a.status}`)}
          <p className={styles.meta}>
            {t('list.code')} <span aria-label={a.code.split('').join(' ')}>{a.code}</span> · {t('list.opens')} <LocalTime iso={a.opensAt} /> · {t('list.due')}{' '}
            <LocalTime iso={a.dueAt} /> · {t('list.feedback', { mode: a.modeLabel.toLowerCase() })}
          </p>
          <div className={styles.inline}>
            <Link href={`/teacher/assignments/${a.id}/results`}>{t('list.results')}</Link>
            <Link href={`/teacher/assignments/${a.id}/share`}>{t('list.share')}</Link>
            {a.status !== 'closed' ? <CloseAssignmentForm assignmentId={a.id} label={`${a.quizTitle} (${a.code})`} /> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
