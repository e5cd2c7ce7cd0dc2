'use client';
import { useActionState, useId, useState } from 'react';
import { useClientValue } from '@/components/use-client-value';
import { createAssignmentAction, type AssignmentField } from '@/app/(teacher)/class-actions';
import type { FormState } from '@/lib/forms/state';
import { Field } from './field';
import { FormMessage } from './form-message';
import { SubmitButton } from './submit-button';
import styles from './teacher.module.css';
import { useFocusFirstError } from './use-focus-first-error';
import type { QuizUse } from '@/content/schema';

export interface QuizChoice {
  id: string;
  title: string;
  minutes: number;
  itemCount: number;
  use: QuizUse;
}

// what a teacher must know before choosing: a practice quiz's answers are public
const USE_NOTE: Record<QuizUse, { label: string; note: string }> = {
  practice: {
    label: 'practice',
    note: 'A practice quiz is also open to anyone as public practice with instant feedback, so its answers can be looked up by anyone. It suits practice and homework, not marks.',
  },
  assessment: {
    label: 'assessment, for marks',
    note: 'An assessment quiz is never shown as public practice: students reach it only through your assignment. Use it for marks.',
  },
};

const MODES = [
  { value: 'each', label: 'After each question', hint: 'Feedback as soon as a question is answered. Good for practice in class.' },
  {
    value: 'submit',
    label: 'After handing in',
    hint: 'Feedback for the whole quiz once the student submits it. With more than one attempt, a handed-in attempt shows only which questions were right, partly right or wrong until the last attempt is handed in or the due date passes; the answers and explanations come then.',
  },
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

export function CreateAssignmentForm({ classId, quizzes, openJoin = false }: { classId: string; quizzes: QuizChoice[]; openJoin?: boolean }) {
  const [state, action] = useActionState(createAssignmentAction, initial);
  const formRef = useFocusFirstError(state);
  // the browser's zone and a due date a week from today at 17:00 in it; none on the server (it does not know them)
  const browserText = useClientValue<string | null>(browserDefaults, () => null);
  const [tz, due] = browserText?.split('\n') ?? [];
  const browser = tz !== undefined && due !== undefined ? { tz, due } : null;
  const [quizId, setQuizId] = useState<string | undefined>(undefined);
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
        <select
          id={`${id}-quiz`}
          name="quizId"
          required
          defaultValue={v.quizId ?? quizzes[0]?.id}
          onChange={(event) => setQuizId(event.target.value)}
          aria-invalid={e.quizId ? true : undefined}
          aria-describedby={describe('quizId', true)}
        >
          {quizzes.map((q) => (
            <option key={q.id} value={q.id}>
              {q.title} ({USE_NOTE[q.use].label}; {q.itemCount} {q.itemCount === 1 ? 'question' : 'questions'}, about {q.minutes} min)
            </option>
          ))}
        </select>
        <p id={`${id}-quizId-hint`} className={styles.hint} aria-live="polite">
          {USE_NOTE[(quizzes.find((q) => q.id === (quizId ?? v.quizId)) ?? quizzes[0])?.use ?? 'practice'].note}
        </p>
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
        {openJoin ? (
          <p className={styles.hint}>
            This class has open join: anyone with the code joins by typing a name, so with “after handing in” a student can
            join again under extra names, hand in at random and read the feedback. Use the class roster to stop that.
          </p>
        ) : null}
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
