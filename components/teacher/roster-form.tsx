'use client';
import { useActionState, useId } from 'react';
import { importRosterAction, setJoinModeAction, type RosterState } from '@/app/(teacher)/roster-actions';
import type { FormState } from '@/lib/forms/state';
import { FormMessage } from './form-message';
import { SubmitButton } from './submit-button';
import styles from './teacher.module.css';

export function RosterForm({ classId }: { classId: string }) {
  const [state, action] = useActionState(importRosterAction, { status: 'idle' } as RosterState);
  const id = useId();
  const error = state.fieldErrors?.roster;
  return (
    <form action={action} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Add students to the roster</h3>
      <input type="hidden" name="classId" value={classId} />
      <div className={styles.field}>
        <label htmlFor={`${id}-roster`}>Names, one a line (or paste a CSV with a “name” column)</label>
        <textarea
          id={`${id}-roster`}
          name="roster"
          rows={6}
          defaultValue={state.values?.roster}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error ? (
          <p id={`${id}-error`} className={styles.error}>
            {error}
          </p>
        ) : null}
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-file`}>Or import a CSV file (UTF-8)</label>
        <input id={`${id}-file`} name="file" type="file" accept=".csv,.txt,text/csv,text/plain" />
      </div>
      <SubmitButton pending="Importing…">Import names</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function JoinModeForm({ classId, mode }: { classId: string; mode: 'open' | 'roster' }) {
  const [state, action] = useActionState(setJoinModeAction, { status: 'idle' } as FormState<never>);
  const next = mode === 'roster' ? 'open' : 'roster';
  return (
    <form action={action}>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="mode" value={next} />
      <p className={styles.hint}>
        {mode === 'roster'
          ? 'Students join by picking their name and typing their personal code: nobody joins under a made-up name.'
          : 'Open join: anyone with the code joins by typing a name. With feedback after handing in, extra names can be used to hand in at random and read the feedback; names that joined from a device already in this class are flagged below.'}
      </p>
      <SubmitButton pending="Saving…">{next === 'roster' ? 'Use the roster to join' : 'Let anyone with the code join by name'}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
