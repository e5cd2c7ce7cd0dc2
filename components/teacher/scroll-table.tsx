// A table that may be wider than a phone: a named, focusable scroll region (the keyboard scrolls it too), a shadow
// on the edge with more beyond it, and a hint in words on narrow screens. `hint: false` for a table that fits.
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import chartStyles from '@/components/charts/charts.module.css';
import styles from './scroll-table.module.css';

export async function ScrollTable({ label, hint = true, children }: { label: string; hint?: boolean; children: ReactNode }) {
  const t = await getTranslations('teacher');
  return (
    <>
      {hint ? (
        <p className={styles.hint} aria-hidden="true">
          {t('scrollHint')}
        </p>
      ) : null}
      <div className={`${chartStyles.tableWrap} ${styles.scroll}`} role="region" aria-label={label} tabIndex={0}>
        {children}
      </div>
    </>
  );
}

/** The class that stacks a table's rows as cards on a phone (each td needs data-label). Where a browser drops the table
 * semantics of parts made display: block (Safari), each cell still reads with its column's name before it. */
export const stackedTable = styles.stacked;
