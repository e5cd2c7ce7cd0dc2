'use client';
import { useTranslations } from '#i18n/use-translations';
import { useActionState } from 'react';
import { changePasswordAction, type ChangePasswordField } from '@/app/(teacher)/auth-actions';
import type { FormState } from '@/lib/forms/state';
import { Field } from './field';
import { FormMessage } from './form-message';
import { SubmitButton } from './submit-button';
import { useFocusFirstError } from './use-focus-first-error';

const initial: FormState<ChangePasswordField> = { status: 'idle' };

export function ChangePasswordForm({ minPasswordLength, email }: { minPasswordLength: number; email: string }) {
  const [state, action] = useActionState(changePasswordAction, initial);
  const formRef = useFocusFirstError(state);
  const e = state.fieldErrors ?? {};
  const t = useTranslations('account.password');
  return (
    <form ref={formRef} action={action} noValidate>
      {/* lets password managers file the new password under the right account */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field name="currentPassword" label={t('current')} type="password" autoComplete="current-password" required error={e.currentPassword} />
      <Field
        name="newPassword"
        label={t('new')}
        type="password"
        autoComplete="new-password"
        hint={t('newHint', { min: minPasswordLength })}
        required
        minLength={minPasswordLength}
        error={e.newPassword}
      />
      <Field name="confirmPassword" label={t('again')} type="password" autoComplete="new-password" required error={e.confirmPassword} />
      <SubmitButton pending={t('pending')}>{t('submit')}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
