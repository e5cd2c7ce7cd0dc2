'use client';
// The teacher's rating of a written answer against the rubric; it replaces the student's own rating in the score.
import { useTranslations } from '#i18n/use-translations';
import { useActionState, useId } from 'react';
import { rateWrittenAnswerAction, type RatingField } from '@/app/(teacher)/results-actions';
import type { FormState } from '@/lib/forms/state';
import { FormMessage } from '../form-message';
import { SubmitButton } from '../submit-button';
import teacherStyles from '../teacher.module.css';

const initial: FormState<RatingField> = { status: 'idle' };

export interface RatingFormProps {
  assignmentId: string;
  attemptId: string;
  itemId: string;
  questionNumber: number;
  rubric: Array<{ level: number; label: string; description: string }>;
  current: number | null;
}

export function RatingForm({ assignmentId, attemptId, itemId, questionNumber, rubric, current }: RatingFormProps) {
  const [state, action] = useActionState(rateWrittenAnswerAction, initial);
  const id = useId();
  const t = useTranslations('teacher');
  const error = state.fieldErrors?.rating;
  return (
    <form action={action}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="attemptId" value={attemptId} />
      <input type="hidden" name="itemId" value={itemId} />
      <fieldset className={teacherStyles.choices} aria-describedby={error ? `${id}-error` : undefined}>
        <legend>{t('rating.legend', { n: questionNumber })}</legend>
        {rubric.map((r) => (
          <div key={r.level} className={teacherStyles.choice}>
            <input type="radio" id={`${id}-${r.level}`} name="rating" value={r.level} defaultChecked={current === r.level} />
            <label htmlFor={`${id}-${r.level}`}>
              <strong>
                {r.level} – {r.label}
              </strong>
              <span className={teacherStyles.hint}> {r.description}</span>
            </label>
          </div>
        ))}
        {error ? (
          <p id={`${id}-error`} className={teacherStyles.error}>
            {error}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton pending={t('rating.saving')}>{t('rating.save')}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
