'use client';
// Rename, merge or remove one student of the class list; the button pressed says which.
import { useTranslations } from '#i18n/use-translations';
import { useActionState, useId } from 'react';
import { studentListAction, type StudentListState } from '@/app/(teacher)/student-list-actions';
import { FormMessage } from './form-message';
import styles from './teacher.module.css';

export function StudentListForm({ classId, student, others }: { classId: string; student: { id: string; name: string }; others: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(studentListAction, { status: 'idle' } as StudentListState);
  const id = useId();
  const t = useTranslations('classes');
  return (
    <details>
      <summary>{t('forms.tidySummary', { name: student.name })}</summary>
      <form action={action} noValidate>
        <input type="hidden" name="classId" value={classId} />
        <input type="hidden" name="studentId" value={student.id} />
        <div className={styles.field}>
          <label htmlFor={`${id}-name`}>{t('forms.newName')}</label>
          <input id={`${id}-name`} name="name" maxLength={40} defaultValue={student.name} aria-invalid={state.fieldErrors?.name ? true : undefined} />
        </div>
        <button type="submit" name="op" value="rename" disabled={pending}>
          {t('forms.rename')}
        </button>
        {others.length > 0 ? (
          <div className={styles.field}>
            <label htmlFor={`${id}-into`}>{t('forms.sameAs')}</label>
            <select id={`${id}-into`} name="intoId" defaultValue={others[0]?.id}>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
            <button type="submit" name="op" value="merge" disabled={pending}>
              {t('forms.merge', { name: student.name })}
            </button>
          </div>
        ) : null}
        <button type="submit" name="op" value="remove" disabled={pending}>
          {t('forms.remove', { name: student.name })}
        </button>
        <FormMessage state={state} />
      </form>
    </details>
  );
}
