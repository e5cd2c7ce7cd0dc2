'use client';
// Joining a roster class: pick your name from the teacher's list and type the personal code from the class sheet.
import { useActionState } from 'react';
import { useTranslations } from '#i18n/use-translations';
import { joinAction, type JoinField } from '@/app/(student)/join/actions';
import type { FormState } from '@/lib/forms/state';
import { JoinSubmit } from './join-submit';

const initial: FormState<JoinField> = { status: 'idle' };
const input = { font: 'inherit', padding: '0.5rem', minHeight: '2.75rem', maxWidth: '24rem', width: '100%' } as const;

export function RosterJoinForm({ code, names }: { code: string; names: { id: string; displayName: string }[] }) {
  const t = useTranslations('join');
  const [state, action, pending] = useActionState(joinAction, initial);
  const codeError = state.fieldErrors?.studentId ?? state.fieldErrors?.personalCode ?? state.fieldErrors?.code;
  return (
    <form action={action} noValidate>
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="roster" value="1" />
      <p>
        <label htmlFor="studentId">
          <strong>{t('nameLabel')}</strong>
        </label>
        <br />
        <select
          key={state.values?.studentId ?? ''}
          id="studentId"
          name="studentId"
          required
          defaultValue={state.values?.studentId ?? ''}
          aria-invalid={state.fieldErrors?.studentId ? true : undefined}
          style={input}
        >
          <option value="" disabled>
            {t('chooseName')}
          </option>
          {names.map((n) => (
            <option key={n.id} value={n.id}>
              {n.displayName}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label htmlFor="personalCode">
          <strong>{t('personalCodeLabel')}</strong>
        </label>
        <br />
        <span id="personalCode-hint" className="muted small">
          {t('personalCodeHint')}
        </span>
        <br />
        <input
          id="personalCode"
          name="personalCode"
          autoComplete="off"
          autoCapitalize="characters"
          maxLength={12}
          required
          aria-invalid={codeError ? true : undefined}
          aria-describedby={`personalCode-hint${codeError ? ' personalCode-error' : ''}`}
          style={input}
        />
      </p>
      {codeError ? (
        <p id="personalCode-error" className="error">
          {codeError}
        </p>
      ) : null}
      <JoinSubmit message={state.message} pending={pending} />
    </form>
  );
}
