'use client';
import { useTranslations } from '#i18n/use-translations';
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

// what a teacher must know before choosing: a practice quiz's answers are public (form.use.<use>.note)
const MODES = ['each', 'submit', 'due'] as const;

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
  const t = useTranslations('assignments');
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};

  if (quizzes.length === 0) {
    return <p>{t('form.noQuizzes')}</p>;
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
      <h2 id={`${id}-heading`}>{t('form.heading')}</h2>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="tz" value={browser?.tz ?? ''} />

      <div className={styles.field}>
        <label htmlFor={`${id}-quiz`}>{t('form.quiz')}</label>
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
              {t('form.quizOption', { title: q.title, use: t(`form.use.${q.use}.label`), items: q.itemCount, minutes: q.minutes })}
            </option>
          ))}
        </select>
        <p id={`${id}-quizId-hint`} className={styles.hint} aria-live="polite">
          {t(`form.use.${(quizzes.find((q) => q.id === (quizId ?? v.quizId)) ?? quizzes[0])?.use ?? 'practice'}.note`)}
        </p>
        {errorText('quizId')}
      </div>

      <Field name="opensAt" label={t('form.opens')} type="datetime-local" hint={t('form.opensHint')} defaultValue={v.opensAt} error={e.opensAt} />
      <Field
        key={browser ? 'browser' : 'server'}
        name="dueAt"
        label={t('form.due')}
        type="datetime-local"
        hint={browser ? t('form.dueHint', { tz: browser.tz }) : t('form.dueHintServer')}
        required
        defaultValue={v.dueAt ?? browser?.due}
        error={e.dueAt}
      />

      <fieldset className={styles.choices} aria-describedby={describe('mode')}>
        <legend>{t('form.modeLegend')}</legend>
        {MODES.map((m) => (
          <div key={m} className={styles.choice}>
            <input type="radio" id={`${id}-mode-${m}`} name="mode" value={m} defaultChecked={(v.mode || 'submit') === m} aria-describedby={`${id}-mode-${m}-hint`} />
            <label htmlFor={`${id}-mode-${m}`}>
              {t(`form.mode.${m}.label`)}
              <span id={`${id}-mode-${m}-hint`} className={styles.hint}>
                {' '}
                — {t(`form.mode.${m}.hint`)}
              </span>
            </label>
          </div>
        ))}
        {openJoin ? (
          <p className={styles.hint}>{t('form.openJoinWarning')}</p>
        ) : null}
        {errorText('mode')}
      </fieldset>

      <Field name="attemptsAllowed" label={t('form.attempts')} type="number" inputMode="numeric" min={1} max={20} step={1} required defaultValue={v.attemptsAllowed ?? '1'} error={e.attemptsAllowed} />
      <Field
        name="timeLimitMinutes"
        label={t('form.timeLimit')}
        type="number"
        inputMode="numeric"
        min={1}
        max={600}
        step={1}
        hint={t('form.timeLimitHint')}
        defaultValue={v.timeLimitMinutes}
        error={e.timeLimitMinutes}
      />
      <div className={styles.choice}>
        <input type="checkbox" id={`${id}-shuffle`} name="shuffle" defaultChecked={v.shuffle === undefined ? true : v.shuffle === 'on'} aria-describedby={`${id}-shuffle-hint`} />
        <label htmlFor={`${id}-shuffle`}>
          {t('form.shuffle')}
          <span id={`${id}-shuffle-hint`} className={styles.hint}>
            {' '}
            — {t('form.shuffleHint')}
          </span>
        </label>
      </div>

      <SubmitButton pending={t('form.creating')}>{t('form.create')}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
