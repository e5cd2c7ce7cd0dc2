'use client';
import { useActionState, useId } from 'react';
import { useClientValue } from '@/components/use-client-value';
import { createAssignmentAction, type AssignmentField } from '@/app/(teacher)/class-actions';
import type { FormState } from '@/lib/forms/state';
import { Field } from './field';
import { FormMessage } from './form-message';
import { SubmitButton } from './submit-button';
import styles from './teacher.module.css';
import { useFocusFirstError } from './use-focus-first-error';

export interface QuizChoice {
  id: string;
  title: string;
  minutes: number;
  itemCount: number;
}

const MODES = [
  { value: 'each', label: 'After each question', hint: 'Feedback as soon as a question is answered. Good for practice in class.' },
  { value: 'submit', label: 'After handing in', hint: 'Feedback for the whole quiz once the student submits it.' },
  { value: 'due', label: 'After the due date', hint: 'Nobody sees answers or feedback until the due date has passed. Good for tests.' },
] as const;

const initial: FormState<AssignmentField> = { status: 'idle' };

// "YYYY-MM-DDTHH:mm" in the browser's zone, as datetime-local inputs want it.
function localInputValue(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A string, so React can compare snapshots by value: "zone\nYYYY-MM-DDTHH:mm". */
function browserDefaults(): string {
  const due = new Date();
  due.setDate(due.getDate() + 7);
  due.setHours(17, 0, 0, 0);
  return `${Intl.DateTimeFormat().resolvedOptions().timeZone}\n${localInputValue(due)}`;
}

export function CreateAssignmentForm({ classId, quizzes }: { classId: string; quizzes: QuizChoice[] }) {
  const [state, action] = useActionState(createAssignmentAction, initial);
  const formRef = useFocusFirstError(state);
  // the browser's zone and a due date a week from today at 17:00 in it; none on the server (it does not know them)
  const browserText = useClientValue<string | null>(browserDefaults, () => null);
  const [tz, due] = browserText?.split('\n') ?? [];
  const browser = tz !== undefined && due !== undefined ? { tz, due } : null;
  const id = useId();
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};

  if (quizzes.length === 0) {
    return <p>There are no quizzes in the content folder yet, so there is nothing to assign.</p>;
  }
  const describe = (field: AssignmentField, hint?: boolean) =>
    [hint ? `${id}-${field}-hint` : '', e[field] ? `${id}-${field}-error` : ''].filter(Boolean).join(' ') || undefined;
  const errorText = (field: AssignmentField) =>
    e[field] ? (
      <p id={`${id}-${field}-error`} className={styles.error}>
        {e[field]}
      </p>
    ) : null;

  return (
    <form ref={formRef} action={action} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>New assignment</h2>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="tz" value={browser?.tz ?? ''} />

      <div className={styles.field}>
        <label htmlFor={`${id}-quiz`}>Quiz</label>
        <select id={`${id}-quiz`} name="quizId" required defaultValue={v.quizId ?? quizzes[0]?.id} aria-invalid={e.quizId ? true : undefined} aria-describedby={describe('quizId')}>
          {quizzes.map((q) => (
            <option key={q.id} value={q.id}>
              {q.title} ({q.itemCount} {q.itemCount === 1 ? 'question' : 'questions'}, about {q.minutes} min)
            </option>
          ))}
        </select>
        {errorText('quizId')}
      </div>

      <Field name="opensAt" label="Opens" type="datetime-local" hint="Leave empty to open it now." defaultValue={v.opensAt} error={e.opensAt} />
      <Field
        key={browser ? 'browser' : 'server'}
        name="dueAt"
        label="Due"
        type="datetime-local"
        hint={browser ? `Times are in your time zone (${browser.tz}).` : undefined}
        required
        defaultValue={v.dueAt ?? browser?.due}
        error={e.dueAt}
      />

      <fieldset className={styles.choices} aria-describedby={describe('mode')}>
        <legend>When do students see the answers and feedback?</legend>
        {MODES.map((m) => (
          <div key={m.value} className={styles.choice}>
            <input type="radio" id={`${id}-mode-${m.value}`} name="mode" value={m.value} defaultChecked={(v.mode || 'submit') === m.value} aria-describedby={`${id}-mode-${m.value}-hint`} />
            <label htmlFor={`${id}-mode-${m.value}`}>
              {m.label}
              <span id={`${id}-mode-${m.value}-hint`} className={styles.hint}>
                {' '}
                — {m.hint}
              </span>
            </label>
          </div>
        ))}
        {errorText('mode')}
      </fieldset>

      <Field name="attemptsAllowed" label="Attempts allowed" type="number" inputMode="numeric" min={1} max={20} step={1} required defaultValue={v.attemptsAllowed ?? '1'} error={e.attemptsAllowed} />
      <Field
        name="timeLimitMinutes"
        label="Time limit in minutes (optional)"
        type="number"
        inputMode="numeric"
        min={1}
        max={600}
        step={1}
        hint="Leave empty for no limit. Students with extra time get 1.5×, 2× or no limit (set per student)."
        defaultValue={v.timeLimitMinutes}
        error={e.timeLimitMinutes}
      />
      <div className={styles.choice}>
        <input type="checkbox" id={`${id}-shuffle`} name="shuffle" defaultChecked={v.shuffle === undefined ? true : v.shuffle === 'on'} aria-describedby={`${id}-shuffle-hint`} />
        <label htmlFor={`${id}-shuffle`}>
          Shuffle answer options
          <span id={`${id}-shuffle-hint`} className={styles.hint}>
            {' '}
            — each student sees options in their own order.
          </span>
        </label>
      </div>

      <SubmitButton pending="Creating assignment…">Create assignment and get the code</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
