'use client';
import { useTranslations } from '#i18n/use-translations';
import { useActionState } from 'react';
import { setAllowedDomainsAction, type DomainsState } from '@/app/(teacher)/admin-actions';
import { Field } from '../field';
import { FormMessage } from '../form-message';
import { SubmitButton } from '../submit-button';

export function DomainsForm({ domains }: { domains: string[] }) {
  const [state, action] = useActionState(setAllowedDomainsAction, { status: 'idle' } as DomainsState);
  const t = useTranslations('admin.domains');
  return (
    <form action={action} noValidate>
      <h2>{t('heading')}</h2>
      <Field
        name="domains"
        label={t('label')}
        hint={t('hint')}
        defaultValue={state.values?.domains ?? domains.join(', ')}
        error={state.fieldErrors?.domains}
      />
      <SubmitButton pending={t('pending')}>{t('submit')}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
