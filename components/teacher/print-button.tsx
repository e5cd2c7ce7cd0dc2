'use client';
import styles from './teacher.module.css';

/** `label`: the word for "Print" in the page's language (a prop, so that no messages ship for one word). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className={styles.button} onClick={() => window.print()}>
      {label}
    </button>
  );
}
