'use client';
import { useTranslations } from '#i18n/use-translations';
import { useActionState, useId } from 'react';
import { importRosterAction, setJoinModeAction, type RosterState } from '@/app/(teacher)/roster-actions';
import type { FormState } from '@/lib/forms/state';
import { FormMessage } from './form-message';
import { SubmitButton } from './submit-button';
import styles from './teacher.module.css';

export function RosterForm({ classId }: { classId: string }) {
  const [state, action] = useActionState(importRosterAction, { status: 'idle' } as RosterState);
  const id = useId();
  const t = useTranslations('classes');
  const error = state.fieldErrors?.roster;
  return (
    <form action={action} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('forms.rosterHeading')}</h3>
      <input type="hidden" name="classId" value={classId} />
      <div className={styles.field}>
        <label htmlFor={`${id}-roster`}>{t('forms.rosterNames')}</label>
        <textarea
          id={`${id}-roster`}
          name="roster"
          rows={6}
          defaultValue={state.values?.roster}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error ? (
          <p id={`${id}-error`} className={styles.error}>
            {error}
          </p>
        ) : null}
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-file`}>{t('forms.rosterFile')}</label>
        <input id={`${id}-file`} name="file" type="file" accept=".csv,.txt,text/csv,text/plain" />
      </div>
      <SubmitButton pending={t('forms.importing')}>{t('forms.import')}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function JoinModeForm({ classId, mode }: { classId: string; mode: 'open' | 'roster' }) {
  const [state, action] = useActionState(setJoinModeAction, { status: 'idle' } as FormState<never>);
  const next = mode === 'roster' ? 'open' : 'roster';
  const t = useTranslations('classes');
  return (
    <form action={action}>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="mode" value={next} />
      <p className={styles.hint}>
        {mode === 'roster' ? t('forms.joinRosterHint') : t('forms.joinOpenHint')}
      </p>
      <SubmitButton pending={t('forms.saving')}>{next === 'roster' ? t('forms.useRoster') : t('forms.useOpen')}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
