'use client';
import Link from 'next/link';
import { useActionState } from 'react';
import { signUpAction, type SignUpField } from '@/app/(teacher)/auth-actions';
import type { FormState } from '@/lib/forms/state';
import { Field } from './field';
import { FormMessage } from './form-message';
import { SubmitButton } from './submit-button';
import { useFocusFirstError } from './use-focus-first-error';

const initial: FormState<SignUpField> = { status: 'idle' };

export function SignUpForm({ minPasswordLength }: { minPasswordLength: number }) {
  const [state, action] = useActionState(signUpAction, initial);
  const formRef = useFocusFirstError(state);
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} action={action} noValidate>
      <FormMessage state={state} />
      <Field name="name" label="Your name" hint="As your students will see it, e.g. Ms Rahimi." autoComplete="name" required maxLength={80} defaultValue={state.values?.name} error={e.name} />
      <Field name="email" label="Email" type="email" autoComplete="email" inputMode="email" required defaultValue={state.values?.email} error={e.email} />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${minPasswordLength} characters. A short sentence is easy to remember and hard to guess.`}
        required
        minLength={minPasswordLength}
        error={e.password}
      />
      <SubmitButton pending="Creating your account…">Create account</SubmitButton>
      <p>
        Already have an account? <Link href="/teacher/sign-in">Sign in</Link>
      </p>
    </form>
  );
}
