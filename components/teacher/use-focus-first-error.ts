'use client';
import { useEffect, useRef } from 'react';
import type { FormState } from '@/lib/forms/state';

/** After a failed submit, moves keyboard focus to the first field marked invalid. */
export function useFocusFirstError(state: FormState<string>) {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status !== 'error' || !state.fieldErrors) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  return formRef;
}
