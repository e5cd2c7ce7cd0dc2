'use client';
import { useActionState } from 'react';
import { archiveClassAction, type SimpleState } from '@/app/(teacher)/class-actions';
import { FormMessage } from './form-message';
import { SubmitButton } from './submit-button';
import styles from './teacher.module.css';

const initial: SimpleState = { status: 'idle' };

export function ArchiveClassForm({ classId, archived }: { classId: string; archived: boolean }) {
  const [state, action] = useActionState(archiveClassAction, initial);
  return (
    <form action={action}>
      <input type="hidden" name="classId" value={classId} />
      {archived ? <input type="hidden" name="restore" value="1" /> : null}
      <p className={styles.hint}>
        {archived
          ? 'This class is archived. Restore it to set new assignments.'
          : 'Archiving closes every open assignment of this class; results are kept.'}
      </p>
      <SubmitButton pending={archived ? 'Restoring…' : 'Archiving…'}>{archived ? 'Restore class' : 'Archive class'}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
