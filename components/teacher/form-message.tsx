'use client';
// The form's overall outcome: success in a polite status region, failure as an alert. Both regions are always
// rendered so screen readers announce the change.
import type { FormState } from '@/lib/forms/state';
import styles from './teacher.module.css';

export function FormMessage({ state }: { state: FormState<string> }) {
  return (
    <>
      <p role="status" className={styles.status}>
        {state.status === 'success' ? state.message : ''}
      </p>
      <p role="alert" className={styles.alert}>
        {state.status === 'error' ? state.message : ''}
      </p>
    </>
  );
}
