import Link from 'next/link';
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

const STATUS: Record<AssignmentItem['status'], string> = {
  open: 'Open',
  not_open: 'Not open yet',
  past_due: 'Past due',
  closed: 'Closed',
};

export function AssignmentList({ items }: { items: AssignmentItem[] }) {
  if (items.length === 0) return <p>No assignments yet. Create one below.</p>;
  return (
    <ul className={styles.list}>
      {items.map((a) => (
        <li key={a.id}>
          <strong>{a.quizTitle}</strong> — {STATUS[a.status]}
          <p className={styles.meta}>
            Code <span aria-label={a.code.split('').join(' ')}>{a.code}</span> · opens <LocalTime iso={a.opensAt} /> · due{' '}
            <LocalTime iso={a.dueAt} /> · feedback {a.modeLabel.toLowerCase()}
          </p>
          <div className={styles.inline}>
            <Link href={`/teacher/assignments/${a.id}/results`}>Results</Link>
            <Link href={`/teacher/assignments/${a.id}/share`}>Share code and QR</Link>
            {a.status !== 'closed' ? <CloseAssignmentForm assignmentId={a.id} label={`${a.quizTitle} (${a.code})`} /> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
