'use client';
// One library action (share, publish, duplicate...) as a small form of hidden fields and a button: a server action
// that re-checks the session and ownership itself. A refusal to publish lists every problem the check found.
import { useActionState } from 'react';
import type { LibraryState } from '@/app/(teacher)/library-actions';
import { FormMessage } from '@/components/teacher/form-message';
import { SubmitButton } from '@/components/teacher/submit-button';
import styles from './library.module.css';

const initial: LibraryState = { status: 'idle' };

export function LibraryAction({
  action,
  fields,
  label,
  pending,
  subject,
}: {
  action: (prev: LibraryState, form: FormData) => Promise<LibraryState>;
  fields: Record<string, string>;
  label: string;
  pending: string;
  subject: string; // the quiz's title, so a screen reader's list of buttons says which quiz each is for
}) {
  const [state, formAction] = useActionState(action, initial);
  return (
    <form action={formAction}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pending={pending}>
        {label}
        <span className="visually-hidden"> “{subject}”</span>
      </SubmitButton>
      <FormMessage state={state} />
      {state.problems && state.problems.length > 0 ? (
        // the content check's problems, named by file and path, in its own words (English)
        <ul className={styles.problems} lang="en" dir="ltr">
          {state.problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
