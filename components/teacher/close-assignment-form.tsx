'use client';
import { useActionState } from 'react';
import { closeAssignmentAction, type SimpleState } from '@/app/(teacher)/class-actions';
import { FormMessage } from './form-message';
import styles from './teacher.module.css';

const initial: SimpleState = { status: 'idle' };

export function CloseAssignmentForm({ assignmentId, label }: { assignmentId: string; label: string }) {
  const [state, action, pending] = useActionState(closeAssignmentAction, initial);
  return (
    <form action={action}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <button type="submit" className={styles.linkButton} disabled={pending} aria-label={`Close ${label}`}>
        {pending ? 'Closing…' : 'Close'}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
