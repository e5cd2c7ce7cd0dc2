'use client';
import { useActionState, useId } from 'react';
import { setTimeFactorAction } from '@/app/(teacher)/student-actions';
import type { FormState } from '@/lib/forms/state';

const OPTIONS = [
  { value: '1', label: 'Standard time' },
  { value: '1.5', label: 'Time and a half (×1.5)' },
  { value: '2', label: 'Double time (×2)' },
  { value: 'untimed', label: 'Untimed' },
] as const;

const initial: FormState<'timeFactor'> = { status: 'idle' };

export function StudentTimeForm({ classId, studentId, name, timeFactor }: { classId: string; studentId: string; name: string; timeFactor: string }) {
  const [state, action, pending] = useActionState(setTimeFactorAction, initial);
  const id = useId();
  return (
    <form action={action} style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center' }}>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="studentId" value={studentId} />
      <label htmlFor={`${id}-t`}>
        Time allowance for <strong>{name}</strong>
      </label>
      <select id={`${id}-t`} name="timeFactor" defaultValue={timeFactor} style={{ font: 'inherit', minHeight: '2.75rem' }}>
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary" disabled={pending}>
        {pending ? 'Saving…' : 'Save'}
      </button>
      <span role="status" className={state.status === 'error' ? 'error' : 'muted small'}>
        {state.message ?? ''}
      </span>
    </form>
  );
}
