'use client';
import { useFormStatus } from 'react-dom';
import type { ReactNode } from 'react';
import styles from './teacher.module.css';

/** A submit button that says it is working while the form's action runs. */
export function SubmitButton({ children, pending: pendingLabel }: { children: ReactNode; pending: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={styles.button} aria-disabled={pending} disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}
