'use client';
import { useTranslations } from '#i18n/use-translations';
import { useActionState, useId, type ReactNode } from 'react';
import { setTimeFactorAction } from '@/app/(teacher)/student-actions';
import type { FormState } from '@/lib/forms/state';

const OPTIONS = [
  { value: '1', key: 'standard' },
  { value: '1.5', key: 'half' },
  { value: '2', key: 'double' },
  { value: 'untimed', key: 'untimed' },
] as const;

const bold = (chunks: ReactNode) => <strong>{chunks}</strong>;

const initial: FormState<'timeFactor'> = { status: 'idle' };

export function StudentTimeForm({ classId, studentId, name, timeFactor }: { classId: string; studentId: string; name: string; timeFactor: string }) {
  const [state, action, pending] = useActionState(setTimeFactorAction, initial);
  const id = useId();
  const t = useTranslations('classes');
  return (
    <form action={action} style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center' }}>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="studentId" value={studentId} />
      <label htmlFor={`${id}-t`}>
        {t.rich('forms.timeFor', { name, b: bold })}
      </label>
      <select id={`${id}-t`} name="timeFactor" defaultValue={timeFactor} style={{ font: 'inherit', minHeight: '2.75rem' }}>
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {t(`forms.time.${o.key}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary" disabled={pending}>
        {pending ? t('forms.saving') : t('forms.save')}
      </button>
      <span role="status" className={state.status === 'error' ? 'error' : 'muted small'}>
        {state.message ?? ''}
      </span>
    </form>
  );
}
