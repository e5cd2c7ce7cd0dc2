'use client';
import { useTranslations } from '#i18n/use-translations';
import { useActionState } from 'react';
import { closeAssignmentAction, type SimpleState } from '@/app/(teacher)/class-actions';
import { FormMessage } from './form-message';
import styles from './teacher.module.css';

const initial: SimpleState = { status: 'idle' };

export function CloseAssignmentForm({ assignmentId, label }: { assignmentId: string; label: string }) {
  const [state, action, pending] = useActionState(closeAssignmentAction, initial);
  const t = useTranslations('assignments');
  return (
    <form action={action}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <button type="submit" className={styles.linkButton} disabled={pending} aria-label={t('closeLabel', { label })}>
        {pending ? t('closing') : t('close')}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
