'use client';
// One button for one row of the admin page (revoke an invite, disable or enable a teacher), with its own message.
import { useActionState } from 'react';
import type { SimpleAdminState } from '@/app/(teacher)/admin-actions';
import { FormMessage } from '../form-message';
import { SubmitButton } from '../submit-button';

const initial: SimpleAdminState = { status: 'idle' };

export function RowActionForm({
  action: run,
  fields,
  label,
  pending,
}: {
  action: (prev: SimpleAdminState, form: FormData) => Promise<SimpleAdminState>;
  fields: Record<string, string>;
  label: string;
  pending: string;
}) {
  const [state, action] = useActionState(run, initial);
  return (
    <form action={action}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pending={pending}>{label}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
