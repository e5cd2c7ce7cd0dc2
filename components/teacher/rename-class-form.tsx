'use client';
import { useTranslations } from '#i18n/use-translations';
import { useActionState } from 'react';
import { renameClassAction, type ClassNameField } from '@/app/(teacher)/class-actions';
import type { FormState } from '@/lib/forms/state';
import { Field } from './field';
import { FormMessage } from './form-message';
import { SubmitButton } from './submit-button';
import { useFocusFirstError } from './use-focus-first-error';

const initial: FormState<ClassNameField> = { status: 'idle' };

export function RenameClassForm({ classId, name }: { classId: string; name: string }) {
  const [state, action] = useActionState(renameClassAction, initial);
  const formRef = useFocusFirstError(state);
  const t = useTranslations('classes');
  return (
    <form ref={formRef} action={action} noValidate>
      <input type="hidden" name="classId" value={classId} />
      <Field name="name" label={t('forms.className')} required maxLength={80} defaultValue={state.values?.name ?? name} error={state.fieldErrors?.name} />
      <SubmitButton pending={t('forms.saving')}>{t('forms.rename')}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
