// The results views as links (the view lives in the URL, so a refresh or a shared link keeps it).
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { resultsPath } from './paths';
import styles from './results.module.css';

export const RESULT_VIEWS = ['progress', 'questions', 'misconceptions'] as const;
export type ResultView = (typeof RESULT_VIEWS)[number];

export function parseView(value: unknown): ResultView {
  return RESULT_VIEWS.find((v) => v === value) ?? 'progress';
}

export async function ResultsTabs({ assignmentId, current }: { assignmentId: string; current: ResultView }) {
  const t = await getTranslations('reports');
  return (
    <nav aria-label={t('views.label')}>
      <ul className={styles.tabs}>
        {RESULT_VIEWS.map((v) => (
          <li key={v}>
            <Link href={`${resultsPath(assignmentId)}?view=${v}`} aria-current={v === current ? 'page' : undefined} scroll={false}>
              {t(`views.${v}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
