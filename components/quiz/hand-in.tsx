'use client';
import { useId, useState } from 'react';
import { useTranslations } from '#i18n/use-translations';
import { useQuizStore } from './quiz-store-provider';

/** Handing in is final, so it asks first. The hand-in is queued behind any unsent answers and sent by the sync. */
export function HandIn({ total, disabled = false }: { total: number; disabled?: boolean }) {
  const answered = useQuizStore((s) => Object.keys(s.answers).length);
  const queued = useQuizStore((s) => s.handInQueued);
  const waiting = useQuizStore((s) => s.outbox.length);
  const queueHandIn = useQuizStore((s) => s.queueHandIn);
  const t = useTranslations('quizClass.handIn');
  const [asking, setAsking] = useState(false);
  const id = useId();

  if (queued) {
    return (
      <p role="status" className="notice">
        {waiting > 0 || !navigator.onLine ? t('waiting') : t('sending')}
      </p>
    );
  }
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)} disabled={disabled}>
        {t('button')}
      </button>
    );
  }
  return (
    <div role="alertdialog" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`} className="notice">
      <p id={`${id}-t`}>
        <strong>{t('title')}</strong>
      </p>
      <p id={`${id}-d`}>
        {t('answered', { answered, total })} {answered < total ? `${t('unanswered')} ` : ''}
        {t('final')}
      </p>
      <div className="actions">
        <button
          type="button"
          // oxlint-disable-next-line jsx-a11y/no-autofocus -- an alertdialog takes focus as it opens (WAI-ARIA APG)
          autoFocus
          onClick={() => queueHandIn(true)}
        >
          {t('confirm')}
        </button>
        <button type="button" className="secondary" onClick={() => setAsking(false)}>
          {t('notYet')}
        </button>
      </div>
    </div>
  );
}
