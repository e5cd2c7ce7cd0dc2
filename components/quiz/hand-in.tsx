'use client';
import { useId, useState } from 'react';
import { useQuizStore } from './quiz-store-provider';

/** Handing in is final, so it asks first. The hand-in is queued behind any unsent answers and sent by the sync. */
export function HandIn({ total, disabled = false }: { total: number; disabled?: boolean }) {
  const answered = useQuizStore((s) => Object.keys(s.answers).length);
  const queued = useQuizStore((s) => s.handInQueued);
  const waiting = useQuizStore((s) => s.outbox.length);
  const queueHandIn = useQuizStore((s) => s.queueHandIn);
  const [asking, setAsking] = useState(false);
  const id = useId();

  if (queued) {
    return (
      <p role="status" className="notice">
        {waiting > 0 || !navigator.onLine
          ? 'Your hand-in is waiting for a connection: it is NOT received yet. Keep this page open or come back to it when you are online.'
          : 'Handing in…'}
      </p>
    );
  }
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)} disabled={disabled}>
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
        <button
          type="button"
          // oxlint-disable-next-line jsx-a11y/no-autofocus -- an alertdialog takes focus as it opens (WAI-ARIA APG)
          autoFocus
          onClick={() => queueHandIn(true)}
        >
          Yes, hand in
        </button>
        <button type="button" className="secondary" onClick={() => setAsking(false)}>
          Not yet
        </button>
      </div>
    </div>
  );
}
