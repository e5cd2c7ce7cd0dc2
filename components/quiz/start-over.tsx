'use client';
import { useId, useRef, useState } from 'react';
import { useTranslations } from '#i18n/use-translations';
import { useQuizStore } from './quiz-store-provider';

/** Starting over clears this device's answers, so it asks first. */
export function StartOver({ onDone, disabled = false }: { onDone?: () => void; disabled?: boolean }) {
  const t = useTranslations('startOver');
  const reset = useQuizStore((s) => s.reset);
  const answered = useQuizStore((s) => Object.keys(s.answers).length);
  const [asking, setAsking] = useState(false);
  const id = useId();
  const opener = useRef<HTMLButtonElement>(null);
  if (!asking) {
    return (
      <button ref={opener} type="button" className="secondary" onClick={() => setAsking(true)} disabled={disabled}>
        {t('button')}
      </button>
    );
  }
  return (
    <div role="alertdialog" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`} className="notice">
      <p id={`${id}-t`}>
        <strong>{t('title')}</strong>
      </p>
      <p id={`${id}-d`}>{t('body', { count: answered })}</p>
      <div className="actions">
        <button
          type="button"
          // oxlint-disable-next-line jsx-a11y/no-autofocus -- an alertdialog takes focus as it opens (WAI-ARIA APG)
          autoFocus
          onClick={() => {
            reset();
            setAsking(false);
            onDone?.();
          }}
        >
          {t('confirm')}
        </button>
        <button type="button" className="secondary" onClick={() => setAsking(false)}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
