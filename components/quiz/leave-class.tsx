'use client';
// A shared computer: "Not you? Leave this class on this device". Unsent answers are sent first (or the student is
// told they cannot be, and may leave anyway); then the device forgets the student and its answers.
import { useActionState, useEffect, useState, useTransition } from 'react';
import { useTranslations } from '#i18n/use-translations';
import { leaveClassAction } from '@/app/(student)/join/leave-action';
import type { FormState } from '@/lib/forms/state';
import { useQuizStoreApi } from './quiz-store-provider';

const SEND_WAIT_MS = 15_000;

export function LeaveClass({ classId, storeKey, name }: { classId: string; storeKey: string; name: string }) {
  const t = useTranslations('quizClass.leave');
  const store = useQuizStoreApi();
  const [state, leave] = useActionState(leaveClassAction, { status: 'idle' } as FormState<never>);
  const [phase, setPhase] = useState<'idle' | 'sending' | 'unsent'>('idle');
  const [, startTransition] = useTransition();

  const go = () => {
    // the answers are on the server now (or the student chose to leave without them): the device's copy goes first,
    // as the page may be replaced (by the join page) as soon as the device has left
    localStorage.removeItem(storeKey);
    const form = new FormData();
    form.set('classId', classId);
    startTransition(() => leave(form));
  };

  useEffect(() => {
    if (state.status === 'success') window.location.assign('/join');
  }, [state.status]);

  const start = () => {
    if (store.getState().outbox.length === 0) return go();
    setPhase('sending');
    const timer = setTimeout(() => {
      unsubscribe();
      setPhase('unsent');
    }, SEND_WAIT_MS);
    const unsubscribe = store.subscribe((s) => {
      if (s.outbox.length > 0) return;
      clearTimeout(timer);
      unsubscribe();
      go();
    });
  };

  const unsent = store.getState().outbox.length;
  return (
    <section aria-labelledby="leave-heading" className="card">
      <h2 id="leave-heading">{t('title', { name })}</h2>
      {phase === 'unsent' ? (
        <>
          <p role="alert">{t('unsent', { count: unsent })}</p>
          <div className="actions">
            <button type="button" onClick={start}>
              {t('retry')}
            </button>
            <button type="button" onClick={go}>
              {t('anyway')}
            </button>
          </div>
        </>
      ) : (
        <button type="button" onClick={start} disabled={phase === 'sending'}>
          {phase === 'sending' ? t('sending') : t('button')}
        </button>
      )}
      {state.status === 'error' ? <p role="alert">{state.message}</p> : null}
    </section>
  );
}
