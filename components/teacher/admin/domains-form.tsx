'use client';
import { useActionState } from 'react';
import { setAllowedDomainsAction, type DomainsState } from '@/app/(teacher)/admin-actions';
import { Field } from '../field';
import { FormMessage } from '../form-message';
import { SubmitButton } from '../submit-button';

export function DomainsForm({ domains }: { domains: string[] }) {
  const [state, action] = useActionState(setAllowedDomainsAction, { status: 'idle' } as DomainsState);
  return (
    <form action={action} noValidate>
      <h2>Sign-up without an invite</h2>
      <Field
        name="domains"
        label="Email domains allowed to create a teacher account"
        hint="Off when empty: then only invite links create accounts. Separate several with commas, e.g. school.org, staff.school.org."
        defaultValue={state.values?.domains ?? domains.join(', ')}
        error={state.fieldErrors?.domains}
      />
      <SubmitButton pending="Saving…">Save domains</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
