'use client';
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
  const e = state.fieldErrors ?? {};
  const link = state.status === 'success' ? state.values?.link : undefined;
  return (
    <form action={action} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Invite a teacher</h2>
      <Field name="note" label="Who it is for (optional, only you see it)" maxLength={120} error={e.note} />
      <div className={styles.field}>
        <label htmlFor={`${id}-days`}>The link works for</label>
        <select id={`${id}-days`} name="days" defaultValue="7">
          <option value="1">1 day</option>
          <option value="7">7 days</option>
          <option value="30">30 days</option>
        </select>
      </div>
      <SubmitButton pending="Making the link…">Make an invite link</SubmitButton>
      <FormMessage state={state} />
      {link ? (
        <p>
          <label htmlFor={`${id}-link`}>Invite link (shown once; it makes one account)</label>
          <input id={`${id}-link`} readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
        </p>
      ) : null}
    </form>
  );
}
