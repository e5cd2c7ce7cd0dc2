'use client';
import { useTranslations } from '#i18n/use-translations';
import { STATUSES } from '@/content/words';
import { STATUS_LABELS } from '@/lib/quiz/vocabulary';
import type { ItemInputProps } from '../../client-define';
import { CONTENT_LANG } from '../../shared/client/content-lang';

export function Classify({ item, draft, setDraft, locked, labelId }: ItemInputProps<'classify'>) {
  const t = useTranslations('items.player.classify');
  const chosen = typeof draft?.status === 'string' ? draft.status : undefined;
  return (
    <>
      <blockquote className="statement" {...CONTENT_LANG}>
        {item.statement}
      </blockquote>
      <fieldset aria-labelledby={labelId} disabled={locked}>
        <legend className="visually-hidden">{t('legend')}</legend>
        {STATUSES.map((status) => (
          <label key={status} className="choice">
            <input
              type="radio"
              name={`${item.id}-status`}
              value={status}
              checked={chosen === status}
              onChange={() => setDraft({ type: 'classify', status })}
            />
            <span {...CONTENT_LANG}>
              <strong>{STATUS_LABELS[status].label}</strong>
              <small>{STATUS_LABELS[status].definition}</small>
            </span>
          </label>
        ))}
      </fieldset>
    </>
  );
}
