'use client';
import Link from 'next/link';
import { useTranslations } from '#i18n/use-translations';
import { useActionState } from 'react';
import { signInAction, type SignInField } from '@/app/(teacher)/auth-actions';
import type { FormState } from '@/lib/forms/state';
import { Field } from './field';
import { FormMessage } from './form-message';
import { SubmitButton } from './submit-button';
import { useFocusFirstError } from './use-focus-first-error';

const initial: FormState<SignInField> = { status: 'idle' };

export function SignInForm({ next }: { next?: string | undefined }) {
  const [state, action] = useActionState(signInAction, initial);
  const formRef = useFocusFirstError(state);
  const e = state.fieldErrors ?? {};
  const t = useTranslations('account.signIn');
  return (
    <form ref={formRef} action={action} noValidate>
      <FormMessage state={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field name="email" label={t('email')} type="email" autoComplete="username" inputMode="email" required defaultValue={state.values?.email} error={e.email} />
      <Field name="password" label={t('password')} type="password" autoComplete="current-password" required error={e.password} />
      <SubmitButton pending={t('pending')}>{t('submit')}</SubmitButton>
      <p>
        {t('newHere')} <Link href="/teacher/sign-up">{t('createAccount')}</Link>
      </p>
    </form>
  );
}
