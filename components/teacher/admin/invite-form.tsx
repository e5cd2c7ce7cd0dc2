'use client';
import { useTranslations } from '#i18n/use-translations';
import { useActionState, useId } from 'react';
import { createInviteAction, type InviteState } from '@/app/(teacher)/admin-actions';
import { Field } from '../field';
import { FormMessage } from '../form-message';
import { SubmitButton } from '../submit-button';
import styles from '../teacher.module.css';

const initial: InviteState = { status: 'idle' };

export function InviteForm() {
  const [state, action] = useActionState(createInviteAction, initial);
  const id = useId();
  const t = useTranslations('admin.invite');
  const e = state.fieldErrors ?? {};
  const link = state.status === 'success' ? state.values?.link : undefined;
  return (
    <form action={action} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      <Field name="note" label={t('note')} maxLength={120} error={e.note} />
      <div className={styles.field}>
        <label htmlFor={`${id}-days`}>{t('days')}</label>
        <select id={`${id}-days`} name="days" defaultValue="7">
          {[1, 7, 30].map((days) => (
            <option key={days} value={String(days)}>
              {t('dayCount', { count: days })}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton pending={t('pending')}>{t('submit')}</SubmitButton>
      <FormMessage state={state} />
      {link ? (
        <p>
          <label htmlFor={`${id}-link`}>{t('link')}</label>
          <input id={`${id}-link`} readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
        </p>
      ) : null}
    </form>
  );
}
