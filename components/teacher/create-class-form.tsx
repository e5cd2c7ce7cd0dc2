'use client';
import { useTranslations } from '#i18n/use-translations';
import { useActionState } from 'react';
import { createClassAction, type ClassNameField } from '@/app/(teacher)/class-actions';
import type { FormState } from '@/lib/forms/state';
import { Field } from './field';
import { FormMessage } from './form-message';
import { SubmitButton } from './submit-button';
import { useFocusFirstError } from './use-focus-first-error';

const initial: FormState<ClassNameField> = { status: 'idle' };

export function CreateClassForm() {
  const [state, action] = useActionState(createClassAction, initial);
  const formRef = useFocusFirstError(state);
  const t = useTranslations('classes');
  return (
    <form ref={formRef} action={action} noValidate aria-labelledby="create-class-heading">
      <h2 id="create-class-heading">{t('forms.newClass')}</h2>
      <Field name="name" label={t('forms.className')} hint={t('forms.classNameHint')} required maxLength={80} defaultValue={state.values?.name} error={state.fieldErrors?.name} />
      <SubmitButton pending={t('forms.creating')}>{t('forms.createClass')}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
