// The results views as links (the view lives in the URL, so a refresh or a shared link keeps it).
import Link from 'next/link';
import { resultsPath } from './paths';
import styles from './results.module.css';

export const RESULT_VIEWS = [
  { id: 'progress', label: 'Progress' },
  { id: 'questions', label: 'By question' },
  { id: 'misconceptions', label: 'Misconceptions' },
] as const;
export type ResultView = (typeof RESULT_VIEWS)[number]['id'];

export function parseView(value: unknown): ResultView {
  return RESULT_VIEWS.find((v) => v.id === value)?.id ?? 'progress';
}

export function ResultsTabs({ assignmentId, current }: { assignmentId: string; current: ResultView }) {
  return (
    <nav aria-label="Results views">
      <ul className={styles.tabs}>
        {RESULT_VIEWS.map((v) => (
          <li key={v.id}>
            <Link href={`${resultsPath(assignmentId)}?view=${v.id}`} aria-current={v.id === current ? 'page' : undefined} scroll={false}>
              {v.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
