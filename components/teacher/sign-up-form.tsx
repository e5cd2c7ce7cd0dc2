'use client';
import Link from 'next/link';
import { useTranslations } from '#i18n/use-translations';
import { useActionState } from 'react';
import { setupAction, signUpAction, type SignUpField } from '@/app/(teacher)/auth-actions';
import type { FormState } from '@/lib/forms/state';
import { Field } from './field';
import { FormMessage } from './form-message';
import { SubmitButton } from './submit-button';
import { useFocusFirstError } from './use-focus-first-error';

const initial: FormState<SignUpField> = { status: 'idle' };

/** A new teacher account: from an invite (`invite`), the setup link (`setupToken`), or an allowed email domain. */
export function SignUpForm({ minPasswordLength, invite, setupToken }: { minPasswordLength: number; invite?: string; setupToken?: string }) {
  const [state, action] = useActionState(setupToken ? setupAction : signUpAction, initial);
  const formRef = useFocusFirstError(state);
  const e = state.fieldErrors ?? {};
  const t = useTranslations('account.signUp');
  return (
    <form ref={formRef} action={action} noValidate>
      <FormMessage state={state} />
      {invite ? <input type="hidden" name="invite" value={invite} /> : null}
      {setupToken ? <input type="hidden" name="token" value={setupToken} /> : null}
      <Field name="name" label={t('name')} hint={t('nameHint')} autoComplete="name" required maxLength={80} defaultValue={state.values?.name} error={e.name} />
      <Field name="email" label={t('email')} type="email" autoComplete="email" inputMode="email" required defaultValue={state.values?.email} error={e.email} />
      <Field
        name="password"
        label={t('password')}
        type="password"
        autoComplete="new-password"
        hint={t('passwordHint', { min: minPasswordLength })}
        required
        minLength={minPasswordLength}
        error={e.password}
      />
      <SubmitButton pending={t('pending')}>{setupToken ? t('submitAdmin') : t('submit')}</SubmitButton>
      <p>
        {t('haveAccount')} <Link href="/teacher/sign-in">{t('signIn')}</Link>
      </p>
    </form>
  );
}
