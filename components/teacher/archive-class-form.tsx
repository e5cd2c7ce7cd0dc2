'use client';
import { useTranslations } from '#i18n/use-translations';
import { useActionState } from 'react';
import { archiveClassAction, type SimpleState } from '@/app/(teacher)/class-actions';
import { FormMessage } from './form-message';
import { SubmitButton } from './submit-button';
import styles from './teacher.module.css';

const initial: SimpleState = { status: 'idle' };

export function ArchiveClassForm({ classId, archived }: { classId: string; archived: boolean }) {
  const [state, action] = useActionState(archiveClassAction, initial);
  const t = useTranslations('classes');
  return (
    <form action={action}>
      <input type="hidden" name="classId" value={classId} />
      {archived ? <input type="hidden" name="restore" value="1" /> : null}
      <p className={styles.hint}>
        {archived ? t('forms.archivedHint') : t('forms.archiveHint')}
      </p>
      <SubmitButton pending={archived ? t('forms.restoring') : t('forms.archiving')}>{archived ? t('forms.restore') : t('forms.archive')}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
