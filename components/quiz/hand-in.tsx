'use client';
import { useId, useState } from 'react';
import { useQuizStore } from './quiz-store-provider';

/** Handing in is final, so it asks first and says what is unanswered. */
export function HandIn({ submitUrl, resultsHref, total }: { submitUrl: string; resultsHref: string; total: number }) {
  const answered = useQuizStore((s) => Object.keys(s.answers).length);
  const [asking, setAsking] = useState(false);
  const [state, setState] = useState<{ sending: boolean; error: string | null }>({ sending: false, error: null });
  const id = useId();

  async function handIn() {
    if (state.sending) return;
    setState({ sending: true, error: null });
    try {
      const res = await fetch(submitUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { message?: string; error?: string } | null;
        setState({ sending: false, error: `Not handed in: ${body?.message ?? body?.error ?? `error ${res.status}`}` });
        return;
      }
      window.location.assign(resultsHref);
    } catch {
      setState({ sending: false, error: 'Not handed in: could not reach the server. Your answers are safe; try again.' });
    }
  }

  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        Hand in
      </button>
    );
  }
  return (
    <div role="alertdialog" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`} className="notice">
      <p id={`${id}-t`}>
        <strong>Hand in your answers?</strong>
      </p>
      <p id={`${id}-d`}>
        You have answered {answered} of {total} questions.{' '}
        {answered < total ? 'Unanswered questions count as zero. ' : ''}After handing in you cannot change your answers.
      </p>
      <div className="actions">
        <button type="button" autoFocus onClick={() => void handIn()} disabled={state.sending}>
          {state.sending ? 'Handing in…' : 'Yes, hand in'}
        </button>
        <button type="button" className="secondary" onClick={() => setAsking(false)}>
          Not yet
        </button>
      </div>
      <p role="alert" className="error">
        {state.error ?? ''}
      </p>
    </div>
  );
}
