'use client';
import { useActionState } from 'react';
import { useTranslations } from '#i18n/use-translations';
import { joinAction, type JoinField } from '@/app/(student)/join/actions';
import type { FormState } from '@/lib/forms/state';
import { JoinSubmit } from './join-submit';

const initial: FormState<JoinField> = { status: 'idle' };

function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={id} className="error">
      {error}
    </p>
  ) : null;
}

/** `joinKey` is made fresh for each form the server renders, for this device: a resent submit joins only once. */
export function JoinForm({ code, joinKey }: { code: string; joinKey: string | undefined }) {
  const t = useTranslations('join');
  const [state, action, pending] = useActionState(joinAction, initial);
  const nameError = state.fieldErrors?.displayName;
  const codeError = state.fieldErrors?.code;
  return (
    <form action={action} noValidate>
      <input type="hidden" name="code" value={code} />
      {joinKey ? <input type="hidden" name="joinKey" value={joinKey} /> : null}
      {codeError ? (
        <p role="alert" className="error">
          {codeError}
        </p>
      ) : null}
      <p>
        <label htmlFor="displayName">
          <strong>{t('nameLabel')}</strong>
        </label>
        <br />
        <span id="displayName-hint" className="muted small">
          {t('nameHint')}
        </span>
        <br />
        <input
          id="displayName"
          name="displayName"
          autoComplete="off"
          maxLength={40}
          required
          defaultValue={state.values?.displayName ?? ''}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={`displayName-hint${nameError ? ' displayName-error' : ''}`}
          style={{ width: '100%', maxWidth: '24rem', font: 'inherit', padding: '0.5rem', minHeight: '2.75rem' }}
        />
      </p>
      <FieldError id="displayName-error" error={nameError} />
      <JoinSubmit message={state.message} pending={pending} />
    </form>
  );
}
