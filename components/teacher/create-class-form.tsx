'use client';
import { useActionState } from 'react';
import { createClassAction, type ClassNameField } from '@/app/(teacher)/class-actions';
import type { FormState } from '@/lib/forms/state';
import { Field } from './field';
import { FormMessage } from './form-message';
import { SubmitButton } from './submit-button';
import { useFocusFirstError } from './use-focus-first-error';

const initial: FormState<ClassNameField> = { status: 'idle' };

export function CreateClassForm() {
  const [state, action] = useActionState(createClassAction, initial);
  const formRef = useFocusFirstError(state);
  return (
    <form ref={formRef} action={action} noValidate aria-labelledby="create-class-heading">
      <h2 id="create-class-heading">New class</h2>
      <Field name="name" label="Class name" hint="For example: 9B Media literacy, Tuesday." required maxLength={80} defaultValue={state.values?.name} error={state.fieldErrors?.name} />
      <SubmitButton pending="Creating…">Create class</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
