'use client';
import styles from './teacher.module.css';

export function PrintButton() {
  return (
    <button type="button" className={styles.button} onClick={() => window.print()}>
      Print
    </button>
  );
}
